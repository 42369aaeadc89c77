import type { Metadata } from 'next';
import { CHANNEL_IDS } from '../../../lib/channels';
import { loadCatalogue, loadChannelMeta, loadDiagram, loadPlaceFacts, sourcesFor } from '../../../lib/content';
import { channelEdges, layoutFlow, layoutMap } from '../../../lib/diagram';
import type { CheckContent } from '../../components/check-content';
import Conversation from '../../components/Conversation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: loadCatalogue(locale).ui.checkTitle };
}

export default async function CheckPage({ params }: Props) {
  const { locale } = await params;
  const { ui, choices, states, questions, channels, diagram: labels, about, place } = loadCatalogue(locale);
  const diagram = loadDiagram();
  // Everything the conversation can show is on the page from the start:
  // answering never fetches anything, so the network never sees an answer.
  const content: CheckContent = {
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
    places: loadPlaceFacts(),
    diagram: labels,
    map: layoutMap(diagram, labels),
    flows: Object.fromEntries(CHANNEL_IDS.map((c) => [c, layoutFlow(channelEdges(diagram, c), labels)])) as CheckContent['flows'],
    edgeChannels: Object.fromEntries(diagram.edges.map((e) => [e.id, e.channel])),
    edgeEnds: Object.fromEntries(diagram.edges.map((e) => [e.id, { from: e.from, to: e.to }])),
  };
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-6">
      <h1 className="sr-only">{ui.checkTitle}</h1>
      <Conversation content={content} />
    </main>
  );
}
