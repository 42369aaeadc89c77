'use client';

import { useSelector } from '@xstate/react';
import { conversationView } from '@/questionnaire/conversation';
import { nextSteps, type NextStep } from '@/questionnaire/next-steps';
import { unpackPlaces } from '@/questionnaire/places';
import type { ChannelResult } from '@/questionnaire/results';
import type { JurisdictionCode } from '@/questionnaire/jurisdictions';
import type { StepsPageContent } from '@/content/steps-content';
import { conversationActor } from './conversation-actor';

export interface ConversationSteps {
  /** Whether this tab holds a finished conversation (its results). */
  finished: boolean;
  results: ChannelResult[];
  steps: NextStep[];
  place: JurisdictionCode | null;
}

/**
 * The person's results and next steps, rebuilt from the conversation held in this tab's
 * memory (nothing is read from storage or the network here). Empty until the check is done.
 */
export function useConversationSteps(content: Pick<StepsPageContent, 'places' | 'stateActions'>): ConversationSteps {
  const actor = conversationActor();
  const snapshot = useSelector(actor, (s) => s);
  const view = conversationView(snapshot, unpackPlaces(content.places));
  if (view.at !== 'results') return { finished: false, results: [], steps: [], place: view.place };
  const steps = nextSteps({
    results: view.results,
    answers: view.answers,
    stateItems: view.place ? content.stateActions[view.place] : [],
    help: view.local.help,
  });
  return { finished: true, results: view.results, steps, place: view.place };
}
