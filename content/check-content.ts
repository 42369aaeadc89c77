/**
 * Builds, on the server, the slice of a locale's content that the conversation, the
 * navigator and the embed need. Everything is on the page from the start: answering never
 * fetches anything, so the network never sees an answer.
 */
import { CORE_KEYS, type CheckContent, type CoreContent, type ResultsContent } from './check-content-types';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { loadCatalogue, loadChannelMeta, loadDiagram, loadPlaceFacts, loadStateActions, sourcesFor } from './load';
import { channelEdges, layoutFlow, layoutMap } from '@/features/diagram/layout';
import { packPlaces } from '@/questionnaire/places';

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
    sources: sourcesFor(CHANNEL_IDS),
    legalHelp: about.legalHelp,
    place,
    places: packPlaces(loadPlaceFacts()),
    diagram: labels,
    map: layoutMap(diagram, labels),
    flows: Object.fromEntries(CHANNEL_IDS.map((c) => [c, layoutFlow(channelEdges(diagram, c), labels)])) as CheckContent['flows'],
    edgeChannels: Object.fromEntries(diagram.edges.map((e) => [e.id, e.channel])),
    edgeEnds: Object.fromEntries(diagram.edges.map((e) => [e.id, { from: e.from, to: e.to }])),
    // Only this locale's words go to the page (content/truth.test.ts checks every locale has them).
    stateActions: Object.fromEntries(
      Object.entries(loadStateActions()).map(([code, items]) => [
        code,
        items.map((a) => ({ ...a, text: { [locale]: a.text[locale] ?? '' } })),
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
