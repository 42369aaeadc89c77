import { expect, test, type APIRequestContext } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import {
  BUDGET_ROUTES,
  BUDGETS,
  NAVIGATOR_HTML_BUDGET,
  PRECACHE_BUDGET,
  REQUIRED_ROUTES,
  budgetFor,
  measureFirstLoad,
  resultsContentBudget,
  type FirstLoad,
} from '../tooling/firstload';
import { locales } from '../content/load';

// First-load JavaScript budgets, measured on the production server the way
// ../shared/tools/firstload.sh does: gzip -9 of every <script src> in the served
// HTML except noModule ones. Deterministic: same build, same bytes.

async function firstLoad(request: APIRequestContext, baseURL: string, route: string): Promise<FirstLoad | null> {
  const res = await request.get(route);
  if (res.status() === 404 && !REQUIRED_ROUTES.includes(route)) return null;
  expect(res.status(), `${route} should be served`).toBe(200);
  const pageUrl = new URL(route, baseURL).href;
  return measureFirstLoad(await res.text(), pageUrl, async (url) => {
    const asset = await request.get(url);
    expect(asset.ok(), `${route}: ${url} answered ${asset.status()}`).toBe(true);
    return asset.body();
  });
}

const describeFiles = (fl: FirstLoad) => fl.js.files.map((f) => `  ${f.gzip} B  ${new URL(f.url).pathname}`).join('\n');

test.describe('first-load JS budgets (gzip bytes)', () => {
  for (const route of BUDGET_ROUTES) {
    const budget = budgetFor(route);
    test(`${route} loads at most ${budget} bytes of JS`, async ({ request, baseURL }) => {
      const fl = await firstLoad(request, baseURL!, route);
      test.skip(fl === null, `${route} returns 404: the page does not exist yet`);
      const { js } = fl!;
      expect(js.files.length, `${route} should load the framework's scripts`).toBeGreaterThan(0);
      console.log(`[budget] ${route}: ${js.gzip} B gzip of first-load JS (budget ${budget})`);
      expect(
        js.gzip,
        `${route}: first-load JS is ${js.gzip} bytes gzip (budget ${budget}, ${js.files.length} scripts)\n${describeFiles(fl!)}`,
      ).toBeLessThanOrEqual(budget);
    });
  }

  for (const locale of locales().filter((l) => l !== 'en')) {
    test(`/${locale}/check and /en/check load within ${BUDGETS.localeDelta} bytes of each other`, async ({ request, baseURL }) => {
      const other = (await firstLoad(request, baseURL!, `/${locale}/check`))!;
      const en = (await firstLoad(request, baseURL!, '/en/check'))!;
      const delta = Math.abs(other.js.gzip - en.js.gzip);
      console.log(`[budget] /${locale}/check: ${other.js.gzip} B gzip of first-load JS (/en/check ${en.js.gzip} B)`);
      expect(
        delta,
        `/${locale}/check is ${other.js.gzip} bytes, /en/check is ${en.js.gzip} bytes: they differ by ${delta} (allowed ${BUDGETS.localeDelta})`,
      ).toBeLessThanOrEqual(BUDGETS.localeDelta);
    });
  }

  for (const locale of locales()) {
    test(`/${locale}/navigator carries only its own language: HTML at most ${NAVIGATOR_HTML_BUDGET} B gzip`, async ({
      request,
      baseURL,
    }) => {
      const fl = (await firstLoad(request, baseURL!, `/${locale}/navigator`))!;
      console.log(`[budget] /${locale}/navigator: HTML ${fl.html.bytes} B, ${fl.html.gzip} B gzip`);
      expect(fl.html.gzip).toBeLessThanOrEqual(NAVIGATOR_HTML_BUDGET);
      const html = await (await request.get(`/${locale}/navigator`)).text();
      // No other language's catalogue is inlined: its own name for itself appears only in the menu.
      for (const other of locales().filter((l) => l !== locale)) {
        const summary = await (await request.get(`/${other}/summary.json`)).json();
        expect(html.includes(JSON.stringify(summary.ui.nav.intro).slice(1, -1)), `${other}'s words in /${locale}/navigator`).toBe(false);
      }
    });
  }
});

test.describe('results content budgets (characters, issues #13 and #16)', () => {
  for (const locale of locales()) {
    const budget = resultsContentBudget(locale);
    test(`/${locale}/results.json is at most ${budget} characters`, async ({ request }) => {
      const res = await request.get(`/${locale}/results.json`);
      expect(res.status()).toBe(200);
      const body = await res.body();
      const chars = body.toString('utf8').length;
      const gzip = gzipSync(body, { level: 9 }).length;
      const size = `${locale}: ${chars} characters, ${body.length} B raw, ${gzip} B gzip (budget ${budget} characters)`;
      console.log(`[budget] results content ${size}`);
      test.info().annotations.push({ type: 'size', description: size });
      expect(chars, `/${locale}/results.json: ${size}`).toBeLessThanOrEqual(budget);
    });
  }
});

test.describe('offline precache budget (gzip bytes, issue #17)', () => {
  // Written by scripts/offline.mjs after the build: what "Keep Untangle on this phone" keeps.
  const report = JSON.parse(readFileSync('.next/offline-report.json', 'utf8')) as { perLocale: Record<string, number> };
  for (const locale of locales()) {
    test(`keeping /${locale} offline takes at most ${PRECACHE_BUDGET} bytes`, () => {
      const bytes = report.perLocale[locale];
      console.log(`[budget] offline precache ${locale}: ${bytes} B gzip (budget ${PRECACHE_BUDGET})`);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET);
    });
  }
});
