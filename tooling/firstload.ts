// First-load weight of a served page, measured the way the performance budgets are:
// the gzip (level 9) size of every `<script src>` in the page's HTML except `noModule`
// ones (modern browsers skip those), and of every `<link rel="stylesheet">`.
// Pure helpers and the budgeted routes, the one source for e2e/budget.spec.ts and
// tooling/bench/ (`npm run bench`, which transpiles this file on the fly); tested in
// tooling/firstload.test.ts. Nothing here is imported by the app itself.
import { gzipSync } from 'node:zlib';

/** Fetches a URL's body as bytes (throws when the response is not OK). */
export type Fetcher = (url: string) => Promise<Uint8Array>;

export type AssetSize = { url: string; bytes: number; gzip: number };
export type AssetTotal = { files: AssetSize[]; bytes: number; gzip: number };

const TAG = (name: string) => new RegExp(`<${name}\\b([^>]*)>`, 'gi');
const ATTR = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one tag's attribute string, lower-cased names, entity-decoded values. */
export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Removes comments so that commented-out tags are not counted. */
const stripComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/** The `src` of every `<script src>` without `nomodule`, in document order, each once. */
export function extractScriptSrcs(html: string): string[] {
  const out = new Set<string>();
  for (const m of stripComments(html).matchAll(TAG('script'))) {
    const attrs = parseAttributes(m[1]!);
    const src = attrs.get('src')?.trim();
    if (!src || attrs.has('nomodule')) continue;
    out.add(src);
  }
  return [...out];
}

/** The `href` of every `<link rel="stylesheet">` (not alternate ones, which are not loaded), each once. */
export function extractStylesheetHrefs(html: string): string[] {
  const out = new Set<string>();
  for (const m of stripComments(html).matchAll(TAG('link'))) {
    const attrs = parseAttributes(m[1]!);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href')?.trim();
    if (href && rel.includes('stylesheet') && !rel.includes('alternate')) out.add(href);
  }
  return [...out];
}

/** Resolves a `src`/`href` against the page's URL (absolute URLs are kept). */
export const resolveUrl = (ref: string, pageUrl: string) => new URL(ref, pageUrl).href;

/** Gzip size in bytes at level 9, as `gzip -9` would give (to within a few bytes). */
export const gzipSize = (data: Uint8Array | string) => gzipSync(data, { level: 9 }).length;

/** Fetches every URL (in order, each once) and sums raw and gzip sizes. */
export async function sumGzip(urls: readonly string[], fetcher: Fetcher): Promise<AssetTotal> {
  const files: AssetSize[] = [];
  for (const url of new Set(urls)) {
    const body = await fetcher(url);
    files.push({ url, bytes: body.length, gzip: gzipSize(body) });
  }
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}

export type FirstLoad = { js: AssetTotal; css: AssetTotal; html: { bytes: number; gzip: number } };

/** First-load JS and CSS of a page, given its HTML, its URL and a way to fetch its assets. */
export async function measureFirstLoad(html: string, pageUrl: string, fetcher: Fetcher): Promise<FirstLoad> {
  const js = await sumGzip(
    extractScriptSrcs(html).map((s) => resolveUrl(s, pageUrl)),
    fetcher,
  );
  const css = await sumGzip(
    extractStylesheetHrefs(html).map((s) => resolveUrl(s, pageUrl)),
    fetcher,
  );
  return { js, css, html: { bytes: Buffer.byteLength(html), gzip: gzipSize(html) } };
}

/**
 * Budgets in gzip bytes: check pages carry the conversation; the navigator also carries the
 * results and the printed summary from its first load (170,011 B on 4 Dec 2026); every other
 * page is static.
 */
export const BUDGETS = { checkPage: 165_000, staticPage: 140_000, navigatorPage: 175_000, localeDelta: 3_000 } as const;
/** A place's file (/places/{code}.json: counties, ICE's 287(g) list there, local help), gzip bytes. */
export const PLACE_FILE_BUDGET = 15_000;

/** The check page and the tools that rebuild the person's next steps from the conversation (plan, records). */
export const budgetFor = (route: string) =>
  /\/navigator\/?$/.test(route) ? BUDGETS.navigatorPage : /\/(check|plan|records)\/?$/.test(route) ? BUDGETS.checkPage : BUDGETS.staticPage;

/**
 * The results' content each locale loads once (/{locale}/results.json: text, pictures and
 * sources for every channel). Issue #13: at most 2.5 times its size before the 2026 channels
 * (measured on the build of 26 Nov 2026: en 44,869 B, es 50,213 B). Content is not JavaScript,
 * so it has its own budget; a locale added later gets the largest base. Since issue #16 it is
 * counted in characters, not bytes, so that a script written with more bytes per character
 * (Arabic, Vietnamese, Chinese in UTF-8) is held to the same amount of text; for English and
 * Spanish the two differ by under 1%.
 */
export const RESULTS_CONTENT_BASE: Readonly<Record<string, number>> = { en: 44_869, es: 50_213 };
export const RESULTS_CONTENT_FACTOR = 2.5;
export const resultsContentBudget = (locale: string) =>
  Math.floor((RESULTS_CONTENT_BASE[locale] ?? Math.max(...Object.values(RESULTS_CONTENT_BASE))) * RESULTS_CONTENT_FACTOR);

/** Routes that have budgets; the first two always exist, the others only once they are built. */
export const BUDGET_ROUTES = [
  '/en',
  '/en/check',
  '/es',
  '/es/check',
  '/en/about',
  '/en/safety',
  '/en/learn',
  '/en/card',
  '/en/plan',
  '/en/records',
  '/en/navigator',
] as const;

/**
 * The navigator page's HTML (gzip bytes): it carries its own language's content only; the
 * printed summary's other languages load when chosen (issue #16). With every language inlined
 * it was about 61 KB of English and 68 KB of Spanish JSON.
 */
export const NAVIGATOR_HTML_BUDGET = 60_000;
export const REQUIRED_ROUTES: readonly string[] = ['/en', '/en/check'];

/** What "Keep Untangle on this phone" keeps for one language (pages, results, scripts), gzip bytes (issue #17). */
export const PRECACHE_BUDGET = 600_000;
