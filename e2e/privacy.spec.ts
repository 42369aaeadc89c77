import { CHANNEL_IDS } from '@/questionnaire/channels';
import { locales } from '@/content/load';
import { expect, test, type Page } from '@playwright/test';
import type { Answers } from '@/questionnaire/questions';
import { answer, expectNoAxeViolations, shownChannels, switchLanguage } from './helpers';

const NEUTRAL = 'https://www.weather.gov/';

/** The neutral site is outside this machine's reach: answer it locally. */
async function stubNeutralSite(page: Page) {
  await page.route('https://www.weather.gov/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
}

/**
 * Different people: the requests must not differ between them, but for one: the file of the
 * state or territory named (its counties, ICE's list there, local help), the same for everyone
 * who names it. Nothing ever names a county.
 */
const situations: Record<string, { answers: Answers; rest?: 'no' | 'skip' }> = {
  arrested: { answers: { state: 'CA', county: '06037', police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'yes', probation: 'yes' } },
  nothing: { answers: { state: 'OH' } },
  private: { answers: {}, rest: 'skip' },
  license: { answers: { state: 'NY', agreement287g: 'unsure', license: 'yes', field: 'yes' } },
};
/** People in one state who differ only in their county (on ICE's list, not on it, not given). */
const counties: Record<string, { answers: Answers }> = {
  galveston: { answers: { state: 'TX', county: '48167', police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'no' } },
  harris: { answers: { state: 'TX', county: '48201', police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'no' } },
  skipped: { answers: { state: 'TX', county: 'skip', police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'no', agreement287g: 'yes' } },
};
const placeFile = (u: string) => /\/places\/[A-Z]{2}\.json$/.test(new URL(u).pathname);

async function complete(page: Page, { answers, rest = 'no' }: { answers: Answers; rest?: 'no' | 'skip' }) {
  await answer(page, answers, { rest });
  await expect(page.locator('[data-results]')).toBeVisible();
}

test.describe('nothing a person answers leaves the device', () => {
  async function requestsOf(page: Page, baseURL: string, people: Record<string, { answers: Answers; rest?: 'no' | 'skip' }>) {
    const seen: Record<string, string[]> = {};
    for (const [name, steps] of Object.entries(people)) {
      const urls = new Set<string>();
      const onRequest = (r: { url: () => string }) => urls.add(r.url());
      page.on('request', onRequest);
      await page.goto('/en/check');
      const title = await page.title();
      await complete(page, steps);
      await page.waitForLoadState('networkidle');
      expect(await page.title(), 'the title never carries answers').toBe(title);
      expect(page.url()).toBe(`${baseURL}/en/check`);
      page.off('request', onRequest);
      seen[name] = [...urls].sort();
      for (const u of urls) expect(new URL(u).origin, u).toBe(new URL(baseURL).origin);
      await page.goto('about:blank');
    }
    return seen;
  }

  test('the requested URLs are the same whatever the answers, and all same-origin, but the named state’s file', async ({
    page,
    baseURL,
  }) => {
    const seen = await requestsOf(page, baseURL!, situations);
    for (const [name, urls] of Object.entries(seen)) {
      const state = situations[name]!.answers.state;
      expect(
        urls.filter(placeFile).map((u) => new URL(u).pathname),
        name,
      ).toEqual(state ? [`/places/${state}.json`] : []);
    }
    const [first, ...rest] = Object.values(seen).map((urls) => urls.filter((u) => !placeFile(u)));
    for (const urls of rest) expect(urls).toEqual(first);
  });

  test('answers that differ only in the county request exactly the same URLs', async ({ page, baseURL }) => {
    const seen = await requestsOf(page, baseURL!, counties);
    expect(seen.galveston).toContain(`${baseURL}/places/TX.json`);
    expect(seen.harris).toEqual(seen.galveston);
    expect(seen.skipped).toEqual(seen.galveston);
  });

  test('answering makes no request but, once, the named state’s file', async ({ page, baseURL }) => {
    await page.goto('/en/check');
    await page.waitForLoadState('networkidle');
    const during: string[] = [];
    page.on('request', (r) => during.push(r.url()));
    await complete(page, situations.arrested!);
    await page.waitForLoadState('networkidle');
    expect(during).toEqual([`${baseURL}/places/CA.json`]);
  });

  test('no cookies and no web storage after a whole conversation', async ({ page, context }) => {
    await page.goto('/en/check');
    await complete(page, situations.arrested!);
    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, idb: 0 });
  });
});

test.describe('quick exit', () => {
  test.beforeEach(async ({ page }) => stubNeutralSite(page));

  test('the button wipes the answers and Back does not show them', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('link', { name: 'Start' }).click();
    await answer(page, { state: 'TX', county: 'skip', police: 'yes' }, { rest: null });
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Texas');
    await page.goto('/en/check');
    await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(0);
  });

  test('works on the results page too and clears saved answers', async ({ page }) => {
    await page.goto('/en/check');
    await page.getByRole('checkbox', { name: 'Save my answers on this device' }).check();
    await complete(page, situations.license!);
    expect(await page.evaluate(() => localStorage.length)).toBe(1);
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
    await page.goto('/en/check');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(0);
  });

  test('Shift pressed three times leaves; a status counts the presses', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'UT' }, { rest: null });
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').filter({ hasText: 'Quick exit' })).toHaveText('Quick exit: Shift pressed 1 of 3 times.');
    await page.keyboard.press('Shift');
    await expect(page.getByRole('status').filter({ hasText: 'Quick exit' })).toHaveText('Quick exit: Shift pressed 2 of 3 times.');
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
  });

  test('Shift used as a modifier does not count', async ({ page }) => {
    await page.goto('/en/check');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A'); // typing a capital letter resets the count
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/en\/check$/);
    await expect(page.getByRole('status').filter({ hasText: 'Quick exit' })).toHaveText('Quick exit: Shift pressed 1 of 3 times.');
  });

  test('a page restored from the back/forward cache starts fresh', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'OR', county: 'skip', police: 'yes' }, { rest: null });
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))),
    ]);
    await expect(page.locator('#current-question')).toHaveText(/state or territory/i);
    await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(0);
  });

  test('the landing page explains quick exit and links to the safety page', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByRole('heading', { name: 'Leave fast if you need to' })).toBeVisible();
    await page.getByRole('link', { name: /stay safe/i }).click();
    await expect(page).toHaveURL(/\/en\/safety$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying safe');
    await expect(page.locator('main')).toContainText(/does not erase your browser history/i);
    await expectNoAxeViolations(page);
  });
});

test.describe('saving on this device (opt-in)', () => {
  test('is off by default; when on, answers come back after a reload until deleted', async ({ page }) => {
    await page.goto('/en/check');
    const box = page.getByRole('checkbox', { name: 'Save my answers on this device' });
    await expect(box).not.toBeChecked();
    await box.check();
    await answer(page, { state: 'NV', county: 'skip', police: 'no' }, { rest: null });
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveText('We opened the answers you saved on this device.');
    await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(3);
    await expect(page.locator('#current-question')).toHaveText(/287\(g\)/);
    await page.getByRole('button', { name: 'Delete saved answers now' }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect(box).not.toBeChecked();
    await expectNoAxeViolations(page);
  });

  for (const [name, record] of [
    ['corrupt', '{not json'],
    ['outdated', JSON.stringify({ v: 0, savedAt: '2026-01-01T00:00:00Z', answers: { police: 'yes' } })],
    ['tampered', JSON.stringify({ v: 1, savedAt: '2026-01-01T00:00:00Z', answers: { police: 'yes', name: 'Ana' } })],
  ] as const) {
    test(`a ${name} saved record is deleted with a short message`, async ({ page }) => {
      await page.goto('/en');
      await page.evaluate((r) => localStorage.setItem('untangle.saved', r), record);
      await page.goto('/en/check');
      await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await expect(page.locator('#current-question')).toHaveText(/state or territory/i);
    });
  }
});

test.describe('security headers and CSP', () => {
  const CHANNELS = CHANNEL_IDS;
  const pages = [
    '',
    '/check',
    '/safety',
    '/learn',
    '/about',
    '/navigator',
    '/card',
    '/plan',
    '/records',
    '/results.json',
    ...CHANNELS.map((c) => `/learn/${c}`),
  ];
  // Every route of every language, the root, the 404 page and the privacy text (the embed and
  // the widget loader have their own framing rules, tested in embed.spec.ts).
  const routes = ['/', '/nowhere', '/privacy.md', ...locales().flatMap((l) => pages.map((p) => `/${l}${p}`))];
  test('every route sends the security headers', async ({ request }) => {
    for (const route of routes) {
      const res = await request.get(route, { maxRedirects: 0 });
      const h = res.headers();
      const csp = h['content-security-policy'] ?? '';
      expect(csp, route).toContain("default-src 'self'");
      expect(csp, route).toContain("frame-ancestors 'none'");
      expect(csp, route).toContain("object-src 'none'");
      expect(csp, route).toContain("base-uri 'none'");
      expect(csp, route).not.toContain('unsafe-eval');
      expect(csp.match(/script-src[^;]*/)?.[0], route).not.toContain('unsafe-inline');
      expect(h['referrer-policy'], route).toBe('no-referrer');
      expect(h['x-content-type-options'], route).toBe('nosniff');
      expect(h['permissions-policy'], route).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\).*interest-cohort=\(\)/);
      expect(h['cross-origin-opener-policy'], route).toBe('same-origin');
      expect(h['x-powered-by'], route).toBeUndefined();
    }
  });

  test('the CSP blocks nothing the app needs', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const route of ['/en', '/en/safety', '/nowhere']) await page.goto(route);
    // In-app navigation too: pages arrive as data, with their styles.
    await page.goto('/en');
    await page.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(/\/en\/check$/);
    await switchLanguage(page, 'Español');
    await page.waitForURL(/\/es\/check$/);
    await page.getByRole('link', { name: 'Conozca cada camino' }).click();
    await page.waitForURL(/\/es\/learn$/);
    await page.goto('/en/check');
    await complete(page, situations.arrested!);
    expect(await shownChannels(page)).toContain('applies:fingerprint-sharing');
    expect(violations).toEqual([]);
  });
});
