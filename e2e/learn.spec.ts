import { CHANNEL_IDS } from '@/questionnaire/channels';
import { locales } from '@/content/load';
import { expect, test } from '@playwright/test';
import { answer, expectNoAxeViolations, openFolds } from './helpers';

const CHANNELS = CHANNEL_IDS;

test.describe('explainer pages at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of locales()) {
    test(`${locale}: every channel page shows its diagram and its list, with no sideways scrolling`, async ({ page }) => {
      for (const channel of CHANNELS) {
        const res = await page.goto(`/${locale}/learn/${channel}`);
        expect(res?.status(), channel).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        const figure = page.locator('main figure').first();
        await expect(figure.locator('svg[role="img"]')).toBeVisible();
        const rows = await figure.locator('svg g > line').count();
        expect(rows, channel).toBeGreaterThan(0);
        await expect(figure.locator('ul > li')).toHaveCount(rows);
        await expect(page.locator('main h2')).toHaveCount(6);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), channel).toBeLessThanOrEqual(320);
      }
    });
  }

  test('axe finds nothing on the index, a channel page and the about page, in both languages', async ({ page }) => {
    for (const url of ['/en/learn', '/en/learn/fingerprint-sharing', '/en/about', '/es/learn', '/es/learn/dmv-records', '/es/about']) {
      await page.goto(url);
      await expectNoAxeViolations(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
    }
  });
});

test.describe('explainer pages', () => {
  test('the index lists all eight paths, one line each', async ({ page }) => {
    await page.goto('/en/learn');
    await expect(page.locator('main li a[href^="/en/learn/"]')).toHaveCount(CHANNEL_IDS.length);
  });

  test('the fingerprint page corrects the sanctuary myth and dates what is new', async ({ page }) => {
    await page.goto('/en/learn/fingerprint-sharing');
    await expect(page.locator('main dl')).toContainText(/sanctuary/i);
    await expect(page.locator('main dl')).toContainText('False.');
    await expect(page.getByRole('heading', { name: 'What is new since 2018' })).toBeVisible();
    await expect(page.locator('main')).toContainText(/Last reviewed/);
  });

  test('an unknown channel id is a 404 page, not a crash', async ({ page }) => {
    const res = await page.goto('/en/learn/face-scans');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/i);
  });

  test('about lists legal help, every source, review dates and the privacy promise', async ({ page }) => {
    await page.goto('/en/about');
    await expect(page.getByRole('heading', { name: 'Where to find legal help' })).toBeVisible();
    expect(await page.locator('main ol > li').count()).toBeGreaterThan(30);
    await expect(page.locator('main')).toContainText(/last reviewed/i);
    const privacy = await page.request.get('/privacy.md');
    expect(privacy.status()).toBe(200);
    expect(await privacy.text()).toContain('threat model');
  });

  test('results link to explainer pages without fetching them until asked', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/en/check');
    await answer(page, { state: 'CO', license: 'yes' });
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/learn'))).toEqual([]);
    await openFolds(page);
    await page.locator('article[data-channel="dmv-records"]').getByRole('link', { name: 'Learn more about this path' }).click();
    await expect(page).toHaveURL(/\/en\/learn\/dmv-records$/);
    // Answers stay in memory: going back to the check shows the same results.
    await page.goBack();
    await expect(page.locator('article[data-channel="dmv-records"]')).toBeVisible();
  });
});

test.describe('diagrams in forced colours and in print', () => {
  test('lines and labels stay visible in forced-colors mode', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/en/learn/dmv-records');
    await expect(page.locator('main figure svg')).toBeVisible();
    // A horizontal line has no height, so check its paint rather than its box.
    const line = page.locator('main figure svg line').first();
    const { stroke, width } = await line.evaluate((el) => ({
      stroke: getComputedStyle(el).stroke,
      width: el.getBoundingClientRect().width,
    }));
    expect(stroke).not.toBe('none');
    expect(width).toBeGreaterThan(20);
    const textFill = await page
      .locator('main figure svg text')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(textFill).not.toBe('none');
  });

  test('a learn page prints with its diagram and without the site chrome', async ({ page }) => {
    await page.goto('/en/learn/jail-access');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('main figure svg')).toBeVisible();
    await expect(page.locator('header')).toBeHidden();
    await expect(page.getByRole('link', { name: 'Quick exit' })).toBeHidden();
  });
});
