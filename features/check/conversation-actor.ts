/**
 * The one conversation actor for this browser tab, kept in memory outside React so that
 * answers survive a change of language or a visit to another page of the app (client-side
 * navigation), but never a reload: nothing is written anywhere.
 */
import { createActor, type Actor } from 'xstate';
import { checkMachine } from '@/questionnaire/check.machine';

let actor: Actor<typeof checkMachine> | null = null;

export function conversationActor(): Actor<typeof checkMachine> {
  if (!actor) actor = createActor(checkMachine).start();
  return actor;
}
