/**
 * The family plan as data, and its saved record. Pure: what a plan holds, and a parser that
 * takes only exactly what this version wrote. A corrupt, old or tampered record is discarded
 * whole (never half-used), as saved answers are (features/safety/saved-session.ts).
 */
import { isRecord, openRecord, type Discarded } from '../safety/versioned-record';

export const PLAN_VERSION = 1;
/** The longest text one field keeps: a name and a phone number, or a short note. */
export const MAX_FIELD = 500;

export interface Plan {
  /** Text items (names, phone numbers, where papers are), by item id. */
  fields: Record<string, string>;
  /** Checklist items ticked, by item id. */
  checks: Record<string, boolean>;
  /** Next steps marked done, by the step's key (questionnaire/next-steps.ts). */
  steps: Record<string, boolean>;
}

export const emptyPlan = (): Plan => ({ fields: {}, checks: {}, steps: {} });
export const isEmptyPlan = (p: Plan) =>
  Object.values(p.fields).every((v) => v.trim() === '') && !Object.values(p.checks).some(Boolean) && !Object.values(p.steps).some(Boolean);

export type ParsedPlan = { status: 'none' } | { status: 'ok'; plan: Plan; savedAt: string } | Discarded;

const STEP_KEY = /^[a-z0-9:+()-]{1,80}$/;

/**
 * Reads a saved plan. `items` maps each known item id to its kind ('text' or 'check'): an
 * unknown item, a value of the wrong kind or too long, or any extra key discards the record.
 */
export function parsePlan(raw: string | null, items: Readonly<Record<string, 'text' | 'check'>>): ParsedPlan {
  const opened = openRecord(raw, PLAN_VERSION, ['fields', 'checks', 'steps']);
  if (opened.status !== 'open') return opened;
  const { fields, checks, steps } = opened.record;
  if (!isRecord(fields) || !isRecord(checks) || !isRecord(steps)) return { status: 'discarded', reason: 'invalid' };
  const plan = emptyPlan();
  for (const [id, value] of Object.entries(fields)) {
    if (items[id] !== 'text' || typeof value !== 'string' || value.length > MAX_FIELD) return { status: 'discarded', reason: 'invalid' };
    plan.fields[id] = value;
  }
  for (const [id, value] of Object.entries(checks)) {
    if (items[id] !== 'check' || typeof value !== 'boolean') return { status: 'discarded', reason: 'invalid' };
    plan.checks[id] = value;
  }
  for (const [key, value] of Object.entries(steps)) {
    if (!STEP_KEY.test(key) || typeof value !== 'boolean') return { status: 'discarded', reason: 'invalid' };
    plan.steps[key] = value;
  }
  return { status: 'ok', plan, savedAt: opened.savedAt };
}

export function serializePlan(plan: Plan, now = new Date()): string {
  return JSON.stringify({ v: PLAN_VERSION, savedAt: now.toISOString(), ...plan });
}
