/**
 * Loads and validates content/ on the server (at build time: every page is
 * pre-rendered). A locale's catalogue is read only for that locale's pages, so
 * no page carries another language's text.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  catalogueSchema,
  channelsMetaSchema,
  diagramSchema,
  sourcesSchema,
  toolsSchema,
  type Catalogue,
  type Source,
  type Tools,
} from './schema';
import { jurisdictionSchema, FACT_KEYS, type Jurisdiction } from './jurisdiction-schema';
import type { DiagramData } from '@/features/diagram/layout';
import { JURISDICTION_CODES } from '@/questionnaire/jurisdictions';
import type { PlaceFacts, PlaceFactsMap, PlaceSource, StateActionItem } from '@/questionnaire/places';
import type { ChannelId } from '@/questionnaire/channels';

const CONTENT_DIR = path.join(process.cwd(), 'content');
const LOCALES_DIR = path.join(CONTENT_DIR, 'locales');

export const DEFAULT_LOCALE = 'en';

/** Every locale with a catalogue in content/locales: adding a file adds a locale. */
export function locales(dir = LOCALES_DIR): string[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => /^[a-z]{2,3}(-[A-Za-z]{2,4})?\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''))
    .sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)));
}

export function isLocale(value: string, dir = LOCALES_DIR): boolean {
  return locales(dir).includes(value);
}

function readJson(file: string): unknown {
  // Pages are pre-rendered, so content is read at build time; nothing to trace for the server bundle.
  return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8'));
}

const cache = new Map<string, Catalogue>();

export function loadCatalogue(locale: string, dir = LOCALES_DIR): Catalogue {
  const key = `${dir}:${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!isLocale(locale, dir)) throw new Error(`Unknown locale "${locale}"`);
  const parsed = catalogueSchema.safeParse(readJson(path.join(dir, `${locale}.json`)));
  if (!parsed.success) {
    throw new Error(`content/locales/${locale}.json is invalid:\n${parsed.error.message}`);
  }
  // The schema requires exactly English's interface keys, which is what the type says.
  const catalogue = parsed.data as Catalogue;
  cache.set(key, catalogue);
  return catalogue;
}

export function loadSources() {
  return sourcesSchema.parse(readJson(path.join(CONTENT_DIR, 'sources.json')));
}

export function loadChannelMeta() {
  return channelsMetaSchema.parse(readJson(path.join(CONTENT_DIR, 'channels.json')));
}

export type SourceList = ReturnType<typeof loadSources>;
export type ChannelMetaMap = ReturnType<typeof loadChannelMeta>;

/** The sources a set of channels cites, keyed by id (what a page needs to show them). */
export function sourcesFor(channels: readonly ChannelId[]): SourceList {
  const all = loadSources();
  const meta = loadChannelMeta();
  const picked: SourceList = {};
  for (const c of channels) {
    for (const id of meta[c].sources) {
      const s = all[id];
      if (!s) throw new Error(`Channel ${c} cites unknown source "${id}"`);
      picked[id] = s;
    }
  }
  return picked;
}

/** Sources by id (e.g. the next steps' own); an unknown id is an error at build time. */
export function sourcesByIds(ids: readonly string[]): SourceList {
  const all = loadSources();
  const picked: SourceList = {};
  for (const id of ids) {
    const s = all[id];
    if (!s) throw new Error(`Unknown source "${id}"`);
    picked[id] = s;
  }
  return picked;
}

/** The tools' structure (content/tools.json): the plan's items, the records and their letter. */
/** Sources by id, as a list in the order given (what SourceList shows). */
export function sourceEntries(ids: readonly string[]): (Source & { id: string })[] {
  const picked = sourcesByIds(ids);
  return ids.flatMap((id) => (picked[id] ? [{ id, ...picked[id] }] : []));
}

export function loadTools(): Tools {
  return toolsSchema.parse(readJson(path.join(CONTENT_DIR, 'tools.json')));
}

export function loadDiagram(): DiagramData {
  return diagramSchema.parse(readJson(path.join(CONTENT_DIR, 'diagram.json')));
}

const JURISDICTIONS_DIR = path.join(CONTENT_DIR, 'jurisdictions');

/** Every state, DC and territory record, validated; a missing or misnamed file is an error. */
export function loadJurisdictions(dir = JURISDICTIONS_DIR): Jurisdiction[] {
  return JURISDICTION_CODES.map((code) => {
    const parsed = jurisdictionSchema.safeParse(readJson(path.join(dir, `${code}.json`)));
    if (!parsed.success) throw new Error(`content/jurisdictions/${code}.json is invalid:\n${parsed.error.message}`);
    if (parsed.data.code !== code) throw new Error(`content/jurisdictions/${code}.json says it is ${parsed.data.code}`);
    return parsed.data;
  });
}

/** The verified facts of every place, in the compact form the results use. */
export function loadPlaceFacts(): PlaceFactsMap {
  const map: PlaceFactsMap = {};
  for (const record of loadJurisdictions()) {
    const facts: PlaceFacts = {};
    for (const key of FACT_KEYS) {
      const f: { value: string; law?: string; kinds?: string[]; asOf?: string; sources: PlaceSource[] } = record[key];
      const source = f.sources[0];
      if (f.value === 'unknown' || !source || !f.asOf) continue;
      facts[key] = {
        value: f.value,
        asOf: f.asOf,
        source,
        ...(f.law ? { law: f.law } : {}),
        ...(f.kinds?.length ? { kinds: f.kinds } : {}),
      };
    }
    map[record.code] = facts;
  }
  return map;
}

/** Each place's state-specific "what you can do" items (lib/places stateActions picks a channel's). */
export function loadStateActions(): Partial<Record<Jurisdiction['code'], StateActionItem[]>> {
  const map: Partial<Record<Jurisdiction['code'], StateActionItem[]>> = {};
  for (const record of loadJurisdictions()) if (record.actions?.length) map[record.code] = record.actions;
  return map;
}
