/**
 * A place's file (/places/{code}.json): its counties, the agencies on ICE's 287(g) list
 * there, and its local help. One file per state or territory, the same for everyone who
 * names that place; the county is never part of a request. Pure: the shape, a reader that
 * refuses anything malformed, and what the list says about one county.
 */
import { STATE_FIPS, hasCounties, isJurisdictionCode, type JurisdictionCode } from './jurisdictions';

/** ICE's three 287(g) models: jail enforcement, warrant service officer, task force. */
export const MODEL_IDS = ['JEM', 'WSO', 'TFM'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export interface Agreement {
  model: ModelId;
  /** The date ICE's list gives as SIGNED (YYYY-MM-DD), or '' when the list has none. */
  signed: string;
  /** The memorandum of agreement on ice.gov, when the list links one. */
  moa?: string;
}
export interface Agency {
  name: string;
  /** Where ICE's list places it: a county's FIPS code, or none. */
  county?: string;
  /** ICE's TYPE: a county (sheriff), a municipality (police), or a state agency. */
  scope: 'county' | 'municipal' | 'state';
  agreements: Agreement[];
}
export interface HelpSource {
  publisher: string;
  title: string;
  url?: string;
  date: string;
}
export interface HelpEntry {
  kind: 'hotline' | 'legal';
  name: string;
  phone?: string;
  /** The owner's page; absent only for a hotline the source gives a number for and no page. */
  url?: string;
  /**
   * 'statewide', the FIPS codes of the counties the entry says it covers, or 'unstated' when
   * its owner's page does not say (shown to everyone in the place, with no claim of coverage).
   */
  covers: 'statewide' | 'unstated' | string[];
  /** The date the entry was checked against its owner's page; absent when it was not. */
  checked?: string;
  source: HelpSource;
}
export interface PlaceFile {
  v: 1;
  place: JurisdictionCode;
  /** The date of ICE's list (from the workbook's file name). */
  asOf: string;
  /** ICE's 287(g) page, where the list is published. */
  page: string;
  /** [FIPS, name] in alphabetical order; empty for a place the Census lists no counties for. */
  counties: [string, string][];
  agencies: Agency[];
  help: HelpEntry[];
}

/** The facts that can answer questions: the place files loaded so far, by place. */
export interface PlaceData {
  places?: Partial<Record<JurisdictionCode, PlaceFile>>;
}

export const isCountyCode = (v: unknown): v is string => typeof v === 'string' && /^\d{5}$/.test(v);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isDate = (v: unknown) => isStr(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isHttps = (v: unknown) => isStr(v) && v.startsWith('https://');

function isAgency(a: unknown, fips: string): a is Agency {
  return (
    isObj(a) &&
    isStr(a.name) &&
    a.name !== '' &&
    (a.scope === 'county' || a.scope === 'municipal' || a.scope === 'state') &&
    (a.county === undefined || (isCountyCode(a.county) && a.county.startsWith(fips))) &&
    Array.isArray(a.agreements) &&
    a.agreements.length > 0 &&
    a.agreements.every(
      (g) =>
        isObj(g) &&
        (MODEL_IDS as readonly unknown[]).includes(g.model) &&
        (g.signed === '' || isDate(g.signed)) &&
        (g.moa === undefined || isHttps(g.moa)),
    )
  );
}
function isHelp(h: unknown): h is HelpEntry {
  return (
    isObj(h) &&
    (h.kind === 'hotline' || h.kind === 'legal') &&
    isStr(h.name) &&
    (h.url === undefined ? h.phone !== undefined : isHttps(h.url)) &&
    (h.phone === undefined || (isStr(h.phone) && /^[0-9+() -]{7,}$/.test(h.phone))) &&
    (h.covers === 'statewide' || h.covers === 'unstated' || (Array.isArray(h.covers) && h.covers.every(isCountyCode))) &&
    (h.checked === undefined || isDate(h.checked)) &&
    isObj(h.source) &&
    isStr(h.source.publisher) &&
    isStr(h.source.title) &&
    isDate(h.source.date)
  );
}

/**
 * Reads a place file, or says why not. A file for another place, of another version, or with
 * any malformed entry is refused whole: the county question then falls back to "Not sure".
 */
export function readPlaceFile(value: unknown, expected: JurisdictionCode): { ok: true; file: PlaceFile } | { ok: false; error: string } {
  if (!isObj(value) || value.v !== 1) return { ok: false, error: 'not a place file of version 1' };
  if (value.place !== expected || !isJurisdictionCode(value.place))
    return { ok: false, error: `a file for ${String(value.place)}, not ${expected}` };
  const fips = STATE_FIPS[expected];
  if (!isDate(value.asOf) || !isHttps(value.page)) return { ok: false, error: 'no as-of date or source page' };
  const counties = value.counties;
  if (
    !Array.isArray(counties) ||
    !counties.every((c) => Array.isArray(c) && c.length === 2 && isCountyCode(c[0]) && c[0].startsWith(fips) && isStr(c[1]))
  )
    return { ok: false, error: 'malformed county list' };
  if (hasCounties(expected) !== counties.length > 0) return { ok: false, error: 'county list does not fit the place' };
  if (!Array.isArray(value.agencies) || !value.agencies.every((a) => isAgency(a, fips))) return { ok: false, error: 'malformed agency' };
  if (!Array.isArray(value.help) || !value.help.every(isHelp)) return { ok: false, error: 'malformed help entry' };
  return { ok: true, file: value as unknown as PlaceFile };
}

const placesOf = (data: unknown): PlaceData['places'] =>
  isObj(data) && isObj(data.places) ? (data.places as PlaceData['places']) : undefined;

/** The loaded file for a place, if any. */
export function placeFile(data: unknown, place: unknown): PlaceFile | undefined {
  return isJurisdictionCode(place) ? placesOf(data)?.[place] : undefined;
}

/** A county of the place's list, by FIPS code: its name, or undefined when the list has no such county. */
export function countyName(file: PlaceFile | undefined, county: unknown): string | undefined {
  return isCountyCode(county) ? file?.counties.find(([f]) => f === county)?.[1] : undefined;
}

/** Whether `county` can be an answer for `place`: a county code of that place (and of its list, once loaded). */
export function countyFits(county: string, place: unknown, data: unknown): boolean {
  if (!isCountyCode(county) || !hasCounties(place) || !county.startsWith(STATE_FIPS[place])) return false;
  const file = placeFile(data, place);
  return !file || countyName(file, county) !== undefined;
}

export interface CountyAgreements {
  county: string;
  countyName: string;
  /** The county's sheriff and the police of its cities and towns on ICE's list. */
  local: Agency[];
  /** The place's state agencies on the list, listed apart (the list does not say where each works). */
  state: Agency[];
  /** Agencies of the place on the list with no county (so it cannot say whether they are in this one). */
  unplaced: Agency[];
  asOf: string;
  page: string;
}

/** What ICE's list says about one county, or undefined when the file or the county is not known. */
export function agreementsIn(file: PlaceFile | undefined, county: unknown): CountyAgreements | undefined {
  const name = countyName(file, county);
  if (!file || name === undefined) return undefined;
  return {
    county: county as string,
    countyName: name,
    local: file.agencies.filter((a) => a.scope !== 'state' && a.county === county),
    state: file.agencies.filter((a) => a.scope === 'state'),
    unplaced: file.agencies.filter((a) => a.scope !== 'state' && a.county === undefined),
    asOf: file.asOf,
    page: file.page,
  };
}

/**
 * The 287(g) question answered from ICE's list: "yes" when an agency of the county is on it,
 * "unsure" when none is (the list grows every week and cannot say "no"), and undefined (ask
 * the person) when no county was given or its place's file has not loaded.
 */
export function agreementFromList(answers: { state?: unknown; county?: unknown }, data: unknown): 'yes' | 'unsure' | undefined {
  const found = agreementsIn(placeFile(data, answers.state), answers.county);
  if (!found) return undefined;
  return found.local.length > 0 ? 'yes' : 'unsure';
}

/** The help for a person in `county` of the file's place: entries covering the county or the whole place. */
export function helpFor(file: PlaceFile | undefined, county: unknown): HelpEntry[] {
  if (!file) return [];
  return file.help.filter((h) => !Array.isArray(h.covers) || !isCountyCode(county) || h.covers.includes(county));
}
