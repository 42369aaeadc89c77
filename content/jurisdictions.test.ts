import fc from 'fast-check';
import { answersArb } from '@/questionnaire/arbitraries';
import { describe, expect, it } from 'vitest';
import { FACT_KEYS, jurisdictionSchema } from './jurisdiction-schema';
import { loadJurisdictions, loadPlaceFacts } from './load';
import { JURISDICTION_CODES, type JurisdictionCode } from '@/questionnaire/jurisdictions';
import { packPlaces, placeNotes, requires287g, sanctuaryNote, unpackPlaces } from '@/questionnaire/places';
import type { Answers } from '@/questionnaire/questions';
import { deriveResults } from '@/questionnaire/results';

const records = loadJurisdictions();
const places = loadPlaceFacts();

describe('jurisdiction records', () => {
  it('has one valid record for every state, DC and territory', () => {
    expect(records.map((r) => r.code)).toEqual([...JURISDICTION_CODES]);
  });

  it('every verified fact has a source and an as-of date', () => {
    for (const r of records)
      for (const k of FACT_KEYS) {
        const f = r[k];
        if (f.value === 'unknown') continue;
        expect(f.sources.length, `${r.code}.${k}`).toBeGreaterThan(0);
        expect(f.asOf, `${r.code}.${k}`).toMatch(/^\d{4}/);
      }
  });

  it('refuses a verified fact with no source, or with no date', () => {
    const ca = structuredClone(records.find((r) => r.code === 'CA')!);
    expect(jurisdictionSchema.safeParse(ca).success).toBe(true);
    expect(jurisdictionSchema.safeParse({ ...ca, licenseForAll: { ...ca.licenseForAll, sources: [] } }).success).toBe(false);
    expect(jurisdictionSchema.safeParse({ ...ca, licenseForAll: { value: 'yes', sources: ca.licenseForAll.sources } }).success).toBe(false);
    expect(jurisdictionSchema.safeParse({ ...ca, licenseForAll: { value: 'maybe', sources: [] } }).success).toBe(false);
  });

  it('freshness: lists facts older than 12 months (a warning, not a failure)', () => {
    const cutoff = new Date();
    cutoff.setFullYear(cutoff.getFullYear() - 1);
    const old: string[] = [];
    const verified: Record<string, number> = {};
    let oldest = '9999';
    for (const r of records)
      for (const k of FACT_KEYS) {
        const f = r[k];
        if (f.value === 'unknown' || !f.asOf) continue;
        verified[k] = (verified[k] ?? 0) + 1;
        if (f.asOf < oldest) oldest = f.asOf;
        if (new Date(f.asOf.length === 4 ? `${f.asOf}-12-31` : f.asOf) < cutoff) old.push(`${r.code}.${k} (as of ${f.asOf})`);
      }
    if (old.length) console.warn(`[freshness] ${old.length} facts are over 12 months old; re-check them:\n  ${old.join('\n  ')}`);
    console.info(`[freshness] verified facts per key: ${JSON.stringify(verified)}; oldest as-of: ${oldest}`);
    expect(Object.keys(verified).length).toBeGreaterThan(0);
  });
});

describe('state facts in the results', () => {
  it('the same answers in different states are worded as each state’s record says', () => {
    const dmv = (code: JurisdictionCode) => placeNotes('dmv-records', places[code]).map((n) => n.template);
    expect(dmv('NY')).toEqual(['licenseYes', 'nletsYes', 'judgeOrderWithNotice']);
    expect(dmv('TX')).toEqual(['licenseNo', 'nletsNo']);
    expect(dmv('OR')).toEqual(['licenseYes', 'nletsInProgress']);
    expect(dmv('GU')).toEqual(['unknown']);
    expect(placeNotes('jail-access', places.CA).map((n) => n.template)).toEqual(['limitsYes']);
    expect(placeNotes('jail-access', places.GA).map((n) => n.template)).toEqual(['requiresDetainers', 'requires287g']);
    expect(placeNotes('jail-access', places.OH).map((n) => n.template)).toEqual(['unknown']);
    expect(placeNotes('287g', places.TX).map((n) => n.template)).toEqual(['requires287g']);
    expect(placeNotes('287g', places.NJ).map((n) => n.template)).toEqual(['limitsYes']);
    expect(placeNotes('287g', places.CA).map((n) => n.template)).toEqual(['limitsYes']);
    expect(placeNotes('287g', places.OH).map((n) => n.template)).toEqual(['unknown']);
    expect(placeNotes('fingerprint-sharing', places.IL).map((n) => n.template)).toEqual(['fingerprintsStill']);
    expect(placeNotes('fingerprint-sharing', places.AL).map((n) => n.template)).toEqual(['fingerprintsEverywhere']);
    // Each stated fact carries its source (a link when one to the original exists) and date.
    for (const n of placeNotes('dmv-records', places.NY)) {
      expect(n.fact?.source.title).toBeTruthy();
      expect(n.fact?.asOf).toMatch(/^\d{4}/);
      if (n.fact?.source.url) expect(n.fact.source.url).toMatch(/^https?:/);
    }
  });

  it('tells the person at the sanctuary question when their state limits cooperation', () => {
    expect(sanctuaryNote(places.CA)?.fact?.law).toMatch(/SB 54/);
    expect(sanctuaryNote(places.TX)).toBeNull();
  });

  it('a state requiring 287(g) makes 287g at least "may apply" to someone held in a jail there', () => {
    expect(requires287g(places.FL)).toBe(true);
    const held: Answers = { state: 'FL', police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'no', agreement287g: 'no' };
    const r = deriveResults(held, places).find((x) => x.channel === '287g');
    expect(r).toMatchObject({
      status: 'may-apply',
      reasons: [
        { question: 'state', answer: 'FL' },
        { question: 'jail', answer: 'yes' },
      ],
    });
    expect(deriveResults({ ...held, state: 'OH' }, places).find((x) => x.channel === '287g')).toBeUndefined();
    expect(deriveResults({ ...held, jail: 'no' }, places).find((x) => x.channel === '287g')).toBeUndefined();
    expect(deriveResults({ ...held, agreement287g: 'yes' }, places).find((x) => x.channel === '287g')?.status).toBe('applies');
  });

  it('a state never removes a channel, and adds one only through a 287(g) requirement', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...JURISDICTION_CODES), (a, code) => {
        const without = deriveResults({ ...a, state: 'skip' }, places);
        const withState = deriveResults({ ...a, state: code }, places);
        const before = new Set(without.map((r) => r.channel));
        for (const c of before) expect(withState.some((r) => r.channel === c)).toBe(true);
        for (const r of withState) if (!before.has(r.channel)) expect([r.channel, requires287g(places[code])]).toEqual(['287g', true]);
      }),
    );
  });
});

describe('packed place facts (what the page carries)', () => {
  it('unpack(pack(facts)) gives the same facts back, with each source written once', () => {
    const packed = packPlaces(places);
    expect(unpackPlaces(packed)).toEqual(places);
    expect(new Set(packed.sources.map((s) => JSON.stringify(s))).size).toBe(packed.sources.length);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(places).length / 2);
  });
});
