import { expect, test } from '@playwright/test';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { JURISDICTION_CODES } from '@/questionnaire/jurisdictions';
import { QUESTIONS, QUESTION_IDS } from '@/questionnaire/questions';
import { openFolds, answer, currentQuestion, everyoneChannels, expectNoAxeViolations, options, shownChannels } from './helpers';
import { EVERYONE_CHANNELS } from '@/questionnaire/results';

/** Questions every path asks (none of them is a follow-up). */
const ALWAYS_ASKED = QUESTIONS.filter((q) => !('askedWhen' in q)).length;
/** Details of the topic questions (asked only after "Yes" or "Not sure" to their topic). */
const DETAILS = QUESTIONS.filter((q) => 'detailOf' in q).length;

test.describe('the conversation on a phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/en/check');
    await expect(page.locator('#current-question')).toHaveText(/state or territory/i);
  });

  test('arrested and held in a sanctuary city: fingerprints, jail and NCIC apply', async ({ page }) => {
    await answer(page, { state: 'CA', police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'yes' });
    expect(await shownChannels(page)).toEqual(['applies:fingerprint-sharing', 'applies:jail-access', 'applies:ncic-checks']);
    // A sanctuary answer never hides fingerprint sharing, and its text says why.
    await expect(page.locator('article[data-channel="fingerprint-sharing"]')).toContainText(/sanctuary/i);
    await expect(page.locator('[data-results]')).toContainText(/does not depend on where you live/i);
  });

  test('on probation: probation, fingerprints and NCIC apply; 287(g) may apply', async ({ page }) => {
    const asked = await answer(page, {
      state: 'TX',
      police: 'yes',
      arrested: 'yes',
      jail: 'no',
      agreement287g: 'unsure',
      probation: 'yes',
    });
    expect(asked).not.toContain('sanctuary');
    expect(await shownChannels(page)).toEqual([
      'applies:fingerprint-sharing',
      'applies:ncic-checks',
      'applies:probation-parole',
      'may-apply:287g',
    ]);
    await expect(page.locator('article[data-channel="287g"]')).toContainText('May apply');
  });

  test('only a driver’s license: DMV records apply, arrest questions are skipped', async ({ page }) => {
    await answer(page, { state: 'NY', county: 'skip', police: 'no' }, { rest: null }); // no police contact: the arrest and jail questions are skipped
    expect(await currentQuestion(page)).toBe('agreement287g');
    await expect(page.locator('#current-question')).toHaveText(/287\(g\)/);
    await answer(page, { license: 'yes' });
    expect(await shownChannels(page)).toEqual(['applies:dmv-records']);
    await openFolds(page);
    const article = page.locator('article[data-channel="dmv-records"]');
    await expect(article.getByRole('heading', { level: 3 })).toBeVisible();
    await expect(article).toContainText('Applies to you');
    await expect(article.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  });

  test('prefers not to say anything: every channel may apply', async ({ page }) => {
    const asked = await answer(page, {}, { rest: 'skip' });
    // "Prefer not to say" on a topic question asks none of its details (and no state, no county).
    expect(asked).toEqual(QUESTIONS.filter((q) => !('detailOf' in q) && q.id !== 'county').map((q) => q.id));
    const shown = await shownChannels(page);
    expect(shown).toHaveLength(CHANNEL_IDS.length - EVERYONE_CHANNELS.length);
    expect(shown.every((s) => s.startsWith('may-apply:'))).toBe(true);
    expect(await everyoneChannels(page)).toEqual(EVERYONE_CHANNELS);
  });

  test('answers No to everything: a clear result, never an empty page', async ({ page }) => {
    await answer(page, { state: 'OH' });
    await expect(page.locator('[data-results]')).toContainText(/none of the paths we ask about came up/i);
    expect(await shownChannels(page)).toEqual([]);
    await expect(page.locator('[data-results]')).toContainText(/other paths we did not show/i);
  });

  test('shows progress and a note on why each answer matters', async ({ page }) => {
    // The county is asked only once a state is named: the first estimate leaves it out.
    await expect(page.getByText(`Question 1 of about ${QUESTION_IDS.length - 1}`)).toBeVisible();
    await answer(page, { state: 'IL', county: 'skip', police: 'no' }, { rest: null });
    // The estimate assumes the topics still to come open their details.
    await expect(page.getByText(`Question 4 of about ${ALWAYS_ASKED + DETAILS + 1}`)).toBeVisible();
    await expect(page.locator('[role="log"] aside')).toHaveCount(3);
  });

  test('Back returns to the previous question and Start over clears everything', async ({ page }) => {
    await answer(page, { state: 'FL', county: 'skip', police: 'yes' }, { rest: null });
    expect(await currentQuestion(page)).toBe('arrested');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.locator('#current-question')).toHaveText(/police/i);
    await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(2);
    await expect(page.locator('#current-question')).toBeFocused();
    await answer(page, { police: 'no' }, { rest: null });
    await page.getByRole('button', { name: 'Start over', exact: true }).click();
    await expect(page.locator('#current-question')).toHaveText(/state or territory/i);
    await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeDisabled();
  });

  test('the state question needs a choice before Continue', async ({ page }) => {
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /choose a state/i })).toBeVisible();
    await expect(page.locator('#current-question')).toHaveText(/state or territory/i);
    const names = await page.getByRole('combobox').locator('option').allTextContents();
    expect(names).toContain('District of Columbia');
    expect(names).toContain('Puerto Rico');
    expect(names).toHaveLength(JURISDICTION_CODES.length + 1); // placeholder + 50 states + DC + 5 territories
  });

  test('can be completed with the keyboard alone', async ({ page }) => {
    await page.keyboard.press('Tab'); // skip link
    const combo = page.getByRole('combobox');
    await combo.focus();
    await combo.selectOption({ label: 'Washington' });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The county: Tab to the list, type the first letters (the list's own type-ahead), Tab to Continue.
    await expect(page.locator('#current-question')).toBeFocused();
    await expect(page.locator('[data-question="county"]')).toBeVisible();
    // The list appears once Washington's file has loaded (right after the state was chosen).
    await expect(page.getByRole('combobox', { name: 'County in Washington' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'County in Washington' })).toBeFocused();
    await page.keyboard.type('King');
    await expect(page.getByRole('combobox', { name: 'County in Washington' })).toHaveValue('53033');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Then "Yes" to every question, by keyboard; King County is not on ICE's list, so 287(g) is not asked.
    while ((await page.locator('[data-question]').count()) > 0) {
      // Focus lands on the new question; Tab reaches its first answer (after any source
      // link in the question, as at Washington's "sanctuary" note).
      await expect(page.locator('#current-question')).toBeFocused();
      expect(await currentQuestion(page)).not.toBe('agreement287g');
      const yes = options(page).getByRole('button', { name: 'Yes', exact: true });
      for (let tabs = 0; tabs < 3 && !(await yes.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press('Tab');
      await expect(yes).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('#results-heading')).toBeFocused();
    expect(await shownChannels(page)).toHaveLength(CHANNEL_IDS.length - EVERYONE_CHANNELS.length);
  });

  test('axe finds nothing mid-conversation and on the results', async ({ page }) => {
    await answer(page, { state: 'GA', county: 'skip', police: 'yes' }, { rest: null });
    await expectNoAxeViolations(page);
    await answer(page, {
      arrested: 'yes',
      jail: 'unsure',
      sanctuary: 'yes',
      agreement287g: 'skip',
      probation: 'no',
      license: 'yes',
      gang: 'no',
      field: 'yes',
    });
    await expect(page.locator('[data-results]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('pages around the conversation', () => {
  test('landing explains, promises privacy and starts', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Start' }).click();
    await expect(page).toHaveURL(/\/en\/check$/);
    await expect(page.locator('#current-question')).toBeVisible();
  });

  test('/ picks a language and goes there', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
  });

  test('an unknown locale or route shows a friendly 404 with a link home', async ({ page }) => {
    // Under a language, the link goes to that language's home; elsewhere, to the language picker.
    for (const [url, home] of [
      ['/xx/check', '/'],
      ['/en/nothing-here', '/en'],
      ['/nowhere', '/'],
    ] as const) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/i);
      await expect(page.getByRole('link', { name: /home page/i })).toHaveAttribute('href', home);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
  });
});

test.describe('the picture of where information goes', () => {
  test('results show the map with this person’s paths first and the rest quiet, at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/en/check');
    await answer(page, { state: 'AZ', police: 'yes', arrested: 'yes', jail: 'no', agreement287g: 'unsure' });
    await openFolds(page);
    const map = page.locator('[data-map]');
    await expect(map.locator('[data-map-yours] svg[role="img"]')).toBeVisible();
    const lanes = await map
      .locator('[data-lane]')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-status')}:${el.getAttribute('data-lane')}`));
    expect(lanes.slice(0, 4)).toEqual(['applies:fingerprint-sharing', 'applies:ncic-checks', 'applies:data-brokers', 'may-apply:287g']);
    expect(lanes.slice(4)).toEqual(
      CHANNEL_IDS.filter((c) => !['fingerprint-sharing', 'ncic-checks', 'data-brokers', '287g'].includes(c)).map((c) => `other:${c}`),
    );
    // The text alternative says the same, folded until asked for.
    await map.locator('details:not([data-fold]) > summary').click();
    await expect(page.locator('#map-list > li[data-status="applies"]')).toHaveCount(3);
    await expect(page.locator('#map-list > li[data-status="may-apply"]')).toHaveCount(1);
    await expect(page.locator('#map-list')).toContainText('Local police → FBI fingerprint system (NGI): fingerprints taken at booking');
    // Each result card has its own flow picture.
    await expect(page.locator('article[data-channel="ncic-checks"] figure svg')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });
});

test.describe('where you live changes what the results say', () => {
  test('New York: the DMV card states New York’s law with its source and date', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'NY', license: 'yes' });
    await openFolds(page);
    const place = page.locator('article[data-channel="dmv-records"] [data-place="NY"]');
    await expect(place).toContainText("New York's law (Driver's License Access and Privacy Act (Green Light Law))");
    await expect(place.locator('[data-place-note="judgeOrderWithNotice"]')).toContainText(/as of Dec 16, 2019/);
    await expect(place.locator('[data-place-note="judgeOrderWithNotice"] a')).toHaveAttribute('href', /^https?:\/\//);
    await expect(place.locator('[data-place-note="nletsYes"]')).toBeVisible();
  });

  test('Texas: a state 287(g) requirement makes 287g "may apply" after a jail stay, and says why', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'TX', police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'no', agreement287g: 'no' });
    await openFolds(page);
    const card = page.locator('article[data-channel="287g"]');
    await expect(card).toHaveAttribute('data-status', 'may-apply');
    await expect(card).toContainText('You answered “Texas” to');
    await expect(card.locator('[data-place-note="requires287g"]')).toContainText(/Texas law \(SB 8.*\) requires jails/);
    await expect(page.locator('article[data-channel="jail-access"] [data-place-note="requires287g"]')).toBeVisible();
  });

  test('California: the sanctuary question says the state already limits help to ICE', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'CA', county: 'skip', police: 'yes', arrested: 'yes', jail: 'yes' }, { rest: null });
    expect(await currentQuestion(page)).toBe('sanctuary');
    await expect(page.locator('[role="log"] [data-place-note="sanctuaryNote"]')).toContainText(/California has a state law/);
  });

  test('a person sees their own state’s “what you can do” items and no other state’s', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'CA', police: 'yes', arrested: 'yes', jail: 'yes', gang: 'yes' });
    const items = page.locator('[data-results] [data-state-action]');
    expect(await items.count()).toBeGreaterThan(0);
    expect(new Set(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-state-action'))))).toEqual(new Set(['CA']));
    await expect(page.locator('[data-more-rights]')).toHaveCount(0);
  });

  test('without a state: only advice true everywhere, and a link to the states that give more rights', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { police: 'yes', arrested: 'yes', jail: 'yes' });
    await expect(page.locator('[data-results] [data-state-action]')).toHaveCount(0);
    await openFolds(page);
    const more = page.locator('article[data-channel="jail-access"] [data-more-rights] a');
    await expect(more).toHaveText('Some states give more rights. See which ones.');
    await more.click();
    await expect(page).toHaveURL(/\/en\/learn\/jail-access#state-rights$/);
    await expect(page.locator('#state-rights + ul [data-state-action]').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an unverified state says so instead of staying silent', async ({ page }) => {
    await page.goto('/en/check');
    await answer(page, { state: 'GU', license: 'yes' });
    await expect(page.locator('article[data-channel="dmv-records"] [data-place-note="unknown"]')).toHaveText(
      'We have not verified the rules in Guam yet.',
    );
  });
});

test.describe('the results’ content', () => {
  test('loads once when the page opens, not per answer; if it cannot load, the person is told', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => r.url().endsWith('/results.json') && fetched.push(r.url()));
    await page.route('**/en/results.json', (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('/en/check');
    // The fetch starts once the page has hydrated, which can come after the network first goes idle.
    await expect.poll(() => fetched.length).toBe(1);
    await answer(page, {}, { rest: 'skip' });
    await expect(page.getByRole('status').filter({ hasText: 'could not load' })).toBeVisible();
    expect(fetched).toHaveLength(1);
    await expectNoAxeViolations(page);
  });
});

test.describe('going back and starting over', () => {
  test('Back to the state question shows the place chosen before; Start over clears an error', async ({ page }) => {
    await page.goto('/en/check');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /choose a state/i })).toBeVisible();
    await page.getByRole('button', { name: 'Start over', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: /choose a state/i })).toHaveCount(0);
    await answer(page, { state: 'GU', police: 'no', agreement287g: 'no', probation: 'no', immigrationCase: 'no' }, { rest: null });
    const back = page.getByRole('button', { name: 'Back', exact: true });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#current-question')).toBeFocused();
    // The question is in view, not under the sticky header.
    const top = await page.locator('#current-question').evaluate((el) => el.getBoundingClientRect().top);
    const header = await page.locator('header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(header);
    for (let i = 0; i < 4; i++) await back.click();
    await expect(page.getByRole('combobox')).toHaveValue('GU');
  });
});
