import { expect, test, type Page } from '@playwright/test';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { CHOICES, QUESTIONS, QUESTION_IDS, type Answers } from '@/questionnaire/questions';

/** Details of the topic questions (asked only after "Yes" or "Not sure" to their topic). */
const DETAILS = QUESTIONS.filter((q) => 'detailOf' in q).length;
import { currentQuestion, expectNoAxeViolations } from './helpers';

test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

const question = (page: Page) => page.locator('#current-question');

/**
 * A whole intake by keyboard: type the state, Tab to Continue, then the number key of each
 * answer (1 Yes, 2 No, 3 Not sure, 4 Prefer not to say), by question id: questions not in
 * `answers` get `rest`; with `rest: null` it stops at the first one. The county is typed in
 * its list when `county` names one, else "Prefer not to say" (4). Returns the key presses.
 */
async function keyboardIntake(page: Page, state: string, answers: Answers, rest: 'yes' | 'no' | null = 'no', county?: string) {
  let presses = 0;
  const press = async (k: string) => {
    await page.keyboard.press(k);
    presses++;
  };
  await page.goto('/en/navigator');
  // From the top of the page: Tab to the state list.
  while (
    !(await page
      .locator('select')
      .first()
      .evaluate((el) => el === document.activeElement))
  )
    await press('Tab');
  await page.keyboard.type(state);
  presses += 1; // typing a few letters of the state counts as one step
  await press('Tab');
  await press('Enter');
  const answered = page.locator('[data-answers] [data-answered]');
  await expect(answered).toHaveCount(1);
  while ((await page.locator('[data-question]').count()) > 0) {
    const id = (await currentQuestion(page)) as (typeof QUESTION_IDS)[number];
    const before = await answered.count();
    if (id === 'county' && county) {
      await expect(page.locator('select:has(option[data-answer])')).toBeVisible(); // the state's file has loaded
      await press('Tab');
      await page.keyboard.type(county);
      presses += 1;
      await press('Tab');
      await press('Enter');
      await expect(answered).toHaveCount(before + 1);
      continue;
    }
    const value = id === 'county' ? (answers[id] ?? 'skip') : (answers[id] ?? rest);
    if (value === null) break;
    await press(String(CHOICES.indexOf(value as (typeof CHOICES)[number]) + 1));
    await expect(answered).toHaveCount(before + 1);
  }
  return presses;
}

test('a keyboard-only intake with the number keys reaches the right results', async ({ page }) => {
  const presses = await keyboardIntake(page, 'Arizona', {
    police: 'yes',
    arrested: 'yes',
    jail: 'no',
    agreement287g: 'no',
    probation: 'yes',
    license: 'yes',
  });
  await expect(page.locator('[data-results]')).toBeVisible();
  const shown = await page
    .locator('[data-results] article[data-channel]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
  expect(shown).toEqual(['fingerprint-sharing', 'ncic-checks', 'dmv-records', 'probation-parole', 'data-brokers']);
  console.log(`[navigator] keyboard intake: ${presses} key presses`);
  expect(presses).toBeLessThan(25);
  // Sanctuary is skipped, and so are the details of the two topics answered "No".
  await expect(page.locator('[data-answers] [data-answered]')).toHaveCount(QUESTION_IDS.length - 1 - DETAILS);
  await expectNoAxeViolations(page);
});

test('number keys never fire while typing in a field', async ({ page }) => {
  await keyboardIntake(page, 'Ohio', {}, null);
  await expect(question(page)).toHaveText(/stopped you/);
  await page.getByLabel('Clinic name (not saved)').fill('Clinic 1 2 3');
  await expect(question(page)).toHaveText(/stopped you/);
  await expect(page.locator('[data-answers] [data-answered]')).toHaveCount(2);
});

test('changing an earlier answer recomputes the results and says which answers were dropped', async ({ page }) => {
  await keyboardIntake(page, 'Ohio', { police: 'yes', arrested: 'yes', jail: 'yes' });
  await expect(page.locator('[data-results] article[data-channel="jail-access"]')).toBeVisible();
  await page.getByRole('button', { name: /Change the answer to “Stopped, questioned or arrested by police”/ }).click();
  await expect(page.getByText('Changing an earlier answer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes', exact: false }).first()).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('2'); // No
  await expect(page.getByRole('status').filter({ hasText: 'no longer apply' })).toContainText('Arrested or fingerprinted');
  await expect(page.locator('[data-results]')).toBeVisible();
  await expect(page.locator('[data-results] article[data-channel]:not([data-everyone] article)')).toHaveCount(0);
  // The other answers are kept: all but the three follow-ups of the police question (and the
  // details of the two topics answered "No").
  await expect(page.locator('[data-answers] [data-answered]')).toHaveCount(QUESTION_IDS.length - 3 - DETAILS);
  await expectNoAxeViolations(page);
});

test('the printed summary shows results in the chosen language and hides every control', async ({ page }) => {
  await keyboardIntake(page, 'New York', { license: 'yes' });
  await page.getByLabel('Clinic name (not saved)').fill('Main Street Legal Clinic');
  await page.getByLabel('Summary language').selectOption('es');
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('[data-print-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toHaveAttribute('lang', 'es');
  await expect(summary).toContainText('Clínica: Main Street Legal Clinic');
  await expect(summary.locator('[data-print-channel="dmv-records"]')).toContainText('Aplica en su caso');
  await expect(summary.locator('[data-print-answers]')).toHaveCount(0); // answers only when asked for
  await expect(page.getByRole('link', { name: 'Quick exit' })).toBeHidden();
  for (const name of ['New client', 'Print summary', 'Back']) await expect(page.getByRole('button', { name })).toBeHidden();
  await expect(page.locator('header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel("Include the client's answers").check();
  await page.emulateMedia({ media: 'print' });
  await expect(summary.locator('[data-print-answers]')).toContainText('Nueva York');
});

test('New client, after confirming, leaves nothing of the last client', async ({ page }) => {
  await keyboardIntake(page, 'Texas', { sanctuary: 'no' }, 'yes');
  await page.getByLabel('Clinic name (not saved)').fill('Clinic A');
  await page.getByLabel("Include the client's answers").check();
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Keep working' }).click();
  await expect(page.locator('[data-answers] [data-answered]')).toHaveCount(QUESTION_IDS.length);
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'new client' })).toBeVisible();
  await expect(question(page)).toHaveText(/state or territory/);
  await expect(page.getByLabel('Clinic name (not saved)')).toHaveValue('');
  await expect(page.getByLabel("Include the client's answers")).not.toBeChecked();
  await expect(page.locator('[data-answers]')).toHaveCount(0);
  // Visible text, leaving out the list of all states in the state question.
  const text = await page.locator('body').evaluate((b) => {
    const c = b.cloneNode(true) as HTMLElement;
    c.querySelectorAll('select, script').forEach((el) => el.remove());
    return c.textContent ?? '';
  });
  for (const trace of ['Texas', 'Clinic A', 'Applies to you']) expect(text).not.toContain(trace);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-summary]')).not.toContainText('Clinic A');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.emulateMedia({ media: 'screen' });
  await expectNoAxeViolations(page);
});

test('the printed summary takes at most one page per channel', async ({ page }) => {
  // Every channel applies: the longest summary there is.
  await keyboardIntake(page, 'California', {}, 'yes');
  await page.getByLabel("Include the client's answers").check();
  await page.getByLabel('Clinic name (not saved)').fill('Clinic');
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`[navigator] printed summary with ${CHANNEL_IDS.length} channels: ${pages} pages, ${pdf.length} bytes`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(CHANNEL_IDS.length + 1); // a page per channel, plus the answers and legal help
});

test('a county typed in its list: ICE’s 287(g) list answers for it, on screen and in the printed summary', async ({ page }) => {
  await keyboardIntake(page, 'Texas', { police: 'yes', arrested: 'yes', jail: 'yes', sanctuary: 'no' }, 'no', 'Galveston');
  await expect(page.locator('[data-results]')).toBeVisible();
  const asked = await page.locator('[data-answers] [data-answered]').evaluateAll((els) => els.map((e) => e.getAttribute('data-answered')));
  expect(asked).toContain('county');
  expect(asked).not.toContain('agreement287g');
  const card = page.locator('[data-results] article[data-channel="287g"]');
  await expect(card).toHaveAttribute('data-status', 'applies');
  await expect(card.locator('[data-county-287g="listed"]')).toContainText("Galveston County Sheriff's Office");
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('[data-print-summary]');
  await expect(summary.locator('[data-print-county]')).toContainText("Galveston County Sheriff's Office");
  await expect(summary.locator('[data-print-local-help]')).toContainText('Help in Texas');
  await page.emulateMedia({ media: 'screen' });
  await expectNoAxeViolations(page);
});
