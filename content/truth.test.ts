/**
 * Truth in content (issue #18): no repost or copy is cited as a source, no state's advice is
 * shown to everyone, and the state records say what their laws say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_KEYS } from './jurisdiction-schema';
import { loadCatalogue, loadJurisdictions, loadPlaceFacts, loadSources, loadStateActions, locales } from './load';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { placeNotes, requires287g, requiresDetainers, stateActions, statesWithActions } from '@/questionnaire/places';

const blocked = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content', 'blocked-domains.json'), 'utf8')) as {
  domains: string[];
  shortLinks: string[];
};
const records = loadJurisdictions();
const places = loadPlaceFacts();
const actions = loadStateActions();

/** Every source the product can show, with where it is cited. */
function allSources(): { where: string; title: string; url?: string }[] {
  const out: { where: string; title: string; url?: string }[] = [];
  for (const [id, s] of Object.entries(loadSources())) out.push({ where: `sources.json ${id}`, title: s.title, url: s.url });
  for (const r of records) {
    for (const k of FACT_KEYS) for (const s of r[k].sources) out.push({ where: `${r.code}.${k}`, title: s.title, url: s.url });
    for (const [i, a] of (r.actions ?? []).entries())
      for (const s of a.sources) out.push({ where: `${r.code}.actions.${i}`, title: s.title, url: s.url });
  }
  return out;
}

function host(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}
const isUnder = (h: string, domain: string) => h === domain || h.endsWith(`.${domain}`);

describe('truth: sources', () => {
  const sources = allSources();

  it('has sources to check (the guard is not vacuous)', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it('no source title says "(copy)" or "(secondary)"', () => {
    const bad = sources.filter((s) => /\((copy|secondary)\)/i.test(s.title)).map((s) => `${s.where}: ${s.title}`);
    expect(bad).toEqual([]);
  });

  it('no source links to a repost, aggregator or document-sharing site, or a short link', () => {
    const bad = sources
      .filter((s) => s.url && [...blocked.domains, ...blocked.shortLinks].some((d) => isUnder(host(s.url as string), d)))
      .map((s) => `${s.where}: ${s.url}`);
    expect(bad).toEqual([]);
  });

  it('the blocked list catches what it should (and not the original outlets)', () => {
    const check = (url: string) => blocked.domains.some((d) => isUnder(host(url), d));
    // Built from parts so that a plain search of content/ for mirror links finds only real citations.
    expect(check(['https:/', 'pubt.io', 'view', '4D7AD966B0207EEEDAF24C9918948AA95580375E'].join('/'))).toBe(true);
    expect(check(['https:/', '1395.topnews.com', 'en', 'technology', '?article=1'].join('/'))).toBe(true);
    expect(check('https://de.scribd.com/document/347314375/Immigration-Law-Guidance')).toBe(true);
    expect(check('https://www.404media.co/you-cant-refuse-to-be-scanned-by-ices-facial-recognition-app-dhs-document-says/')).toBe(false);
  });

  it('a source without a link still names its publisher, title and date', () => {
    for (const [id, s] of Object.entries(loadSources()))
      if (!s.url)
        expect(
          [s.publisher, s.title, s.date].every((x) => x.trim().length > 0),
          id,
        ).toBe(true);
  });
});

describe('truth: no state’s advice is shown to everyone', () => {
  it.each(locales())('%s: the shared "what you can do" lists name no U.S. state, DC or territory', (locale) => {
    const cat = loadCatalogue(locale);
    const names = Object.values(cat.states);
    expect(names.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const c of CHANNEL_IDS)
      for (const item of cat.channels[c].whatYouCanDo)
        for (const name of names)
          if (new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(item))
            found.push(`${c}: "${name}" in "${item}"`);
    expect(found).toEqual([]);
  });

  it('every state-specific item is tied to a state, a channel, a source and a date, in every locale', () => {
    const all = locales();
    let n = 0;
    for (const r of records)
      for (const a of r.actions ?? []) {
        n++;
        expect(CHANNEL_IDS, `${r.code}`).toContain(a.channel);
        expect(a.sources.length, `${r.code} ${a.channel}`).toBeGreaterThan(0);
        expect(a.asOf, `${r.code} ${a.channel}`).toMatch(/^\d{4}/);
        for (const l of all) expect(a.text[l]?.trim(), `${r.code} ${a.channel} has no ${l} text`).toBeTruthy();
      }
    // The items moved out of the shared lists (audit row 10) live in their states now.
    expect(n).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['ncic-checks', 'IL'],
    ['dmv-records', 'NY'],
    ['jail-access', 'CA'],
    ['gang-databases', 'CA'],
    ['probation-parole', 'CO'],
  ] as const)('%s: the %s item is shown to people in that state only', (channel, code) => {
    expect(stateActions(channel, { actions: actions[code] }).length).toBeGreaterThan(0);
    expect(statesWithActions(channel, records)).toContain(code);
    // Someone who skips the state sees no state's items.
    expect(stateActions(channel, undefined)).toEqual([]);
    for (const other of records.filter((r) => r.code !== code))
      for (const a of stateActions(channel, other)) expect(a.text.en).not.toMatch(new RegExp(loadCatalogue('en').states[code]));
  });

  it.each(locales())('%s has the line that some states give more rights', (locale) => {
    expect(loadCatalogue(locale).place.moreRightsSomeStates.length).toBeGreaterThan(0);
  });
});

describe('truth: state records say what their laws say', () => {
  const kinds = (code: keyof typeof places) => places[code]?.limitsCooperation?.kinds ?? [];
  const templates = (channel: Parameters<typeof placeNotes>[0], code: keyof typeof places) =>
    placeNotes(channel, places[code]).map((n) => n.template);

  it.each([
    [
      'TX requires jails to honor detainers (SB 4, 2017)',
      () => requiresDetainers(places.TX) && places.TX?.requiresDetainers?.law === 'SB 4 (2017)',
    ],
    ['TX requires 287(g) (SB 8, 2025)', () => requires287g(places.TX) && places.TX?.requires287g?.law === 'SB 8'],
    [
      'TX jail card shows both mandates',
      () => ['requiresDetainers', 'requires287g'].every((t) => templates('jail-access', 'TX').includes(t as never)),
    ],
    ['TX 287(g) card shows the 287(g) mandate', () => templates('287g', 'TX').includes('requires287g')],
    ['WA bars detainer holds', () => kinds('WA').includes('no-detainer-holds')],
    ['WA bars release-date notices', () => kinds('WA').includes('no-release-dates')],
    ['WA bans 287(g)', () => kinds('WA').includes('no-287g') && templates('287g', 'WA').includes('limitsYes')],
    [
      'CO DMV needs a court order (SB21-131)',
      () => places.CO?.dmvJudgeOrder?.value === 'yes' && templates('dmv-records', 'CO').includes('judgeOrder'),
    ],
    ['CA bans 287(g), as the 287g card says', () => kinds('CA').includes('no-287g')],
    [
      'NJ allows holds only in some cases',
      () => kinds('NJ').includes('limited-detainer-holds') && !kinds('NJ').includes('no-detainer-holds'),
    ],
    ['MD DMV needs a court order (HB 23)', () => places.MD?.dmvJudgeOrder?.value === 'yes'],
    ['IL bars status questions (Way Forward Act)', () => kinds('IL').includes('no-status-questions')],
  ])('%s', (_label, check) => {
    expect(check()).toBe(true);
  });

  it('every fact and action in the seven audited records carries a source and an as-of date', () => {
    for (const code of ['WA', 'NJ', 'MD', 'IL', 'CA', 'CO', 'TX'] as const) {
      const r = records.find((x) => x.code === code)!;
      for (const k of FACT_KEYS)
        if (r[k].value !== 'unknown') expect([r[k].sources.length > 0, !!r[k].asOf], `${code}.${k}`).toEqual([true, true]);
      expect(r.checked, code).toMatch(/2026-11-26/);
    }
  });
});
