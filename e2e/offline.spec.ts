import { expect, test, type Page } from '@playwright/test';
import { answer, openFolds, shownChannels, TEXAS, TEXAS_PATHS } from './helpers';

/** What this origin keeps: service worker registrations, caches, and web storage. */
const kept = (page: Page) =>
  page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
    storage: localStorage.length + sessionStorage.length,
  }));

test.describe('offline and installable, by choice', () => {
  test('a first visit registers nothing and stores nothing, and never asks for the service worker', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/en/check');
    await answer(page, TEXAS);
    await page.goto('/en/safety');
    await expect(page.locator('[data-offline]')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await kept(page)).toEqual({ registrations: 0, caches: 0, storage: 0 });
    expect(requested.filter((p) => p === '/sw.js' || p.endsWith('.webmanifest'))).toEqual([]);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
  });

  test('kept from the results, it works with no network: a whole conversation, a learn page and the card', async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.goto('/en/check');
    await answer(page, TEXAS);
    await page.locator('[data-results] [data-offline-keep]').click();
    await expect(page.locator('[data-results] [data-offline-status="kept"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/en/manifest.webmanifest');

    await context.setOffline(true);
    await page.reload();
    await answer(page, TEXAS);
    expect(await shownChannels(page)).toEqual(TEXAS_PATHS);
    await openFolds(page);
    await page.locator('article[data-channel="dmv-records"]').getByRole('link', { name: 'Learn more about this path' }).click();
    await expect(page).toHaveURL(/\/en\/learn\/dmv-records$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/en/card');
    await expect(page.locator('[data-card-side="officer"]')).toContainText('I choose to remain silent.');
    await context.setOffline(false);
  });

  test('"Remove Untangle from this phone" leaves no service worker, no caches and no storage', async ({ page }) => {
    await page.goto('/en/safety');
    await page.locator('[data-offline-keep]').click();
    await expect(page.locator('[data-offline-status="kept"]')).toBeVisible({ timeout: 60_000 });
    // Saved answers go too.
    await page.evaluate(() => localStorage.setItem('untangle.saved', '{"v":1}'));
    expect((await kept(page)).registrations).toBe(1);
    await page.locator('[data-offline-remove]').click();
    await expect(page.locator('[data-offline-status="removed"]')).toBeVisible();
    expect(await kept(page)).toEqual({ registrations: 0, caches: 0, storage: 0 });
  });

  test('quick exit removes the offline copy too', async ({ page }) => {
    await page.route('https://www.weather.gov/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
    );
    await page.goto('/en/safety');
    await page.locator('[data-offline-keep]').click();
    await expect(page.locator('[data-offline-status="kept"]')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL('https://www.weather.gov/');
    await page.goto('/en/about');
    await expect.poll(() => kept(page)).toEqual({ registrations: 0, caches: 0, storage: 0 });
  });

  test('the manifest starts in the language, stands alone, and has its icons; a plain-name variant', async ({ request }) => {
    const res = await request.get('/es/manifest.webmanifest');
    expect(res.headers()['content-type']).toContain('application/manifest+json');
    const m = await res.json();
    expect(m).toMatchObject({ name: 'Untangle', start_url: '/es', display: 'standalone', lang: 'es' });
    expect(m.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of m.icons) {
      const png = await request.get(icon.src);
      expect(png.headers()['content-type']).toBe('image/png');
    }
    const plain = await (await request.get('/es/manifest-plain.webmanifest')).json();
    expect(plain).toMatchObject({ name: 'Notas', short_name: 'Notas', start_url: '/es' });
    const ar = await (await request.get('/ar/manifest.webmanifest')).json();
    expect(ar).toMatchObject({ dir: 'rtl', start_url: '/ar' });
  });

  test('the service worker comes from the app’s own origin, allowed by the CSP', async ({ request }) => {
    const page = await request.get('/en/safety');
    expect(page.headers()['content-security-policy']).toContain("worker-src 'self'");
    expect(page.headers()['content-security-policy']).toContain("manifest-src 'self'");
    const sw = await request.get('/sw.js');
    expect(sw.status()).toBe(200);
    expect(await sw.text()).toMatch(/const VERSION = "[0-9a-f]{16}"/);
  });
});
