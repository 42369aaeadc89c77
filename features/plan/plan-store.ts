/**
 * The plan being filled in, kept in this tab's memory outside React (as the conversation is),
 * so it survives a visit to another page of the app but never a reload unless the person
 * chose to save it. Quick exit and "New client" empty it.
 */
import { onQuickExit } from '../safety/quick-exit';
import { emptyPlan, type Plan } from './plan-record';

let plan: Plan = emptyPlan();
const listeners = new Set<() => void>();
let registered = false;

function notify() {
  for (const l of listeners) l();
}

export function getPlan(): Plan {
  return plan;
}

export function setPlan(next: Plan): void {
  plan = next;
  notify();
}

export function resetPlan(): void {
  setPlan(emptyPlan());
}

export function subscribePlan(listener: () => void): () => void {
  if (!registered) {
    registered = true;
    onQuickExit(resetPlan);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
