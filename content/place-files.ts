/**
 * Builds each place's file (/places/{code}.json) at build time from the bundled data:
 * content/data/counties.json (Census), content/data/ice-287g.json (ICE's 287(g) list, made by
 * `npm run data:287g`) and content/data/help.json (local help). Every file is checked with
 * the same reader the browser uses, so a malformed one fails the build, not a person.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JURISDICTION_CODES, type JurisdictionCode } from '@/questionnaire/jurisdictions';
import { readPlaceFile, type Agency, type HelpEntry, type ModelId, type PlaceFile } from '@/questionnaire/counties';

const DATA_DIR = path.join(process.cwd(), 'content', 'data');
const read = (name: string): unknown => JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ path.join(DATA_DIR, name), 'utf8'));

interface Ice287g {
  asOf: string;
  page: string;
  agencies: {
    state: string;
    name: string;
    scope: Agency['scope'];
    county: string | null;
    models: { model: ModelId; signed: string; moa?: string }[];
  }[];
}
type HelpRecord = Omit<HelpEntry, 'covers'> & { place?: string; covers?: HelpEntry['covers']; coversInferred?: boolean };
interface HelpData {
  legal: HelpRecord;
  hotlines: (HelpRecord & { place: string })[];
}

export const helpData = () => read('help.json') as HelpData;

/** The help entries of one place: its hotlines (sourced), then the legal-help list every place has. */
function helpOf(code: JurisdictionCode, help: HelpData): HelpEntry[] {
  // Only the fields the browser reads: a record's place and notes for maintainers stay here.
  const entry = (h: HelpRecord): HelpEntry => ({
    kind: h.kind,
    name: h.name,
    ...(h.phone ? { phone: h.phone } : {}),
    ...(h.url ? { url: h.url } : {}),
    covers: h.covers ?? 'statewide',
    ...(h.checked ? { checked: h.checked } : {}),
    source: h.source,
  });
  return [...help.hotlines.filter((h) => h.place === code).map(entry), entry(help.legal)];
}

export function buildPlaceFile(code: JurisdictionCode): PlaceFile {
  const counties = (read('counties.json') as Record<string, [string, string][]>)[code] ?? [];
  const ice = read('ice-287g.json') as Ice287g;
  const file = {
    v: 1 as const,
    place: code,
    asOf: ice.asOf,
    page: ice.page,
    counties,
    agencies: ice.agencies
      .filter((a) => a.state === code)
      .map((a) => ({
        name: a.name,
        scope: a.scope,
        ...(a.county ? { county: a.county } : {}),
        agreements: a.models.map((m) => ({ model: m.model, signed: m.signed, ...(m.moa ? { moa: m.moa } : {}) })),
      })),
    help: helpOf(code, helpData()),
  };
  const checked = readPlaceFile(file, code);
  if (!checked.ok) throw new Error(`The place file for ${code} is malformed: ${checked.error}`);
  return checked.file;
}

export const placeFileNames = () => JURISDICTION_CODES.map((code) => `${code}.json`);
