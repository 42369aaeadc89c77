/**
 * What the tools' pages (plan, records) need to rebuild the person's next steps from the
 * conversation held in memory: the same inputs the results use, in this locale only.
 */
import { buildCheckContent } from './check-content';
import type { CheckContent } from './check-content-types';
import type { ChannelId } from '@/questionnaire/channels';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { STEP_RULES } from '@/questionnaire/next-steps';
import { sourcesByIds } from './load';

export type StepsPageContent = Pick<CheckContent, 'locale' | 'ui' | 'states' | 'places' | 'stateActions' | 'sources'> & {
  channelTitles: Record<ChannelId, string>;
};

export function buildStepsContent(locale: string): StepsPageContent {
  const full = buildCheckContent(locale);
  return {
    locale,
    ui: full.ui,
    states: full.states,
    places: full.places,
    stateActions: full.stateActions,
    sources: sourcesByIds(STEP_RULES.map((r) => r.source)),
    channelTitles: Object.fromEntries(CHANNEL_IDS.map((c) => [c, full.channels[c].title])) as Record<ChannelId, string>,
  };
}
