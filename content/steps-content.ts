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
import { pickUi } from '@/i18n/translate';
import type { UiMessages } from '@/i18n/messages';

export type StepsPageContent = Pick<CheckContent, 'locale' | 'ui' | 'states' | 'places' | 'stateActions' | 'sources'> & {
  channelTitles: Record<ChannelId, string>;
};

/** `namespaces`: the interface strings the page's client components use (the rest stay on the server). */
export function buildStepsContent(locale: string, namespaces: readonly (keyof UiMessages)[]): StepsPageContent {
  const full = buildCheckContent(locale);
  return {
    locale,
    ui: pickUi(full.ui, namespaces),
    states: full.states,
    places: full.places,
    // What the steps use of each state item: its path, text, date and linked source.
    stateActions: Object.fromEntries(
      Object.entries(full.stateActions).map(([code, items]) => [
        code,
        items?.map(({ channel, text, asOf, sources }) => ({ channel, text, asOf, sources })),
      ]),
    ),
    sources: sourcesByIds(STEP_RULES.map((r) => r.source)),
    channelTitles: Object.fromEntries(CHANNEL_IDS.map((c) => [c, full.channels[c].title])) as Record<ChannelId, string>,
  };
}
