import { describe, expect, it } from 'vitest';
import { buildPlaceFile, helpData } from './place-files';
import { JURISDICTION_CODES, hasCounties } from '@/questionnaire/jurisdictions';
import { PLACE_FILE_BUDGET, gzipSize } from '@/tooling/firstload';

const files = JURISDICTION_CODES.map((code) => [code, buildPlaceFile(code)] as const);

describe('place files', () => {
  it.each(files)('%s: valid, with counties where the Census lists them, and a legal-help entry', (code, file) => {
    expect(file.place).toBe(code);
    expect(file.counties.length > 0).toBe(hasCounties(code));
    expect(file.help.filter((h) => h.kind === 'legal')).toHaveLength(1);
  });

  it(`each is under ${PLACE_FILE_BUDGET} gzip bytes (the largest is reported)`, () => {
    const sizes = files.map(([code, file]) => ({ code, gzip: gzipSize(JSON.stringify(file)) })).sort((a, b) => b.gzip - a.gzip);
    console.log(`largest place file: ${sizes[0]!.code} ${sizes[0]!.gzip} B gzip`);
    for (const s of sizes) expect(s.gzip, s.code).toBeLessThan(PLACE_FILE_BUDGET);
  });

  it('Galveston County, Texas has its sheriff on ICE’s list; Cook County, Illinois has no row', () => {
    const tx = files.find(([c]) => c === 'TX')![1];
    const il = files.find(([c]) => c === 'IL')![1];
    expect(tx.agencies.some((a) => a.county === '48167' && a.scope === 'county')).toBe(true);
    expect(il.agencies.filter((a) => a.county === '17031')).toEqual([]);
  });

  it('every hotline has a phone and a source with a date; one taken from a list (not checked on its owner’s page) names that list', () => {
    for (const h of helpData().hotlines) {
      expect(h.phone, h.name).toMatch(/^[0-9-]{10,}$/);
      expect(h.source.date, h.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (!h.checked)
        expect(h.source.url, h.name).toBeUndefined(); // the aggregator list is credited, never linked
      else expect(h.source.url, h.name).toBe(h.url);
    }
  });
});
