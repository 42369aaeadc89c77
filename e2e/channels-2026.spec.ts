import { expect, test } from '@playwright/test';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { EVERYONE_CHANNELS } from '@/questionnaire/results';
import { answer, currentQuestion, everyoneChannels, expectNoAxeViolations, openFolds, shownChannels } from './helpers';

// Issue #13: the channels of 2025–26, on a phone, answered by data-answer ids.

test.describe('the 2026 channels on a phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/en/check');
    await expect(page.locator('[data-question="state"]')).toBeVisible();
  });

  test('files taxes, a child had emergency Medicaid, checks in with ICE: those three apply', async ({ page }) => {
    const asked = await answer(page, {
      state: 'CA',
      immigrationCase: 'yes',
      uscis: 'no',
      checkins: 'yes',
      court: 'no',
      records: 'yes',
      taxes: 'yes',
      medicaid: 'yes',
      ssn: 'no',
    });
    expect(asked).toEqual(expect.arrayContaining(['uscis', 'checkins', 'court', 'taxes', 'medicaid', 'ssn']));
    expect(await shownChannels(page)).toEqual(['applies:irs-tax-data', 'applies:medicaid-data', 'applies:ice-checkins']);
    expect(await everyoneChannels(page)).toEqual(EVERYONE_CHANNELS);
    // Where courts are still deciding, the card says so with a date.
    await expect(page.locator('article[data-channel="irs-tax-data"]')).toContainText(/court/i);
    await expect(page.locator('article[data-channel="irs-tax-data"]')).toContainText(/20(25|26)/);
    await expectNoAxeViolations(page);
  });

  test('"Prefer not to say" on a topic skips its details and shows all of its channels as may apply', async ({ page }) => {
    const asked = await answer(page, { state: 'TX', immigrationCase: 'skip', records: 'no' });
    expect(asked).not.toContain('uscis');
    expect(asked).not.toContain('checkins');
    expect(asked).not.toContain('court');
    expect(await shownChannels(page)).toEqual(['may-apply:uscis-applications', 'may-apply:ice-checkins', 'may-apply:court-hearings']);
    // "Why you see this" names the question the person actually answered.
    await expect(page.locator('article[data-channel="court-hearings"]')).toContainText(/Prefer not to say/);
    await expectNoAxeViolations(page);
  });

  test('a car and a sponsored child: plate cameras and child sponsors apply', async ({ page }) => {
    await answer(page, { state: 'IL', car: 'yes', sponsor: 'yes' });
    expect(await shownChannels(page)).toEqual(['applies:license-plate-readers', 'applies:child-sponsors']);
    // Illinois's plate-camera law is an item for a person in Illinois.
    await expect(page.locator('article[data-channel="license-plate-readers"] [data-state-action="IL"]')).toHaveCount(1);
  });

  test('"No" to every topic: at most 12 questions, and what reaches everyone is still shown', async ({ page }) => {
    const asked = await answer(page, { state: 'OH' });
    expect(asked.length).toBeLessThanOrEqual(12);
    expect(await shownChannels(page)).toEqual([]);
    expect(await everyoneChannels(page)).toEqual(EVERYONE_CHANNELS);
    await expect(page.locator('[data-everyone]')).toContainText('What reaches almost everyone');
    // Counts cover only the person's own paths.
    await expect(page.locator('[data-results]')).toContainText(/none of the paths we ask about came up/i);
    await expectNoAxeViolations(page);
  });

  test('the map at 320 px: no sideways scroll, labels at 12 px or more, the list folded', async ({ page }) => {
    test.setTimeout(120_000); // twenty answers, then axe on every card
    await page.setViewportSize({ width: 320, height: 740 });
    await answer(page, { state: 'CA' }, { rest: 'yes' });
    expect(await shownChannels(page)).toHaveLength(CHANNEL_IDS.length - EVERYONE_CHANNELS.length);
    await openFolds(page);
    const map = page.locator('[data-map]');
    await expect(map.locator('[data-map-yours] [data-lane]')).toHaveCount(CHANNEL_IDS.length);
    await expect(map.locator('[data-map-others]')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    // The smallest text any picture draws, in CSS pixels on screen.
    const smallest = await page
      .locator('[data-results] svg[role="img"]')
      .evaluateAll((svgs) =>
        Math.min(
          ...svgs.flatMap((svg) =>
            [...svg.querySelectorAll('text')].map(
              (t) =>
                parseFloat(getComputedStyle(t).fontSize) *
                (svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width),
            ),
          ),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual(12);
    const list = map.locator('details:not([data-fold])');
    await expect(list).not.toHaveAttribute('open', /.*/);
    await expect(map.locator('#map-list')).toBeHidden();
    await list.locator('summary').click();
    await expect(map.locator('#map-list')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the map puts the person’s own paths first and the rest as quiet rows', async ({ page }) => {
    await answer(page, { state: 'NY', car: 'yes', records: 'yes', taxes: 'unsure', medicaid: 'no', ssn: 'no' });
    const lanes = await page
      .locator('[data-map] [data-lane]')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-status')}:${el.getAttribute('data-lane')}`));
    expect(lanes.slice(0, 3)).toEqual(['applies:license-plate-readers', 'applies:data-brokers', 'may-apply:irs-tax-data']);
    expect(lanes.slice(3).every((l) => l.startsWith('other:'))).toBe(true);
    expect(lanes).toHaveLength(CHANNEL_IDS.length);
  });

  test('the topic question comes before its details, and Back returns to it', async ({ page }) => {
    await answer(
      page,
      { state: 'WA', county: 'skip', police: 'no', agreement287g: 'no', probation: 'no', immigrationCase: 'unsure' },
      { rest: null },
    );
    expect(await currentQuestion(page)).toBe('uscis');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    expect(await currentQuestion(page)).toBe('immigrationCase');
  });
});

test.describe('the 2026 channels in Spanish', () => {
  test('plate cameras and taxes, in Spanish', async ({ page }) => {
    await page.goto('/es/check');
    await answer(page, { state: 'CA', car: 'yes', records: 'yes', taxes: 'yes', medicaid: 'no', ssn: 'no' });
    expect(await shownChannels(page)).toEqual(['applies:irs-tax-data', 'applies:license-plate-readers']);
    await expect(page.locator('[data-everyone]')).toContainText('Lo que llega a casi todas las personas');
    await expectNoAxeViolations(page);
  });
});
