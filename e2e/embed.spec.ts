import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { answer, expectNoAxeViolations, WCAG_TAGS } from './helpers';

const NEUTRAL = 'https://www.weather.gov/';
const template = readFileSync(path.join(__dirname, 'fixtures', 'partner.html'), 'utf8');

/** A partner's site on another origin (another port), serving the snippet with given attributes. */
let partner: http.Server;
let partnerOrigin = '';
test.beforeAll(async ({ baseURL }) => {
  partner = http.createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const html = template
      .replace('__UNTANGLE_ORIGIN__', baseURL!)
      .replace('__LOCALE__', q.get('locale') ?? 'en')
      .replace('__PARTNER__', q.get('partner') ?? 'Example Legal Aid')
      .replace('__REFERRAL__', q.get('referral') ?? 'https://example.org/help')
      .replace('__EXTRA__', q.get('extra') ?? '')
      .replace('__FRAME__', '');
    const body = q.get('frame')
      ? `<!doctype html><title>framer</title><iframe title="t" src="${baseURL}${q.get('frame')}"></iframe>`
      : html;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => partner.close(() => resolve())));

const widget = (page: Page) => page.frameLocator('iframe[title^="Untangle"]');

test.describe('the widget on a partner’s page', () => {
  test.use({ viewport: { width: 400, height: 800 } });

  test('inserts a sandboxed, lazy, no-referrer iframe right after the script tag', async ({ page, baseURL }) => {
    await page.goto(`${partnerOrigin}/`);
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveCount(1);
    expect(await page.evaluate(() => document.querySelector('iframe')?.previousElementSibling?.tagName)).toBe('SCRIPT');
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(iframe).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(iframe).toHaveAttribute('title', /Untangle/);
    const sandbox = (await iframe.getAttribute('sandbox'))!.split(' ');
    expect(sandbox).toContain('allow-top-navigation-by-user-activation');
    expect(sandbox).not.toContain('allow-top-navigation');
    const src = new URL((await iframe.getAttribute('src'))!);
    expect(src.origin).toBe(new URL(baseURL!).origin);
    expect(src.pathname).toBe('/en/embed');
    expect(Object.fromEntries(src.searchParams)).toEqual({
      partner: 'Example Legal Aid',
      referral: 'https://example.org/help',
      host: partnerOrigin,
    });
    const size = await page.request.get(`${baseURL}/widget.js`);
    expect(size.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  });

  test('a whole conversation works inside it; it grows with the content and tells the host only its height', async ({ page }) => {
    await page.goto(`${partnerOrigin}/`);
    const frame = widget(page);
    await answer(frame, { state: 'TX' }, { rest: null });
    const heightBefore = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    await answer(frame, { police: 'yes', arrested: 'yes', jail: 'no', agreement287g: 'no', probation: 'no', license: 'yes' });
    await expect(frame.locator('[data-results]')).toBeVisible();
    // Generous timeouts: in a full parallel run the frame renders 17 channels' worth of content slowly.
    await expect(frame.locator('[data-results] > div article[data-channel]')).toHaveCount(3, { timeout: 15_000 });
    await expect(frame.locator('[data-everyone] article[data-channel]')).toHaveCount(1, { timeout: 15_000 });
    // The partner's name and referral link are in the results.
    const help = frame.getByRole('link', { name: 'Get help from Example Legal Aid' });
    await expect(help).toHaveAttribute('href', 'https://example.org/help');
    // The frame is as tall as its content: no inner scrollbar, nothing cut off.
    await expect
      .poll(async () => {
        const outer = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.locator('#main').evaluate((m) => (m as HTMLElement).offsetTop + (m as HTMLElement).offsetHeight);
        return Math.abs(outer - inner) <= 4 && outer > heightBefore;
      })
      .toBe(true);
    const scroll = await frame.locator('html').evaluate((h) => h.scrollHeight - h.clientHeight);
    expect(scroll).toBeLessThanOrEqual(4);
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(typeof m).toBe('number');
  });

  test('bad attributes get defaults and a console warning, never a broken page', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${partnerOrigin}/?locale=xx&partner=&referral=${encodeURIComponent('javascript:alert(1)')}`);
    const src = new URL((await page.locator('iframe').getAttribute('src'))!);
    expect(src.pathname).toBe('/en/embed');
    expect(src.searchParams.has('referral')).toBe(false);
    expect(src.searchParams.has('partner')).toBe(false);
    expect(warnings.join('\n')).toMatch(/data-locale "xx"/);
    expect(warnings.join('\n')).toMatch(/data-referral-url/);
    await expect(page.locator('#after')).toBeVisible();
    await expect(widget(page).locator('#current-question')).toBeVisible();
  });

  test('Spanish works through data-locale', async ({ page }) => {
    await page.goto(`${partnerOrigin}/?locale=es`);
    await expect(widget(page).locator('html')).toHaveAttribute('lang', 'es');
    await expect(widget(page).getByRole('link', { name: 'Salida rápida' })).toBeVisible();
  });

  test('quick exit inside the widget leaves the whole page', async ({ page }) => {
    await page.route('https://www.weather.gov/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto(`${partnerOrigin}/`);
    await widget(page).getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
  });

  test('Shift three times on the host page leaves too, unless the partner turns it off', async ({ page }) => {
    await page.route('https://www.weather.gov/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
    await page.goto(`${partnerOrigin}/?extra=${encodeURIComponent('data-quick-exit="off"')}`);
    await expect(page.locator('iframe')).toHaveCount(1);
    await page.locator('h1').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(page.url()).toContain(partnerOrigin);
    await page.goto(`${partnerOrigin}/`);
    await expect(page.locator('iframe')).toHaveCount(1);
    await page.locator('h1').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
  });

  test('axe finds nothing inside the frame', async ({ page }) => {
    await page.goto(`${partnerOrigin}/`);
    await expect(widget(page).locator('#current-question')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('iframe').withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('framing rules', () => {
  test('only the embed may be framed by another site', async ({ page, request }) => {
    const embed = await request.get('/en/embed');
    expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors https: http:/);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    for (const route of ['/en', '/en/check', '/en/navigator']) {
      const res = await request.get(route);
      expect(res.headers()['content-security-policy'], route).toContain("frame-ancestors 'none'");
      expect(res.headers()['x-frame-options'], route).toBe('DENY');
    }
    // And a browser really refuses: the check page does not render inside another site.
    await page.goto(`${partnerOrigin}/?frame=/en/check`);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    await page.waitForTimeout(500);
    expect(
      await framed
        ?.locator('#current-question')
        .count()
        .catch(() => 0),
    ).toBe(0);
  });

  test('the embed fits 280 px and passes axe on its own', async ({ page }) => {
    await page.setViewportSize({ width: 280, height: 700 });
    await page.goto('/en/embed');
    await expect(page.locator('header')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
    await expectNoAxeViolations(page);
  });
});
