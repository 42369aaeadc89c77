import { expect, test, type Page } from '@playwright/test';
import { loadCatalogue, locales } from '@/content/load';
import { answer, expectNoAxeViolations, openFolds, shownChannels, switchLanguage, TEXAS, TEXAS_PATHS } from './helpers';

/** Every kind of page a language has (the embed without the site's chrome, and a 404). */
const PAGES = [
  '',
  '/check',
  '/learn',
  '/learn/jail-access',
  '/about',
  '/safety',
  '/card',
  '/plan',
  '/records',
  '/navigator',
  '/embed',
  '/learn/nowhere',
];

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
}

for (const locale of locales()) {
  const { meta, ui } = loadCatalogue(locale);
  test.describe(`${meta.name} (${locale})`, () => {
    for (const path of PAGES) {
      test(`/${locale}${path}: lang and dir, the translation label, 320 px, axe`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 740 });
        const res = await page.goto(`/${locale}${path}`);
        if (path.endsWith('nowhere')) {
          expect(res?.status()).toBe(404);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.notFound.title);
        }
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('html')).toHaveAttribute('dir', meta.dir);
        const label = page.locator('[data-translation]');
        if (meta.translation.status === 'source') await expect(label).toHaveCount(0);
        else {
          await expect(label).toHaveAttribute('data-translation', meta.translation.status);
          await expect(label).toBeVisible();
        }
        await noSidewaysScroll(page);
        await expectNoAxeViolations(page);
      });
    }

    test('a whole conversation by answer ids, in this language, reaches the same results as in English', async ({ page }) => {
      await page.goto(`/${locale}/check`);
      await answer(page, TEXAS);
      expect(await shownChannels(page)).toEqual(TEXAS_PATHS);
      await expect(page.locator('[data-results] ol[data-next-steps] > li').first()).toBeVisible();
      await expect(page.locator('#results-heading')).toHaveText(ui.results.heading);
      await openFolds(page);
      await noSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  });
}

test('the language menu lists every language in its own name, and switching keeps the answers and the position', async ({ page }) => {
  await page.goto('/en/check');
  await answer(page, { state: 'TX', county: 'skip', police: 'yes' }, { rest: null });
  const menu = page.locator('[data-language-menu]');
  await menu.locator('summary').click();
  const links = menu.getByRole('link');
  await expect(links).toHaveCount(locales().length);
  for (const l of locales()) await expect(menu.locator(`a[lang="${l}"]`)).toHaveText(loadCatalogue(l).meta.name);
  for (const l of locales().filter((x) => x !== 'en')) {
    await switchLanguage(page, loadCatalogue(l).meta.name);
    await expect(page).toHaveURL(new RegExp(`/${l}/check$`));
    await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(3);
    await expect(page.locator('[data-question="arrested"]')).toBeVisible();
  }
});

test('the about page lists each language’s translation status', async ({ page }) => {
  await page.goto('/en/about');
  const rows = page.locator('[data-translation-status] li');
  await expect(rows).toHaveCount(locales().length);
  for (const l of locales()) {
    const status = loadCatalogue(l).meta.translation.status;
    await expect(page.locator(`[data-translation-status] li:has([lang="${l}"])`)).toHaveAttribute('data-locale-status', status);
  }
});
