import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { QUESTION_IDS, question, type AnswerValue, type Answers, type QuestionId } from '@/questionnaire/questions';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe (WCAG 2.2 AA) and fails with the rule ids and targets it found. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** The current question's answer buttons. */
export const options = (page: Page) =>
  page
    .getByRole('group')
    .filter({ has: page.locator('button') })
    .last();

type Scope = Page | FrameLocator;

/**
 * Gives one answer to the question on screen, by answer id (a place or county code goes
 * through its list). The first question can be on screen before the page has hydrated (a
 * pre-rendered page, slower in a frame under load): an answer given then does nothing, so
 * it is given again until the question gives way. Only one answer is ever recorded.
 */
async function answerOne(scope: Scope, id: QuestionId, value: AnswerValue) {
  const picker = scope.locator('select:has(option[data-answer])');
  const kind = question(id).kind;
  const asked = scope.locator(`[data-question="${id}"]`);
  await expect(async () => {
    if ((await asked.count()) === 0) return; // an earlier try went through
    if ((kind === 'place' || kind === 'county') && value !== 'unsure' && value !== 'skip') {
      await picker.selectOption(value);
      await scope.locator('form:has(option[data-answer]) button[type="submit"]').click();
    } else {
      await scope.locator(`button[data-answer="${value}"]`).click();
    }
    // The answered question gives way to the next one (or the results).
    await expect(asked).toHaveCount(0, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Answers the conversation by ids (`data-question`, `data-answer`), in whatever order it
 * asks: each question gets its answer from `answers`, every other one `rest` ("No" unless
 * said). With `rest: null` it stops at the first question not in `answers`. Returns the
 * question ids asked, in order.
 */
export async function answer(scope: Scope, answers: Answers, { rest = 'no' }: { rest?: AnswerValue | null } = {}): Promise<QuestionId[]> {
  const asked: QuestionId[] = [];
  for (let i = 0; i <= QUESTION_IDS.length; i++) {
    const current = scope.locator('[data-question]');
    await expect(scope.locator('[data-question], [data-results], [data-results-pending]').first()).toBeVisible();
    if ((await current.count()) === 0) break;
    const id = (await current.getAttribute('data-question')) as QuestionId;
    // A place or a county takes no "Yes" or "No": the rest of such a conversation skips them.
    const value = answers[id] ?? (question(id).kind !== 'choice' && (rest === 'no' || rest === 'yes') ? 'skip' : rest);
    if (value === null) break;
    await answerOne(scope, id, value);
    asked.push(id);
  }
  return asked;
}

/** The id of the question on screen. */
export const currentQuestion = (scope: Scope) => scope.locator('[data-question]').getAttribute('data-question');

/** The channel ids the answers showed in the results, with their status (not what reaches everyone). */
export async function shownChannels(page: Scope) {
  const results = page.locator('[data-results]');
  await expect(results).toBeVisible();
  return results
    .locator('article[data-channel]')
    .evaluateAll((els) =>
      els
        .filter((el) => !el.closest('[data-everyone]'))
        .map((el) => `${el.getAttribute('data-status')}:${el.getAttribute('data-channel')}`),
    );
}

/** The channel ids in the section "What reaches almost everyone". */
export async function everyoneChannels(page: Scope) {
  await expect(page.locator('[data-results]')).toBeVisible();
  return page
    .locator('[data-results] [data-everyone] article[data-channel]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-channel')));
}

/** Opens every folded part of the results (cards, the map), as a person would: by its "Show" button. */
export async function openFolds(scope: Scope) {
  await expect(scope.locator('[data-results]')).toBeVisible();
  const closed = scope.locator('[data-results] details[data-fold]:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  await expect(closed).toHaveCount(0);
}

/** Opens the header's language menu (one control on a phone) and follows a language, named in its own language. */
export async function switchLanguage(page: Page, name: string) {
  const menu = page.locator('[data-language-menu]');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  await menu.getByRole('link', { name, exact: true }).click();
}

/** The header's link to this page in a language (the menu opened first). */
export async function languageLink(page: Page, name: string) {
  const menu = page.locator('[data-language-menu]');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  return menu.getByRole('link', { name, exact: true });
}

/**
 * Issue #15's persona, used across the suites: Texas; arrested, held in jail, licensed;
 * 287(g) not sure (the county skipped), "No" to the rest. TEXAS_PATHS is what they are shown.
 */
export const TEXAS: Answers = {
  state: 'TX',
  county: 'skip',
  police: 'yes',
  arrested: 'yes',
  jail: 'yes',
  sanctuary: 'no',
  agreement287g: 'unsure',
  license: 'yes',
};
export const TEXAS_PATHS = [
  'applies:fingerprint-sharing',
  'applies:jail-access',
  'applies:ncic-checks',
  'applies:dmv-records',
  'may-apply:287g',
];
