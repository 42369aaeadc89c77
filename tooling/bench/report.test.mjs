import { describe, expect, it } from 'vitest';
import { buildReport, bytesTable, checksTable, largestScripts, lighthouseTable, reportData } from './report.mjs';

const asset = (path, gzip) => ({ url: `http://127.0.0.1:4000${path}`, bytes: gzip * 3, gzip });
const total = (files) => ({ files, bytes: files.reduce((n, f) => n + f.bytes, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) });
const page = (route, budget, scripts, css = 2_000, html = 5_000) => {
  const js = total(scripts);
  return { route, budget, pass: js.gzip <= budget, js, css: total([asset('/app.css', css)]), html: { bytes: html * 4, gzip: html } };
};

const framework = asset('/_next/static/chunks/framework.js', 60_000);
const enCheck = page('/en/check', 165_000, [framework, asset('/_next/static/chunks/check.js', 80_500)]);
const esCheck = page('/es/check', 165_000, [framework, asset('/_next/static/chunks/check-es.js', 84_000)]);
const en = page('/en', 140_000, [framework, asset('/_next/static/chunks/home.js', 150_000)]);
const base = { js: total([asset('/fw.js', 60_000)]), css: total([]), html: { bytes: 400, gzip: 250 } };

describe('the byte table', () => {
  it('has one row per measured route and the baseline last', () => {
    expect(bytesTable([en, enCheck], base)).toEqual([
      '| route | first-load JS | budget | result | CSS | HTML | scripts |',
      '| --- | ---: | ---: | --- | ---: | ---: | ---: |',
      '| /en | 210,000 | 140,000 | **FAIL** | 2,000 | 5,000 | 2 |',
      '| /en/check | 140,500 | 165,000 | PASS | 2,000 | 5,000 | 2 |',
      '| baseline `/` (bench/baseline) | 60,000 | — | — | 0 | 250 | 1 |',
      '',
    ]);
  });
});

describe('the checks table', () => {
  it('fails when /es/check and /en/check differ by more than the allowed delta', () => {
    const failures = [];
    const lines = checksTable(enCheck, esCheck, base, 3_000, failures);
    expect(lines[2]).toBe('| \\|/es/check − /en/check\\| JS | 3,500 | ≤ 3,000 | **FAIL** |');
    expect(failures).toEqual(['|/es/check − /en/check| = 3500 > 3000']);
  });

  it('passes within the delta and reports the ratio to the baseline', () => {
    const failures = [];
    const lines = checksTable(enCheck, esCheck, base, 4_000, failures);
    expect(lines[2]).toBe('| \\|/es/check − /en/check\\| JS | 3,500 | ≤ 4,000 | PASS |');
    expect(lines[3]).toBe('| /en/check JS ÷ baseline JS | 2.342× (+80,500 B) | report only | — |');
    expect(failures).toEqual([]);
  });

  it('skips the locale check when there is no /es/check', () => {
    const failures = [];
    expect(checksTable(enCheck, undefined, base, 3_000, failures)[2]).toBe(
      '| \\|/es/check − /en/check\\| JS | — | ≤ 3,000 | skipped: no /es/check |',
    );
    expect(failures).toEqual([]);
  });
});

describe('the Lighthouse table', () => {
  const summary = (over) => ({
    runs: [],
    ok: 3,
    performance: 97,
    accessibility: 100,
    lcp: 1800,
    tbt: 40,
    cls: 0.001,
    failedA11y: [],
    ...over,
  });

  it('gates /en/check only and shows every page', () => {
    const failures = [];
    const lh = { '/en': summary({ tbt: 400 }), '/en/check': summary({ tbt: 180 }), baseline: summary({ performance: 100 }) };
    const lines = lighthouseTable(lh, 3, failures);
    expect(lines[2]).toBe('| metric | /en | /en/check | baseline | target (/en/check) | result |');
    expect(lines).toContain('| TBT | 400 ms | 180 ms | 40 ms | < 150 ms | **FAIL** |');
    expect(lines).toContain('| performance (score) | 97 | 97 | 100 | ≥ 95 | PASS |');
    expect(lines).toContain('| LCP | 1,800 ms | 1,800 ms | 1,800 ms | report only | — |');
    expect(failures).toEqual(['Lighthouse /en/check TBT: 180 ms (target < 150 ms)']);
  });

  it('fails every target when no run of /en/check succeeded', () => {
    const failures = [];
    const none = summary({ ok: 0, performance: null, accessibility: null, lcp: null, tbt: null, cls: null });
    lighthouseTable({ '/en': summary(), '/en/check': none, baseline: summary() }, 3, failures);
    expect(failures).toHaveLength(4);
    expect(failures).toContain('Lighthouse /en/check CLS: — (target < 0.05)');
  });
});

describe('the largest scripts', () => {
  it('lists the biggest first and marks chunks the baseline loads byte for byte', () => {
    const hashes = new Map([
      [framework.url, 'aaa'],
      [enCheck.js.files[1].url, 'bbb'],
    ]);
    const baseHashes = new Map([['http://127.0.0.1:4001/fw.js', 'aaa']]);
    expect(largestScripts(enCheck, hashes, baseHashes).slice(2, 4)).toEqual([
      '- /_next/static/chunks/check.js: 80,500 B',
      '- /_next/static/chunks/framework.js: 60,000 B (framework)',
    ]);
  });
});

describe('the whole report', () => {
  const data = (over) => ({
    localeDelta: 3_000,
    versions: { next: '16.4.6', react: '19.3.1', node: '20.20.2' },
    runs: 3,
    measured: [enCheck],
    base,
    hashes: new Map(),
    baseHashes: new Map(),
    lh: null,
    failures: [],
    notes: ['Lighthouse skipped (--no-lighthouse): its targets were not checked.'],
    ...over,
  });

  it('says which targets were checked when all are met', () => {
    const report = buildReport(data()).split('\n');
    expect(report[0]).toBe('## Performance budgets');
    expect(report[2]).toBe('next 16.4.6, react 19.3.1, node 20.20.2. Bytes are gzip -9 (zlib level 9).');
    expect(report).toContain('- Note: Lighthouse skipped (--no-lighthouse): its targets were not checked.');
    expect(report.at(-1)).toBe('**All byte budgets met; the Lighthouse targets were not checked.**');
  });

  it('ends with every failure, including those found while writing it', () => {
    const d = data({ measured: [enCheck, esCheck], failures: ['/en first-load JS 210000 > 140000'] });
    expect(buildReport(d).split('\n').at(-1)).toBe(
      '**2 target(s) failed:** /en first-load JS 210000 > 140000; |/es/check − /en/check| = 3500 > 3000',
    );
  });

  it('writes the figures of every route to report.json', () => {
    const json = reportData(data());
    expect(json.routes).toEqual([
      {
        route: '/en/check',
        budget: 165_000,
        pass: true,
        js: 140_500,
        css: 2_000,
        html: 5_000,
        scripts: [
          { path: '/_next/static/chunks/framework.js', bytes: 180_000, gzip: 60_000 },
          { path: '/_next/static/chunks/check.js', bytes: 241_500, gzip: 80_500 },
        ],
      },
    ]);
    expect(json.baseline).toEqual({ js: 60_000, css: 0, html: 250 });
    expect(json.lighthouse).toBeNull();
  });
});
