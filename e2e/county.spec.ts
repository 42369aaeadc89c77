import { expect, test } from '@playwright/test';
import { answer, currentQuestion, expectNoAxeViolations, openFolds } from './helpers';

/** What each locale says, so the same tests run in English and Spanish. */
const WORDS = {
  en: {
    date: 'May 18, 2026',
    notListed: "Cook County is not on ICE's 287(g) list as of May 18, 2026.",
    whyBoth: "Your county's sheriff and police in your county are on ICE's 287(g) list (as of May 18, 2026).",
    whyNotListed: "Your county is not on ICE's 287(g) list as of May 18, 2026, and ICE adds agencies every week.",
    weekly: 'ICE adds agencies every week',
    countyLabel: 'County in Texas',
  },
  es: {
    date: '18 may 2026',
    notListed: 'Cook County no está en la lista 287(g) de ICE al 18 may 2026.',
    whyBoth: 'El alguacil y policía de su condado están en la lista 287(g) de ICE (al 18 may 2026).',
    whyNotListed: 'Su condado no está en la lista 287(g) de ICE al 18 may 2026, e ICE agrega agencias cada semana.',
    weekly: 'ICE agrega agencias cada semana',
    countyLabel: 'Condado en Texas',
  },
} as const;

const JAIL = { police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'no' } as const;

for (const locale of ['en', 'es'] as const) {
  const w = WORDS[locale];
  test.describe(`the county and ICE’s 287(g) list (${locale})`, () => {
    test('Galveston County, Texas: the county’s agencies on ICE’s list and their models, without the 287(g) question', async ({ page }) => {
      await page.goto(`/${locale}/check`);
      const asked = await answer(page, { state: 'TX', county: '48167', ...JAIL });
      expect(asked).toContain('county');
      expect(asked).not.toContain('agreement287g');
      await expect(page.locator('[data-turn="county"]')).toContainText('Galveston County');
      await expect(page.locator('[data-turn="county"] [data-county-note="listed"]')).toContainText(w.date);
      const card = page.locator('[data-results] article[data-channel="287g"]');
      await expect(card).toHaveAttribute('data-status', 'applies');
      const list = card.locator('[data-county-287g="listed"]');
      await expect(list).toContainText("Galveston County Sheriff's Office");
      await expect(list).toContainText('League City Police Department');
      await expect(list.locator('[data-agency="county"] [data-model]').first()).toContainText(/20\d\d/);
      await expect(list).toContainText(w.date);
      await expect(card.locator('[data-reason="agreement287g"]')).toHaveText(w.whyBoth);
      await expect(card.locator('[data-picture-reason]')).toContainText("Galveston County Sheriff's Office");
      // State agencies are listed apart from the county's own.
      await expect(card.locator('[data-state-agencies]')).toContainText('Texas Department of Public Safety');
      await expect(card.locator('[data-state-agencies] [data-agency]').first()).toHaveAttribute('data-agency', 'state');
      await expectNoAxeViolations(page);
    });

    test('Cook County, Illinois (no rows): “not on ICE’s list as of …”, never “no agreement”', async ({ page }) => {
      await page.goto(`/${locale}/check`);
      const asked = await answer(page, { state: 'IL', county: '17031', ...JAIL });
      expect(asked).not.toContain('agreement287g');
      const card = page.locator('[data-results] article[data-channel="287g"]');
      await expect(card).toHaveAttribute('data-status', 'may-apply');
      await expect(card.locator('[data-not-listed]')).toHaveText(w.notListed);
      await expect(card.locator('[data-county-287g]')).toContainText(w.weekly);
      await expect(card.locator('[data-county-287g] a[href="https://www.ice.gov/identify-and-arrest/287g"]')).toHaveCount(1);
      await expect(card.locator('[data-reason="agreement287g"]')).toHaveText(w.whyNotListed);
      await expect(card).not.toContainText(/no agreement|ningún acuerdo|no tiene acuerdo/i);
      await expectNoAxeViolations(page);
    });

    test('skipping the county asks today’s 287(g) question', async ({ page }) => {
      await page.goto(`/${locale}/check`);
      await answer(page, { state: 'TX', county: 'skip', police: 'no' }, { rest: null });
      expect(await currentQuestion(page)).toBe('agreement287g');
      await answer(page, { agreement287g: 'yes' });
      const card = page.locator('[data-results] article[data-channel="287g"]');
      await expect(card).toHaveAttribute('data-status', 'applies');
      await expect(card.locator('[data-county-287g]')).toHaveCount(0);
    });
  });
}

test.describe('the county picker', () => {
  test('works by keyboard (the list’s own type-ahead), needs a choice before Continue, and passes axe', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'TX' }, { rest: null });
    expect(await currentQuestion(page)).toBe('county');
    const list = page.getByRole('combobox', { name: WORDS.en.countyLabel });
    await expect(list.locator('option')).toHaveCount(254 + 1); // Texas's 254 counties and the placeholder
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /choose a county/i })).toBeVisible();
    await list.focus();
    await page.keyboard.type('Galv');
    await expect(list).toHaveValue('48167');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await currentQuestion(page)).toBe('police');
  });

  test('if the county list cannot load, the person is told and can go on with “Not sure”', async ({ page }) => {
    await page.route('**/places/TX.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('/en/check');
    await answer(page, { state: 'TX' }, { rest: null });
    await expect(page.locator('[data-county-list="failed"]')).toHaveText(
      'The list of counties could not load. You can pick “Not sure” and go on.',
    );
    await expectNoAxeViolations(page);
    await answer(page, { county: 'unsure', police: 'no' }, { rest: null });
    expect(await currentQuestion(page)).toBe('agreement287g');
  });

  test('a malformed county file is refused whole, with the same message', async ({ page }) => {
    await page.route('**/places/TX.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ v: 1, place: 'CA' }) }),
    );
    await page.goto('/en/check');
    await answer(page, { state: 'TX' }, { rest: null });
    await expect(page.locator('[data-county-list="failed"]')).toBeVisible();
  });

  test('at 320 px the county’s list and the results fit without sideways scroll', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto('/en/check');
    await answer(page, { state: 'TX', county: '48167', ...JAIL });
    await openFolds(page);
    await expect(page.locator('[data-county-287g="listed"]')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
});

test.describe('local help', () => {
  test('Los Angeles County, California: its rapid response networks, with their source, as tel: links', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'CA', county: '06037' });
    const help = page.locator('[data-local-help="CA"]');
    await expect(help).toContainText('Los Angeles Raids and Rapid Response Network');
    await expect(help.locator('a[href="tel:8886244752"]')).toHaveCount(1);
    await expect(help).toContainText('Listed by Informed Immigrant');
    // Networks that cover other counties only are not shown.
    await expect(help).not.toContainText('Marin Rapid Response Network');
    await expect(help.locator('[data-legal-help] a')).toHaveAttribute(
      'href',
      'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
    );
    await expectNoAxeViolations(page);
  });

  test('a state without a sourced hotline says so and gives the legal-help list, never a guess', async ({ page }) => {
    await page.goto('/es/check');
    await answer(page, { state: 'TX', county: 'skip' });
    const help = page.locator('[data-local-help="TX"]');
    await expect(help.locator('[data-no-hotline]')).toContainText('No encontramos una línea de respuesta rápida para Texas');
    await expect(help.locator('[data-hotline]')).toHaveCount(0);
    await expect(help.locator('[data-legal-help]')).toHaveCount(1);
  });

  test('Colorado: a statewide hotline checked on its owner’s page', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'CO', county: 'skip' });
    const help = page.locator('[data-local-help="CO"] [data-hotline]');
    await expect(help).toContainText('Covers all of Colorado.');
    await expect(help).toContainText("Checked on the group's own page on Nov 26, 2026.");
    await expect(help.locator('a[href^="tel:"]')).toHaveAttribute('href', 'tel:18448648341');
  });
});
