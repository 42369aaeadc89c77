import { expect, test, type Page } from '@playwright/test';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { markerCounts } from '@/content/readability';
import { EVERYONE_CHANNELS } from '@/questionnaire/results';
import { answer, currentQuestion, expectNoAxeViolations, shownChannels, languageLink, switchLanguage } from './helpers';

/** Share of common English function words among English + Spanish ones in the visible text. */
async function englishShareOfPage(page: Page) {
  const text = await page.locator('body').evaluate((b) => {
    // Source titles are English on purpose and carry lang="en": leave them out.
    const clone = b.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('script, style, template, noscript, .sr-only:empty').forEach((el) => el.remove());
    clone.querySelectorAll('[lang]:not(html)').forEach((el) => {
      if (!el.getAttribute('lang')?.startsWith('es')) el.remove();
    });
    return (clone.textContent ?? '').toLowerCase();
  });
  const { en, es } = markerCounts(text);
  return { share: en / Math.max(1, en + es), spanishWords: es };
}

test.describe('en español, en un teléfono', () => {
  test('arrested in Illinois, no sanctuary: fingerprints, jail and NCIC apply', async ({ page }) => {
    await page.goto('/es/check');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await answer(page, { state: 'IL', police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'no' });
    expect(await shownChannels(page)).toEqual(['applies:fingerprint-sharing', 'applies:jail-access', 'applies:ncic-checks']);
    await expect(page.locator('[data-results]')).toContainText('Aplica en su caso');
    const { share, spanishWords } = await englishShareOfPage(page);
    expect(spanishWords).toBeGreaterThan(200);
    expect(share).toBeLessThan(0.02);
    await expectNoAxeViolations(page);
  });

  test('a license and a gang label in Texas: DMV and gang databases apply', async ({ page }) => {
    await page.goto('/es/check');
    await answer(page, { state: 'TX', license: 'yes', gang: 'yes' });
    expect(await shownChannels(page)).toEqual(['applies:dmv-records', 'applies:gang-databases']);
    expect((await englishShareOfPage(page)).share).toBeLessThan(0.02);
  });

  test('prefers not to say anything: every channel may apply', async ({ page }) => {
    await page.goto('/es/check');
    await expect(page.locator('button[data-answer="skip"]')).toHaveText('Prefiero no decirlo');
    await answer(page, {}, { rest: 'skip' });
    const shown = await shownChannels(page);
    expect(shown).toHaveLength(CHANNEL_IDS.length - EVERYONE_CHANNELS.length);
    expect(shown.every((s) => s.startsWith('may-apply:'))).toBe(true);
    await expect(page.locator('article[data-channel="287g"]')).toContainText('Puede aplicar');
  });

  test('the landing page, safety page and 404 are in Spanish and pass axe', async ({ page }) => {
    await page.goto('/es');
    await expect(page.getByRole('link', { name: 'Salida rápida' })).toBeVisible();
    expect((await englishShareOfPage(page)).share).toBeLessThan(0.02);
    await expectNoAxeViolations(page);
    await page.goto('/es/safety');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    expect((await englishShareOfPage(page)).share).toBeLessThan(0.02);
    await expectNoAxeViolations(page);
  });
});

test.describe('changing language', () => {
  test('mid-conversation keeps every answer and the position, in the new language', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'NY', county: 'skip', police: 'yes', arrested: 'no' }, { rest: null });
    expect(await currentQuestion(page)).toBe('agreement287g');
    await switchLanguage(page, 'Español');
    await expect(page).toHaveURL(/\/es\/check$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(4);
    await expect(page.locator('[role="log"]')).toContainText('Nueva York');
    await expect(page.locator('#current-question')).toContainText('287(g)');
    await expect(page.locator('#current-question')).toContainText('alguacil');
    await expect(page.getByRole('button', { name: 'Atrás' })).toBeEnabled();
    // ...and back again, after finishing in Spanish.
    await answer(page, { license: 'yes' });
    await switchLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await shownChannels(page)).toEqual(['applies:ncic-checks', 'applies:dmv-records']);
    await expect(page.locator('[data-results]')).toContainText('Applies to you');
  });

  test('every page links to the same page in the other language', async ({ page }) => {
    for (const [from, to] of [
      ['/en', '/es'],
      ['/es/safety', '/en/safety'],
    ] as const) {
      await page.goto(from);
      const name = to.startsWith('/es') ? 'Español' : 'English';
      const link = await languageLink(page, name);
      await expect(link).toHaveAttribute('href', to);
      await expect(link).toHaveAttribute('lang', to.slice(1, 3));
    }
  });
});

test.describe('the root page picks a language', () => {
  test.use({ locale: 'es-MX' });
  test('a browser that prefers Spanish goes to /es, and both are offered', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
});
