// @ts-check
/**
 * Rebuilds Untangle's 287(g) data from ICE's "participating agencies" workbook.
 *
 *   npm run data:287g -- path/to/participatingAgencies05182026am.xlsx
 *
 * Reads the workbook (the file name ICE gives it carries the as-of date), places each
 * agreement in a county (ICE's COUNTY cell, then the hand corrections in
 * data/287g/county-fixes.csv, then the agency's own name), and writes:
 *   content/data/ice-287g.json   every agency with its models, dates, MOA links and county
 *   content/data/counties.json   every state's counties and county-equivalents (Census)
 *   data/287g/unplaced.csv       the agreements it could not place in a county, and why
 * Nothing is written unless the whole workbook converts: a workbook with missing columns,
 * no rows, or a file name without a date is refused with a message.
 *
 * The pure steps (asOfFromFileName, parseCsv, countiesByState, convert) are tested in
 * scripts/ice-287g.test.ts on small workbooks made in the test.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ICE_287G_PAGE = 'https://www.ice.gov/identify-and-arrest/287g';

/** The columns the converter needs, as ICE heads them. */
export const REQUIRED_COLUMNS = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA'];

/** ICE's TYPE column, and what each means for where an agency works. */
const SCOPES = { County: 'county', Municipality: 'municipal', 'State Agency': 'state' };
/** ICE's SUPPORT TYPE column. */
const MODELS = { 'Task Force Model': 'TFM', 'Warrant Service Officer': 'WSO', 'Jail Enforcement Model': 'JEM' };

/** State and territory names as ICE writes them, to USPS codes. */
const STATE_CODES = {
  ALABAMA: 'AL',
  ALASKA: 'AK',
  ARIZONA: 'AZ',
  ARKANSAS: 'AR',
  CALIFORNIA: 'CA',
  COLORADO: 'CO',
  CONNECTICUT: 'CT',
  DELAWARE: 'DE',
  'DISTRICT OF COLUMBIA': 'DC',
  FLORIDA: 'FL',
  GEORGIA: 'GA',
  HAWAII: 'HI',
  IDAHO: 'ID',
  ILLINOIS: 'IL',
  INDIANA: 'IN',
  IOWA: 'IA',
  KANSAS: 'KS',
  KENTUCKY: 'KY',
  LOUISIANA: 'LA',
  MAINE: 'ME',
  MARYLAND: 'MD',
  MASSACHUSETTS: 'MA',
  MICHIGAN: 'MI',
  MINNESOTA: 'MN',
  MISSISSIPPI: 'MS',
  MISSOURI: 'MO',
  MONTANA: 'MT',
  NEBRASKA: 'NE',
  NEVADA: 'NV',
  'NEW HAMPSHIRE': 'NH',
  'NEW JERSEY': 'NJ',
  'NEW MEXICO': 'NM',
  'NEW YORK': 'NY',
  'NORTH CAROLINA': 'NC',
  'NORTH DAKOTA': 'ND',
  OHIO: 'OH',
  OKLAHOMA: 'OK',
  OREGON: 'OR',
  PENNSYLVANIA: 'PA',
  'RHODE ISLAND': 'RI',
  'SOUTH CAROLINA': 'SC',
  'SOUTH DAKOTA': 'SD',
  TENNESSEE: 'TN',
  TEXAS: 'TX',
  UTAH: 'UT',
  VERMONT: 'VT',
  VIRGINIA: 'VA',
  WASHINGTON: 'WA',
  'WEST VIRGINIA': 'WV',
  WISCONSIN: 'WI',
  WYOMING: 'WY',
  'AMERICAN SAMOA': 'AS',
  GUAM: 'GU',
  'NORTHERN MARIANA ISLANDS': 'MP',
  'PUERTO RICO': 'PR',
  'VIRGIN ISLANDS': 'VI',
  'U.S. VIRGIN ISLANDS': 'VI',
};

/** "participatingAgencies05182026am.xlsx" -> "2026-05-18"; throws when the name has no date. */
export function asOfFromFileName(name) {
  const m = /(\d{2})(\d{2})(\d{4})/.exec(basename(name));
  if (!m)
    throw new Error(
      `The file name "${basename(name)}" has no date. Keep the name ICE gives it, e.g. participatingAgencies05182026am.xlsx.`,
    );
  const [, mm, dd, yyyy] = m;
  const iso = `${yyyy}-${mm}-${dd}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso)
    throw new Error(`The file name "${basename(name)}" has no valid date (read ${iso}).`);
  return iso;
}

/** A small CSV reader (RFC 4180 quotes), returning objects keyed by the header row. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  const [head, ...body] = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (!head) return [];
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/**
 * Counties by state from the Census list (county_fips, state_abbr, county_name). `replace`
 * swaps in a state's own list (Connecticut's 8 historical counties, which residents and
 * ICE use, for the 2025 file's planning regions).
 */
export function countiesByState(rows, replace = []) {
  const replaced = new Set(replace.map((r) => r.state_abbr));
  /** @type {Record<string, [string, string][]>} */
  const out = {};
  for (const r of [...rows.filter((r) => !replaced.has(r.state_abbr)), ...replace]) {
    if (!/^\d{5}$/.test(r.county_fips) || !r.state_abbr || !r.county_name)
      throw new Error(`A county row is malformed: ${JSON.stringify(r)}`);
    (out[r.state_abbr] ??= []).push([r.county_fips, r.county_name]);
  }
  for (const list of Object.values(out)) list.sort((a, b) => a[1].localeCompare(b[1], 'en'));
  return out;
}

/** "St. Lucie County" and "Saint Lucie" compare equal; "County", "Parish" and the like are dropped. */
export function countyKey(name) {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bst\.?\s/g, 'saint ')
    .replace(/\bste\.?\s/g, 'sainte ')
    .replace(/\b(county|parish|borough|city and borough|census area|municipality|municipio)\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** An MOA link as ICE's own address: Outlook "safelinks" wrappers are removed; anything else off ice.gov is dropped. */
export function cleanMoaUrl(url) {
  if (!url) return undefined;
  let u = url.trim();
  try {
    const parsed = new URL(u);
    if (parsed.hostname.endsWith('safelinks.protection.outlook.com')) u = parsed.searchParams.get('url') ?? '';
    const real = new URL(u);
    return real.protocol === 'https:' && (real.hostname === 'www.ice.gov' || real.hostname === 'ice.gov') ? real.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** A cell as one line of text: spaces collapsed, typographic apostrophes made plain (ICE mixes both). */
const text = (v) =>
  v === null || v === undefined
    ? ''
    : String(v)
        .replace(/\s+/g, ' ')
        .replace(/[\u2018\u2019]/g, "'")
        .trim();
const noCounty = (v) => v === '' || /^#?N\/?A$/i.test(v);

/** A SIGNED cell (a date, an Excel serial number or text) as YYYY-MM-DD, or '' when unreadable. */
export function isoDate(v) {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' && v > 20000 && v < 80000) return new Date(Date.UTC(1899, 11, 30) + v * 86400000).toISOString().slice(0, 10);
  const s = text(v);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return '';
  return m[0].includes('/') ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : m[0].slice(0, 10);
}

/**
 * The rows of ICE's workbook as plain records. `table` is the sheet as arrays of cell values
 * (a cell with a link is `{ text, hyperlink }`); the header row is found by its column names.
 */
export function rowsFromTable(table) {
  const headAt = table.findIndex((r) => r && r.some((c) => text(c).toUpperCase() === 'LAW ENFORCEMENT AGENCY'));
  const head = (headAt >= 0 ? table[headAt] : (table[0] ?? [])).map((c) => text(c).toUpperCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !head.includes(c));
  if (missing.length)
    throw new Error(
      `The workbook is missing ${missing.length === 1 ? 'a column' : 'columns'}: ${missing.join(', ')}. Nothing was changed.`,
    );
  const col = Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, head.indexOf(c)]));
  const rows = [];
  for (const r of table.slice(headAt + 1)) {
    if (!r || !r.some((c) => text(typeof c === 'object' && c && 'text' in c ? c.text : c) !== '')) continue;
    const moa = r[col.MOA];
    rows.push({
      state: text(r[col.STATE]),
      agency: text(r[col['LAW ENFORCEMENT AGENCY']]),
      type: text(r[col.TYPE]),
      county: text(r[col.COUNTY]),
      model: text(r[col['SUPPORT TYPE']]),
      signed: r[col.SIGNED],
      moa: moa && typeof moa === 'object' && 'hyperlink' in moa ? String(moa.hyperlink) : '',
    });
  }
  if (!rows.length) throw new Error('The workbook has no agreement rows. Nothing was changed.');
  return rows;
}

/**
 * Places every agreement in a county and groups the rows by agency. Pure. Returns the data
 * the app ships and the rows it could not place, each with its reason.
 *
 * @param {ReturnType<typeof rowsFromTable>} rows
 * @param {{ counties: Record<string, [string, string][]>, fixes: Record<string, string>[], asOf: string, sourceFile: string }} opts
 */
export function convert(rows, { counties, fixes, asOf, sourceFile }) {
  const fixFor = new Map(fixes.map((f) => [`${f.state_abbr}|${f.agency}|${f.ice_county_raw}`, f.county_fips_fixed]));
  const keyed = Object.fromEntries(Object.entries(counties).map(([st, list]) => [st, new Map(list.map(([f, n]) => [countyKey(n), f]))]));
  /** @type {Map<string, any>} */
  const agencies = new Map();
  const unplaced = [];
  const problems = [];
  rows.forEach((r, i) => {
    const line = i + 2;
    const state = STATE_CODES[r.state.toUpperCase()];
    const scope = SCOPES[r.type];
    const model = MODELS[r.model];
    const signed = isoDate(r.signed);
    if (!state) return problems.push({ line, ...r, why: `unknown state "${r.state}"` });
    if (!scope) return problems.push({ line, ...r, why: `unknown TYPE "${r.type}"` });
    if (!model) return problems.push({ line, ...r, why: `unknown SUPPORT TYPE "${r.model}"` });
    if (!r.agency) return problems.push({ line, ...r, why: 'no agency name' });
    // State agencies keep the county ICE's list gives them (a headquarters, or where a state
    // college is), but are listed apart: the list does not say where each one works.
    const byName = keyed[state];
    const fixed = fixFor.get(`${state}|${r.agency}|${r.county}`);
    const fromCell = noCounty(r.county) ? undefined : byName?.get(countyKey(r.county));
    const fromAgencyName = /^(.+?\b(?:County|Parish|Borough))\b/.exec(r.agency)?.[1];
    const fromAgency = fromAgencyName ? byName?.get(countyKey(fromAgencyName)) : undefined;
    const [county, how] = fixed
      ? [fixed, 'hand-correction']
      : fromCell
        ? [fromCell, 'ice-county']
        : fromAgency
          ? [fromAgency, 'agency-name']
          : [null, scope === 'state' ? 'statewide' : 'unplaced'];
    if (!county && scope !== 'state')
      unplaced.push({
        line,
        state,
        agency: r.agency,
        type: r.type,
        county: r.county,
        model: r.model,
        why: !byName
          ? 'ICE lists no counties for this place'
          : noCounty(r.county)
            ? 'ICE gives no county'
            : `no county named "${r.county}" in ${state}`,
      });
    const id = `${state}|${r.agency}|${scope}|${county ?? ''}`;
    const a = agencies.get(id) ?? { state, name: r.agency, scope, county, how, models: [] };
    const moa = cleanMoaUrl(r.moa);
    if (!a.models.some((m) => m.model === model)) a.models.push({ model, signed, ...(moa ? { moa } : {}) });
    agencies.set(id, a);
  });
  if (problems.length) {
    const first = problems
      .slice(0, 5)
      .map((p) => `row ${p.line}: ${p.why}`)
      .join('; ');
    throw new Error(`${problems.length} row(s) could not be read (${first}). Nothing was changed.`);
  }
  const order = ['JEM', 'WSO', 'TFM'];
  const list = [...agencies.values()]
    .map((a) => ({ ...a, models: a.models.sort((x, y) => order.indexOf(x.model) - order.indexOf(y.model)) }))
    .sort((x, y) => x.state.localeCompare(y.state) || x.name.localeCompare(y.name, 'en'));
  return {
    data: { asOf, sourceFile, page: ICE_287G_PAGE, rows: rows.length, agencies: list },
    unplaced,
  };
}

/** Reads the first sheet of an .xlsx file (or buffer) into arrays of cell values. */
export async function readWorkbook(input) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  if (typeof input === 'string') await wb.xlsx.readFile(input);
  else await wb.xlsx.load(input);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('The workbook has no sheet. Nothing was changed.');
  const table = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    table.push(values.map(cellValue));
  });
  return table;
}

/** A cell as text, a date, a number, or `{ text, hyperlink }` for a link; a formula error ("#N/A") as its text. */
function cellValue(v) {
  if (!v || typeof v !== 'object' || v instanceof Date) return v;
  if ('hyperlink' in v) return { text: text(v.text), hyperlink: v.hyperlink };
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
  if ('error' in v) return String(v.error);
  if ('result' in v) return cellValue(v.result);
  if ('text' in v) return text(v.text);
  return '';
}

const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** Converts `workbook` and writes the bundled data (all or nothing). Returns a short report. */
export async function rebuild(workbook, { root = ROOT } = {}) {
  const asOf = asOfFromFileName(workbook);
  const rows = rowsFromTable(await readWorkbook(workbook));
  const census = parseCsv(await readFile(join(root, 'data/counties/us_counties_2025.csv'), 'utf8'));
  const ct = parseCsv(await readFile(join(root, 'data/counties/ct_counties_2021.csv'), 'utf8'));
  const counties = countiesByState(census, ct);
  const fixes = parseCsv(await readFile(join(root, 'data/287g/county-fixes.csv'), 'utf8'));
  const { data, unplaced } = convert(rows, { counties, fixes, asOf, sourceFile: basename(workbook) });
  const outputs = [
    [join(root, 'content/data/ice-287g.json'), JSON.stringify(data, null, 1) + '\n'],
    [join(root, 'content/data/counties.json'), JSON.stringify(counties) + '\n'],
    [
      join(root, 'data/287g/unplaced.csv'),
      [
        'line,state,agency,type,county,model,why',
        ...unplaced.map((u) => [u.line, u.state, u.agency, u.type, u.county, u.model, u.why].map(csvCell).join(',')),
      ].join('\n') + '\n',
    ],
  ];
  // Write each file beside its target, then move them into place, so a failure leaves the old data whole.
  for (const [path, body] of outputs) await writeFile(`${path}.tmp`, body);
  for (const [path] of outputs) await rename(`${path}.tmp`, path);
  const inCounty = new Set(data.agencies.filter((a) => a.county && a.scope !== 'state').map((a) => a.county));
  return {
    asOf,
    rows: rows.length,
    agencies: data.agencies.length,
    countiesWithAgreement: inCounty.size,
    unplacedRows: unplaced.length,
    unplacedWhy: unplaced.reduce((acc, u) => ({ ...acc, [u.why]: (acc[u.why] ?? 0) + 1 }), {}),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run data:287g -- path/to/participatingAgenciesMMDDYYYY.xlsx (download it from ' + ICE_287G_PAGE + ')');
    process.exit(2);
  }
  rebuild(file).then(
    (report) => console.log(JSON.stringify(report, null, 2)),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
