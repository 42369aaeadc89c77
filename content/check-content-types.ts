import type { Catalogue } from './schema';
import type { ChannelId } from '@/questionnaire/channels';
import type { ChannelMetaMap, SourceList } from './load';
import type { DiagramLabels, FlowLayout, Lane, QuietRow } from '@/features/diagram/layout';
import type { PackedPlaces, StateActionItem } from '@/questionnaire/places';
import type { JurisdictionCode } from '@/questionnaire/jurisdictions';

/** The slice of one locale's content that the conversation and its results need. */
export interface CheckContent {
  locale: string;
  ui: Catalogue['ui'];
  choices: Catalogue['choices'];
  states: Catalogue['states'];
  questions: Catalogue['questions'];
  channels: Catalogue['channels'];
  channelMeta: ChannelMetaMap;
  sources: SourceList;
  legalHelp: Catalogue['about']['legalHelp'];
  place: Catalogue['place'];
  /** Verified state facts (content/jurisdictions), packed: read them with unpackPlaces. */
  places: PackedPlaces;
  diagram: DiagramLabels;
  /** Pictures laid out at build time: each channel as a lane of the map, as a quiet row, and as its own flow. */
  lanes: Record<ChannelId, Lane>;
  quiet: Record<ChannelId, QuietRow>;
  flows: Record<ChannelId, FlowLayout>;
  /** Each channel's edges, for the map's text list. */
  edgesByChannel: Record<ChannelId, { id: string; from: string; to: string }[]>;
  /** Each state's own "what you can do" items, in this locale (content/jurisdictions "actions"). */
  stateActions: Partial<Record<JurisdictionCode, StateActionItem[]>>;
}

/** What the conversation needs from its first render: questions, answers, state notes. */
export type CoreContent = Pick<CheckContent, 'locale' | 'ui' | 'choices' | 'states' | 'questions' | 'place' | 'places'>;
/** What only the results need: loaded once, up front, from /{locale}/results.json. */
export type ResultsContent = Omit<CheckContent, keyof CoreContent>;

export const CORE_KEYS = [
  'locale',
  'ui',
  'choices',
  'states',
  'questions',
  'place',
  'places',
] as const satisfies readonly (keyof CheckContent)[];
