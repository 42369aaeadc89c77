/**
 * Builds, on the server, the slice of a locale's content that the conversation, the
 * navigator and the embed need. Everything is on the page from the start: answering never
 * fetches anything, so the network never sees an answer.
 */
import { CORE_KEYS, type CheckContent, type CoreContent, type ResultsContent } from './check-content-types';
import { CHANNEL_IDS, type ChannelId } from '@/questionnaire/channels';
import { loadCatalogue, loadChannelMeta, loadDiagram, loadPlaceFacts, loadStateActions, sourcesByIds, sourcesFor } from './load';
import { STEP_RULES } from '@/questionnaire/next-steps';
import { channelEdges, layoutFlow, layoutLane, layoutQuietRow } from '@/features/diagram/layout';
import { packPlaces } from '@/questionnaire/places';

const byChannel = <T>(f: (c: ChannelId) => T) => Object.fromEntries(CHANNEL_IDS.map((c) => [c, f(c)])) as Record<ChannelId, T>;

export function buildCheckContent(locale: string): CheckContent {
  const { ui, choices, states, questions, channels, diagram: labels, about, place } = loadCatalogue(locale);
  const diagram = loadDiagram();
  return {
    locale,
    ui,
    choices,
    states,
    questions,
    channels,
    channelMeta: loadChannelMeta(),
    // The channels' sources and the next steps' (questionnaire/next-steps.ts).
    sources: { ...sourcesFor(CHANNEL_IDS), ...sourcesByIds(STEP_RULES.map((r) => r.source)) },
    legalHelp: about.legalHelp,
    place,
    places: packPlaces(loadPlaceFacts()),
    diagram: labels,
    lanes: byChannel((c) => layoutLane(c, diagram.edges, channels[c].title, labels)),
    quiet: byChannel((c) => layoutQuietRow(c, channels[c].title)),
    flows: byChannel((c) => layoutFlow(channelEdges(diagram, c), labels)),
    edgesByChannel: byChannel((c) => channelEdges(diagram, c).map(({ id, from, to }) => ({ id, from, to }))),
    // Only this locale's words go to the page (content/truth.test.ts checks every locale has them).
    stateActions: Object.fromEntries(
      Object.entries(loadStateActions()).map(([code, items]) => [
        code,
        // The card shows one source, the first with a link (its next step links there); the learn page lists all.
        items.map((a) => ({ ...a, text: { [locale]: a.text[locale] ?? '' }, sources: [a.sources.find((s) => s.url) ?? a.sources[0]] })),
      ]),
    ),
  };
}

/** Splits the content into what the first render needs and what only the results need. */
export function splitCheckContent(full: CheckContent): { core: CoreContent; results: ResultsContent } {
  const core = Object.fromEntries(CORE_KEYS.map((k) => [k, full[k]])) as CoreContent;
  const results = Object.fromEntries(Object.entries(full).filter(([k]) => !(CORE_KEYS as readonly string[]).includes(k))) as ResultsContent;
  return { core, results };
}
