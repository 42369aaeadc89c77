import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { asOfFromFileName, cleanMoaUrl, convert, countiesByState, countyKey, parseCsv, rebuild, rowsFromTable } from './ice-287g.mjs';

const ROOT = path.join(__dirname, '..');
const HEAD = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE', 'SIGNED', 'MOA', 'ADDENDUM'];
const link = (url: string) => ({ text: 'link', hyperlink: url });

/** A small workbook laid out as ICE's is: a header row, then one row per agency per model. */
async function workbook(rows: unknown[][], head = HEAD): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(head);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const SAMPLE = [
  [
    'TEXAS',
    "Galveston County Sheriff's Office ",
    'County ',
    'Galveston County',
    'Jail Enforcement Model ',
    new Date('2025-02-20T00:00:00Z'),
    link('https://www.ice.gov/doclib/287gMOA/a.pdf'),
  ],
  [
    'TEXAS',
    "Galveston County Sheriff's Office",
    'County',
    'Galveston County',
    'Task Force Model',
    new Date('2025-03-01T00:00:00Z'),
    'link pending',
  ],
  [
    'TEXAS',
    'Texas Department of Public Safety',
    'State Agency',
    'Travis County',
    'Task Force Model',
    new Date('2025-04-01T00:00:00Z'),
    link('https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fdoclib%2F287gMOA%2Fdps.pdf&data=x'),
  ],
  ['TEXAS', 'Marlin Police Department', 'Municipality', 'Fall County', 'Warrant Service Officer', new Date('2025-05-01T00:00:00Z'), ''],
  ['TEXAS', "Saint Lucie Constable's Office", 'Municipality', '#N/A', 'Task Force Model', new Date('2025-05-02T00:00:00Z'), ''],
  [
    'LOUISIANA',
    "St. Bernard Parish Sheriff's Office",
    'County',
    'Chalmette Parish',
    'Task Force Model',
    new Date('2025-06-01T00:00:00Z'),
    '',
  ],
];
const COUNTIES = {
  TX: [
    ['48145', 'Falls County'],
    ['48167', 'Galveston County'],
    ['48453', 'Travis County'],
  ] as [string, string][],
  LA: [['22087', 'St. Bernard Parish']] as [string, string][],
};
const FIXES = [
  {
    state_abbr: 'TX',
    agency: 'Marlin Police Department',
    ice_county_raw: 'Fall County',
    county_fixed: 'Falls County',
    reason: 'misspelling',
    county_fips_fixed: '48145',
  },
];

async function tableOf(buf: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ice287g-'));
  const file = path.join(dir, 'participatingAgencies05182026am.xlsx');
  writeFileSync(file, buf);
  const { readWorkbook } = await import('./ice-287g.mjs');
  return readWorkbook(file);
}

describe('the 287(g) converter', () => {
  it('reads the as-of date from the file name ICE gives the workbook, and refuses a name without one', () => {
    expect(asOfFromFileName('/tmp/participatingAgencies05182026am.xlsx')).toBe('2026-05-18');
    expect(asOfFromFileName('participatingAgencies09282026pm.xlsx')).toBe('2026-09-28');
    expect(() => asOfFromFileName('agencies.xlsx')).toThrow(/has no date/);
    expect(() => asOfFromFileName('participatingAgencies13452026.xlsx')).toThrow(/no valid date/);
  });

  it.each([
    ['St. Lucie County', 'saint lucie'],
    ['Saint Lucie', 'saint lucie'],
    ['Acadia Parish', 'acadia'],
    ['Doña Ana County', 'dona ana'],
    ['Hopewell city', 'hopewell city'],
  ])('compares county names loosely: %s -> %s', (name, key) => expect(countyKey(name)).toBe(key));

  it('keeps ICE links only, unwrapping e-mail "safelinks"', () => {
    expect(cleanMoaUrl('https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fx.pdf&data=1')).toBe(
      'https://www.ice.gov/x.pdf',
    );
    expect(cleanMoaUrl('https://example.com/x.pdf')).toBeUndefined();
    expect(cleanMoaUrl('link pending')).toBeUndefined();
    expect(cleanMoaUrl('')).toBeUndefined();
  });

  it('places each agreement in a county: ICE’s cell, a hand correction, or the agency’s name; state agencies stay apart', async () => {
    const rows = rowsFromTable(await tableOf(await workbook(SAMPLE)));
    expect(rows).toHaveLength(6);
    const { data, unplaced } = convert(rows, { counties: COUNTIES, fixes: FIXES, asOf: '2026-05-18', sourceFile: 'x.xlsx' });
    const by = Object.fromEntries(data.agencies.map((a: { name: string }) => [a.name, a]));
    expect(by["Galveston County Sheriff's Office"]).toEqual({
      state: 'TX',
      name: "Galveston County Sheriff's Office",
      scope: 'county',
      county: '48167',
      how: 'ice-county',
      models: [
        { model: 'JEM', signed: '2025-02-20', moa: 'https://www.ice.gov/doclib/287gMOA/a.pdf' },
        { model: 'TFM', signed: '2025-03-01' },
      ],
    });
    expect(by['Marlin Police Department']).toMatchObject({ county: '48145', how: 'hand-correction', scope: 'municipal' });
    expect(by["St. Bernard Parish Sheriff's Office"]).toMatchObject({ county: '22087', how: 'agency-name' });
    expect(by['Texas Department of Public Safety']).toMatchObject({
      scope: 'state',
      county: '48453',
      models: [{ model: 'TFM', moa: 'https://www.ice.gov/doclib/287gMOA/dps.pdf' }],
    });
    expect(unplaced).toEqual([expect.objectContaining({ agency: "Saint Lucie Constable's Office", why: 'ICE gives no county' })]);
    expect(data.rows).toBe(6);
  });

  it('refuses a workbook with a missing column, no rows, or a row it cannot read', async () => {
    const noCounty = await workbook(
      SAMPLE.map((r) => r.filter((_, i) => i !== 3)),
      HEAD.filter((h) => h !== 'COUNTY'),
    );
    expect(() => rowsFromTable([])).toThrow(/missing columns/);
    await expect(tableOf(noCounty).then(rowsFromTable)).rejects.toThrow('The workbook is missing a column: COUNTY. Nothing was changed.');
    await expect(tableOf(await workbook([])).then(rowsFromTable)).rejects.toThrow(
      'The workbook has no agreement rows. Nothing was changed.',
    );
    const odd = rowsFromTable(
      await tableOf(await workbook([['TEXAS', 'X Police', 'Tribal', 'Galveston County', 'Task Force Model', new Date(), '']])),
    );
    expect(() => convert(odd, { counties: COUNTIES, fixes: [], asOf: '2026-05-18', sourceFile: 'x' })).toThrow(
      /row 2: unknown TYPE "Tribal".*Nothing was changed/,
    );
  });

  it('rebuild writes all three files from a good workbook, and changes nothing on a bad one', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ice287g-out-'));
    for (const d of ['content/data', 'data/287g', 'data/counties']) mkdirSync(path.join(out, d), { recursive: true });
    for (const f of ['data/counties/us_counties_2025.csv', 'data/counties/ct_counties_2021.csv', 'data/287g/county-fixes.csv'])
      cpSync(path.join(ROOT, f), path.join(out, f));
    const before = 'old data\n';
    writeFileSync(path.join(out, 'content/data/ice-287g.json'), before);

    const bad = path.join(out, 'participatingAgencies06012026am.xlsx');
    writeFileSync(bad, await workbook([]));
    await expect(rebuild(bad, { root: out })).rejects.toThrow(/no agreement rows/);
    expect(readFileSync(path.join(out, 'content/data/ice-287g.json'), 'utf8')).toBe(before);

    const good = path.join(out, 'participatingAgencies06022026am.xlsx');
    writeFileSync(good, await workbook(SAMPLE));
    const report = await rebuild(good, { root: out });
    expect(report).toMatchObject({ asOf: '2026-06-02', rows: 6, unplacedRows: 1, unplacedWhy: { 'ICE gives no county': 1 } });
    const data = JSON.parse(readFileSync(path.join(out, 'content/data/ice-287g.json'), 'utf8'));
    expect(data.asOf).toBe('2026-06-02');
    expect(readFileSync(path.join(out, 'data/287g/unplaced.csv'), 'utf8')).toContain("Saint Lucie Constable's Office");
    const counties = JSON.parse(readFileSync(path.join(out, 'content/data/counties.json'), 'utf8'));
    expect(counties.CT).toHaveLength(8); // Connecticut's historical counties, not the planning regions
  });
});

describe('the bundled data', () => {
  const data = JSON.parse(readFileSync(path.join(ROOT, 'content/data/ice-287g.json'), 'utf8'));
  const counties = JSON.parse(readFileSync(path.join(ROOT, 'content/data/counties.json'), 'utf8')) as Record<string, [string, string][]>;
  const fixes = parseCsv(readFileSync(path.join(ROOT, 'data/287g/county-fixes.csv'), 'utf8'));

  it('is ICE’s list of 18 May 2026, every row accounted for', () => {
    expect(data.asOf).toBe('2026-05-18');
    expect(data.rows).toBe(1843);
    const models = data.agencies.reduce((n: number, a: { models: unknown[] }) => n + a.models.length, 0);
    expect(models).toBe(1843);
  });

  it('places every agency with a county in a county of its own state', () => {
    for (const a of data.agencies)
      if (a.county)
        expect(
          counties[a.state]?.some(([f]) => f === a.county),
          `${a.name} in ${a.state}`,
        ).toBe(true);
  });

  it('keeps only county corrections that name a real county of that state, each with a reason', () => {
    expect(fixes.length).toBeGreaterThanOrEqual(16);
    for (const f of fixes) {
      expect(f.reason, f.agency).not.toBe('');
      expect(counties[f.state_abbr ?? '']?.find(([fips]) => fips === f.county_fips_fixed)?.[1]).toBe(f.county_fixed);
    }
  });

  it('has every county and county-equivalent of the 50 states, DC and Puerto Rico', () => {
    expect(Object.keys(counties)).toHaveLength(52);
    expect(Object.values(counties).flat()).toHaveLength(3222 - 9 + 8);
  });

  it('refuses a malformed county list', () => {
    expect(() => countiesByState([{ county_fips: '1', state_abbr: 'XX', county_name: 'y' }])).toThrow(/county row is malformed/);
  });
});
