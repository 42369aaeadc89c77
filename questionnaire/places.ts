/**
 * State-level facts (content/jurisdictions/*.json) in the compact form the results use:
 * only verified facts, each with one source and its as-of date. Pure functions: which
 * sentences a channel gets for a place, and whether a place makes 287(g) apply.
 */
import type { ChannelId } from './channels';
import type { JurisdictionCode } from './jurisdictions';
import type { QuestionId } from './questions';

/** The facts a state record can hold (content/jurisdiction-schema.ts validates each). */
export const PLACE_FACT_KEYS = [
  'licenseForAll',
  'dmvNletsBlock',
  'dmvJudgeOrder',
  'limitsCooperation',
  'requires287g',
  'requiresDetainers',
] as const;
export type PlaceFactKey = (typeof PLACE_FACT_KEYS)[number];

/** What a state law limiting cooperation with ICE covers. */
export const LIMIT_KINDS = [
  'no-detainer-holds', // jails may not hold people for ICE on a detainer alone
  'limited-detainer-holds', // jails may hold people for ICE only in some cases (e.g. violent or serious offenses)
  'no-release-dates', // no release dates or notifications to ICE (with exceptions)
  'no-jail-access', // ICE agents may not enter jails to question people
  'interview-consent', // a person must be told and may refuse an ICE interview in jail
  'no-probation-sharing', // probation offices may not share personal information with ICE
  'no-287g', // 287(g) agreements are banned
  'no-status-questions', // police may not ask about immigration status
  'no-data-sharing', // no sharing of non-public personal details (e.g. home address) with ICE, with exceptions
] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

export interface PlaceSource {
  title: string;
  publisher: string;
  /** Absent when no link to the original could be found: cite by publisher, title and date. */
  url?: string;
  date: string;
}
export interface PlaceFact {
  value: string;
  law?: string;
  kinds?: string[];
  asOf: string;
  source: PlaceSource;
}
/** Verified facts only: a missing key means "not verified". */
export type PlaceFacts = Partial<Record<PlaceFactKey, PlaceFact>>;
export type PlaceFactsMap = Partial<Record<JurisdictionCode, PlaceFacts>>;

/** The text templates a place note can use (content/locales/*.json "place"). */
export const PLACE_TEXT_KEYS = [
  'licenseYes',
  'licenseNo',
  'nletsYes',
  'nletsInProgress',
  'nletsNo',
  'judgeOrderWithNotice',
  'judgeOrder',
  'limitsYes',
  'limitsKinds',
  ...LIMIT_KINDS.map((k) => `kind-${k}` as const),
  'fingerprintsStill',
  'fingerprintsEverywhere',
  'requires287g',
  'requiresDetainers',
  'unknown',
  'sanctuaryNote',
  'moreRightsSomeStates',
  'asOf',
  'sourceLabel',
] as const;
export type PlaceTextKey = (typeof PLACE_TEXT_KEYS)[number];

export interface PlaceNote {
  template: PlaceTextKey;
  /** The fact the sentence states; absent for "not verified" and for what is true everywhere. */
  fact?: PlaceFact;
}

const TEMPLATE: Partial<Record<PlaceFactKey, Record<string, PlaceTextKey>>> = {
  licenseForAll: { yes: 'licenseYes', no: 'licenseNo' },
  dmvNletsBlock: { yes: 'nletsYes', 'in-progress': 'nletsInProgress', no: 'nletsNo' },
  dmvJudgeOrder: { 'yes-with-notice': 'judgeOrderWithNotice', yes: 'judgeOrder' },
  requires287g: { yes: 'requires287g' },
  requiresDetainers: { yes: 'requiresDetainers' },
  limitsCooperation: { yes: 'limitsYes' },
};

function noteFor(facts: PlaceFacts, key: PlaceFactKey): PlaceNote[] {
  const fact = facts[key];
  const template = fact && TEMPLATE[key]?.[fact.value];
  return fact && template ? [{ template, fact }] : [];
}

/** Which facts change which channel's text. */
const FACTS_FOR: Partial<Record<ChannelId, PlaceFactKey[]>> = {
  'dmv-records': ['licenseForAll', 'dmvNletsBlock', 'dmvJudgeOrder'],
  'jail-access': ['limitsCooperation', 'requiresDetainers', 'requires287g'],
  '287g': ['requires287g', 'limitsCooperation'],
};

/**
 * The sentences about the person's state for a channel. A channel whose facts are all
 * unverified gets "We have not verified the rules in {state} yet": never silence.
 */
export function placeNotes(channel: ChannelId, facts: PlaceFacts | undefined): PlaceNote[] {
  const known = facts ?? {};
  if (channel === 'fingerprint-sharing') {
    // The booking check is federal: the same everywhere, whatever a state's law says.
    return known.limitsCooperation
      ? [{ template: 'fingerprintsStill', fact: known.limitsCooperation }]
      : [{ template: 'fingerprintsEverywhere' }];
  }
  const keys = FACTS_FOR[channel];
  if (!keys) return [];
  let notes = keys.flatMap((k) => noteFor(known, k));
  if (channel === '287g') {
    // Only the parts of a limiting law that concern 287(g).
    notes = notes.filter((n) => n.template !== 'limitsYes' || n.fact?.kinds?.includes('no-287g'));
  }
  return notes.length ? notes : [{ template: 'unknown' }];
}

/** A state law that requires every jail to seek a 287(g) agreement. */
export function requires287g(facts: PlaceFacts | undefined): boolean {
  return facts?.requires287g?.value === 'yes';
}

/** A state law that requires jails to honor ICE detainers. */
export function requiresDetainers(facts: PlaceFacts | undefined): boolean {
  return facts?.requiresDetainers?.value === 'yes';
}

/**
 * A state-specific "what you can do" item (content/jurisdictions/{CODE}.json "actions"):
 * text per locale, with its own law, as-of date and sources.
 */
export interface StateActionItem {
  channel: ChannelId;
  text: Record<string, string>;
  law?: string;
  asOf: string;
  sources: PlaceSource[];
}

/**
 * The state's own "what you can do" items for a channel, in the record's order. A person
 * sees their own state's items and no others; with no state (or an unknown one) this is
 * empty, and the card shows place.moreRightsSomeStates instead (see statesWithActions).
 */
export function stateActions(channel: ChannelId, record: { actions?: readonly StateActionItem[] } | undefined): StateActionItem[] {
  return (record?.actions ?? []).filter((a) => a.channel === channel);
}

/** Which places have state-specific items for a channel: the learn page can list them. */
export function statesWithActions<C extends string>(
  channel: ChannelId,
  records: readonly { code: C; actions?: readonly StateActionItem[] }[],
): C[] {
  return records.filter((r) => stateActions(channel, r).length > 0).map((r) => r.code);
}

/** Notes about the person's state shown with a question, by question. */
const QUESTION_NOTES: Partial<Record<QuestionId, (facts: PlaceFacts | undefined) => PlaceNote | null>> = {
  sanctuary: (facts) => sanctuaryNote(facts),
};

/** The note about the person's state shown with question `id`, if any. */
export function questionNote(id: QuestionId, facts: PlaceFacts | undefined): PlaceNote | null {
  return QUESTION_NOTES[id]?.(facts) ?? null;
}

/** Shown at the "sanctuary" question when the state itself limits cooperation. */
export function sanctuaryNote(facts: PlaceFacts | undefined): PlaceNote | null {
  return facts?.limitsCooperation ? { template: 'sanctuaryNote', fact: facts.limitsCooperation } : null;
}

/**
 * The facts of every place in a compact form for the page: each source written once and
 * referred to by index (the same few sources back most states' facts).
 */
export interface PackedPlaces {
  sources: PlaceSource[];
  /** code -> fact key -> [value, asOf, source index, law?, kinds?] */
  facts: Partial<Record<JurisdictionCode, Partial<Record<PlaceFactKey, [string, string, number, string?, string[]?]>>>>;
}

export function packPlaces(map: PlaceFactsMap): PackedPlaces {
  const sources: PlaceSource[] = [];
  const index = new Map<string, number>();
  const facts: PackedPlaces['facts'] = {};
  for (const [code, placeFacts] of Object.entries(map) as [JurisdictionCode, PlaceFacts][]) {
    const packed: Partial<Record<PlaceFactKey, [string, string, number, string?, string[]?]>> = {};
    for (const [key, f] of Object.entries(placeFacts) as [PlaceFactKey, PlaceFact][]) {
      const id = JSON.stringify(f.source);
      if (!index.has(id)) {
        index.set(id, sources.length);
        sources.push(f.source);
      }
      const entry: [string, string, number, string?, string[]?] = [f.value, f.asOf, index.get(id) as number];
      if (f.law || f.kinds) entry.push(f.law ?? '');
      if (f.kinds) entry.push(f.kinds);
      packed[key] = entry;
    }
    facts[code] = packed;
  }
  return { sources, facts };
}

const unpacked = new WeakMap<PackedPlaces, PlaceFactsMap>();

/** The facts of every place, unpacked once per page. */
export function unpackPlaces(packed: PackedPlaces): PlaceFactsMap {
  const hit = unpacked.get(packed);
  if (hit) return hit;
  const map: PlaceFactsMap = {};
  for (const [code, facts] of Object.entries(packed.facts) as [JurisdictionCode, NonNullable<PackedPlaces['facts'][JurisdictionCode]>][]) {
    const out: PlaceFacts = {};
    for (const [key, [value, asOf, source, law, kinds]] of Object.entries(facts) as [
      PlaceFactKey,
      [string, string, number, string?, string[]?],
    ][]) {
      const s = packed.sources[source];
      if (!s) continue;
      out[key] = { value, asOf, source: s, ...(law ? { law } : {}), ...(kinds ? { kinds } : {}) };
    }
    map[code] = out;
  }
  unpacked.set(packed, map);
  return map;
}
