import type { Catalogue } from '../../content/schema';
import type { ChannelMetaMap, SourceList } from '../../lib/content';

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
}
