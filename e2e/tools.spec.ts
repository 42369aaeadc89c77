import { expect, test, type Page } from '@playwright/test';
import { answer, expectNoAxeViolations, TEXAS } from './helpers';

const NEUTRAL = 'https://www.weather.gov/';

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
}
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const WORDS = {
  en: { card: 'Know-your-rights card', plan: 'Family preparedness plan', records: 'Records about you, and how to ask for them' },
  es: { card: 'Tarjeta de derechos', plan: 'Plan de preparación familiar', records: 'Registros sobre usted, y cómo pedirlos' },
} as const;

for (const locale of ['en', 'es'] as const) {
  test.describe(`the tools made on the device (${locale})`, () => {
    for (const tool of ['card', 'plan', 'records'] as const) {
      test(`/${locale}/${tool}: in its language, passes axe, fits 320 px, neutral title`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 740 });
        await page.goto(`/${locale}/${tool}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORDS[locale][tool]);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        // The tab's title names the tool in one plain word, not the person's situation.
        expect(await page.title()).toMatch(/^(Card|Plan|Records|Tarjeta|Registros) · Untangle$/);
        await noSidewaysScroll(page);
        await expectNoAxeViolations(page);
      });
    }

    test('the card: the person’s language beside English, full screen, one printed page', async ({ page }) => {
      await page.goto(`/${locale}/card`);
      const officer = page.locator('[data-card-side="officer"]');
      await expect(officer).toHaveAttribute('lang', 'en');
      await expect(officer).toContainText('I choose to remain silent.');
      await expect(officer).toContainText('warrant signed by a judge');
      await expect(officer).toContainText('I will not sign anything');
      if (locale === 'es') await expect(page.locator('[data-card-side="own"]')).toContainText('Elijo guardar silencio.');
      else await expect(page.locator('[data-card-side="own"]')).toHaveCount(0);
      await expect(page.locator('[data-card-cannot]')).toContainText(locale === 'en' ? 'does not stop an arrest' : 'no impide un arresto');
      await page.locator('[data-card-show]').click();
      await expect(page.locator('[data-card]')).toHaveAttribute('data-full', '');
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-card]')).not.toHaveAttribute('data-full', /.*/);
      const pdf = await page.pdf({ format: 'Letter' });
      console.log(`[card] /${locale}/card prints on ${pdfPages(pdf)} page(s)`);
      expect(pdfPages(pdf)).toBe(1);
    });
  });
}

test.describe('the plan', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('https://www.weather.gov/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
    );
  });

  test('is kept in memory only: a reload forgets it unless saving was chosen', async ({ page }) => {
    await page.goto('/en/plan');
    await page.locator('[data-plan-field="contact-1"]').fill('Ana 555-0100');
    await page.locator('[data-plan-check="memorize"]').check();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // Another page of the app and back: still there (memory).
    await page.getByRole('link', { name: 'Staying safe' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staying safe');
    await page.goBack();
    await expect(page.locator('[data-plan-field="contact-1"]')).toHaveValue('Ana 555-0100');
    await page.reload();
    await expect(page.locator('[data-plan-field="contact-1"]')).toHaveValue('');
    // Now with saving on.
    await page.locator('[data-plan-field="contact-1"]').fill('Ana 555-0100');
    await page.locator('[data-plan-save]').check();
    await page.locator('[data-plan-check="memorize"]').check();
    await page.reload();
    await expect(page.locator('[data-plan-field="contact-1"]')).toHaveValue('Ana 555-0100');
    await expect(page.locator('[data-plan-check="memorize"]')).toBeChecked();
    await expect(page.locator('[data-plan-message]')).toHaveText('We opened the plan you saved on this device.');
    await page.getByRole('button', { name: 'Delete my saved plan now' }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('a corrupt saved plan is deleted with a short message', async ({ page }) => {
    // Written from a page that never reads it, so only the plan page's first look finds it.
    await page.goto('/en/about');
    await page.evaluate(() => localStorage.setItem('untangle.plan', '{"v":1,"fields":{"ssn":"123"}'));
    await page.goto('/en/plan');
    await expect(page.locator('[data-plan-message]')).toHaveText('A saved plan on this device could not be read, so we deleted it.');
    expect(await page.evaluate(() => localStorage.getItem('untangle.plan'))).toBeNull();
  });

  test('quick exit wipes it, in memory and on the device', async ({ page }) => {
    await page.goto('/en/plan');
    await page.locator('[data-plan-save]').check();
    await page.locator('[data-plan-field="caregiver"]').fill('Luis');
    expect(await page.evaluate(() => localStorage.getItem('untangle.plan'))).toContain('Luis');
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
    await page.goto('/en/plan');
    await expect(page.locator('[data-plan-field="caregiver"]')).toHaveValue('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('lists the person’s next steps to tick, after the questions; New client clears it', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, TEXAS);
    await page.locator('[data-next-steps] [data-step-tool="plan"]').click();
    await expect(page).toHaveURL(/\/en\/plan$/);
    const steps = page.locator('[data-plan-steps] [data-plan-step]');
    expect(await steps.count()).toBeGreaterThan(2);
    await page.getByRole('checkbox', { name: 'Make a family plan' }).check();
    await page.locator('[data-plan-field="lawyer-contact"]').fill('Legal aid 555-0199');
    // The navigator's New client wipes the plan too.
    await page.goto('/en/navigator');
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('link', { name: 'Family plan' }).click();
    await expect(page.locator('[data-plan-field="lawyer-contact"]')).toHaveValue('');
    await expect(page.locator('[data-plan-steps] [data-plan-step]')).toHaveCount(0);
  });
});

test.describe('your records', () => {
  test('Texas persona: the FBI record may exist; California’s gang-database request is not shown', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, TEXAS);
    await page.locator('[data-tools]').getByRole('link', { name: 'Your records' }).click();
    const likely = page.locator('[data-records-likely]');
    await expect(likely.locator('[data-record="fbi-identity-history"]')).toBeVisible();
    await expect(page.locator('[data-record="ca-gang-database"]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('without answers: every record, California’s labelled as California only; a link opens its record', async ({ page }) => {
    await page.goto('/en/records#foia-uscis');
    await expect(page.locator('[data-record="ca-gang-database"]')).toContainText('Only in California');
    await expect(page.locator('[data-record="foia-uscis"] details[data-fold]')).toHaveAttribute('open', '');
    await expect(page.locator('[data-record="foia-uscis"]')).toContainText("Lee's Summit, MO 64064-5570");
  });

  test('a letter is filled on the device: nothing is requested, nothing goes in the URL, and it prints alone', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/es/records');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const record = page.locator('[data-record="foia-ice"]');
    await record.locator('details[data-fold] > summary').click();
    await record.locator('[data-letter] > summary').click();
    await record.locator('[data-letter-field="fullName"]').fill('Ana Díaz');
    await record.locator('[data-letter-field="aNumber"]').fill('A012345678');
    const letter = record.locator('[data-letter-text]');
    await expect(letter).toContainText('Full name: Ana Díaz');
    await expect(letter).toContainText('500 12th Street SW, Stop 5009');
    await expect(letter).toContainText('I declare under penalty of perjury');
    await expect(letter).toHaveAttribute('lang', 'en');
    expect(requests).toEqual([]);
    expect(page.url()).toBe(`${baseURL}/es/records`);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('the tools ask for the same files whatever a person types', () => {
  const people = [
    { plan: 'Ana 555-0100', letter: 'Ana Díaz' },
    { plan: 'Luis 555-0199', letter: 'Luis Pérez' },
  ];
  test('the plan and the records request the same URLs for different inputs, all same-origin', async ({ page, baseURL }) => {
    const seen: string[][] = [];
    for (const person of people) {
      const urls = new Set<string>();
      page.on('request', (r) => urls.add(r.url()));
      await page.goto('/en/plan');
      await page.locator('[data-plan-field="contact-1"]').fill(person.plan);
      await page.goto('/en/records');
      await page.locator('[data-record="foia-ice"] details[data-fold] > summary').click();
      await page.locator('[data-record="foia-ice"] [data-letter] > summary').click();
      await page.locator('[data-record="foia-ice"] [data-letter-field="fullName"]').fill(person.letter);
      await page.waitForLoadState('networkidle');
      page.removeAllListeners('request');
      for (const u of urls) expect(new URL(u).origin).toBe(new URL(baseURL!).origin);
      seen.push([...urls].sort());
      await page.goto('about:blank');
    }
    expect(seen[1]).toEqual(seen[0]);
  });
});
