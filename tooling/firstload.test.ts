import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgetFor, extractScriptSrcs, extractStylesheetHrefs, gzipSize, measureFirstLoad, sumGzip, type Fetcher } from './firstload';

// Shaped like a Next 16 App Router page: async chunks, a noModule polyfill, a
// preload hint, inline RSC payload scripts and a stylesheet.
const SAMPLE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
<link rel="preload" as="style" href="/_next/static/chunks/not-a-stylesheet.css"/>
<LINK REL="stylesheet" HREF='/print.css' media=print>
<link rel="alternate stylesheet" href="/contrast.css" title="High contrast"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/page.js?v=1&amp;x=2" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script SRC=/_next/static/chunks/unquoted.js defer></script>
<script src="https://cdn.example.test/lib.js"></script>
<!-- <script src="/commented-out.js"></script> -->
<script id="_R_">self.__next_f=self.__next_f||[]</script>
<script src="/_next/static/chunks/main.js" async=""></script>
<script type="module" nomodule src="/also-nomodule.js"></script>
</head><body><div>hi</div><script>self.__next_f.push([1,"x"])</script></body></html>`;

describe('extracting first-load assets from HTML', () => {
  it('lists every <script src> except noModule ones, once each, in order', () => {
    expect(extractScriptSrcs(SAMPLE)).toEqual([
      '/_next/static/chunks/main.js',
      '/_next/static/chunks/page.js?v=1&x=2',
      '/_next/static/chunks/unquoted.js',
      'https://cdn.example.test/lib.js',
    ]);
  });

  it('lists stylesheets but not preloads or alternate stylesheets', () => {
    expect(extractStylesheetHrefs(SAMPLE)).toEqual(['/_next/static/chunks/app.css', '/print.css']);
  });

  it('finds nothing in a page without scripts', () => {
    expect(extractScriptSrcs('<html><body><p>no scripts</p><script>inline()</script></body></html>')).toEqual([]);
  });
});

describe('summing gzip sizes', () => {
  const bodies: Record<string, string> = {
    'http://127.0.0.1:3000/_next/static/chunks/main.js': 'console.log("main");'.repeat(200),
    'http://127.0.0.1:3000/_next/static/chunks/page.js?v=1&x=2': 'export const page = 1;',
    'http://127.0.0.1:3000/_next/static/chunks/unquoted.js': 'var u = 0;',
    'https://cdn.example.test/lib.js': 'window.lib = {};',
    'http://127.0.0.1:3000/_next/static/chunks/app.css': 'body{margin:0}',
    'http://127.0.0.1:3000/print.css': '@media print{a{color:#000}}',
  };
  const fetched: string[] = [];
  const fetcher: Fetcher = async (url) => {
    fetched.push(url);
    const body = bodies[url];
    if (body === undefined) throw new Error(`unexpected fetch ${url}`);
    return new TextEncoder().encode(body);
  };

  it('gzipSize is level-9 gzip and round-trips', () => {
    const text = 'abc'.repeat(1000);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
    expect(gzipSize(text)).toBeLessThan(text.length);
  });

  it('sums every script once, resolved against the page URL', async () => {
    fetched.length = 0;
    const { js, css, html } = await measureFirstLoad(SAMPLE, 'http://127.0.0.1:3000/en/check', fetcher);
    expect(js.files.map((f) => f.url)).toEqual([
      'http://127.0.0.1:3000/_next/static/chunks/main.js',
      'http://127.0.0.1:3000/_next/static/chunks/page.js?v=1&x=2',
      'http://127.0.0.1:3000/_next/static/chunks/unquoted.js',
      'https://cdn.example.test/lib.js',
    ]);
    const expected = js.files.map((f) => gzipSize(bodies[f.url]!)).reduce((a, b) => a + b, 0);
    expect(js.gzip).toBe(expected);
    expect(js.bytes).toBe(js.files.map((f) => bodies[f.url]!.length).reduce((a, b) => a + b, 0));
    expect(css.files).toHaveLength(2);
    expect(html.gzip).toBe(gzipSize(SAMPLE));
    expect(fetched).not.toContain('http://127.0.0.1:3000/_next/static/chunks/polyfills.js');
  });

  it('fetches a repeated URL once', async () => {
    fetched.length = 0;
    const url = 'http://127.0.0.1:3000/print.css';
    const total = await sumGzip([url, url], fetcher);
    expect(total.files).toHaveLength(1);
    expect(fetched).toEqual([url]);
  });

  it('fails loudly when an asset cannot be fetched', async () => {
    await expect(sumGzip(['http://127.0.0.1:3000/missing.js'], fetcher)).rejects.toThrow(/missing\.js/);
  });
});

describe('budgets', () => {
  it('gives check pages the larger budget', () => {
    expect(budgetFor('/en/check')).toBe(165_000);
    expect(budgetFor('/es/check')).toBe(165_000);
    expect(budgetFor('/en')).toBe(140_000);
    expect(budgetFor('/en/safety')).toBe(140_000);
    expect(budgetFor('/en/card')).toBe(140_000);
    expect(budgetFor('/es/plan')).toBe(165_000);
    expect(budgetFor('/en/records')).toBe(165_000);
    expect(budgetFor('/ar/navigator')).toBe(175_000);
  });
});

describe('results content budget', () => {
  it('is 2.5 times the size measured before the 2026 channels, and the largest base for a new locale', async () => {
    const { resultsContentBudget } = await import('./firstload');
    expect(resultsContentBudget('en')).toBe(112_172);
    expect(resultsContentBudget('es')).toBe(125_532);
    expect(resultsContentBudget('ar')).toBe(125_532);
  });
});
