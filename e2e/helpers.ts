import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe (WCAG 2.2 AA) and fails with the rule ids and targets it found. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** The current question's answer buttons. */
export const options = (page: Page) => page.getByRole('group').filter({ has: page.locator('button') }).last();

export async function answer(page: Page, label: string) {
  const before = await page.locator('[role="log"] [data-turn]').count();
  await options(page).getByRole('button', { name: label, exact: true }).click();
  // The answered question moves into the log before the next one is asked.
  await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(before + 1);
}

export async function choosePlace(page: Page, name: string) {
  await page.getByRole('combobox', { name: /state or territory|estado o territorio/i }).selectOption({ label: name });
  await page.getByRole('button', { name: /continue|continuar/i }).click();
  await expect(page.locator('[role="log"] [data-turn]')).toHaveCount(1);
}

/** The channel ids shown in the results, with their status. */
export async function shownChannels(page: Page) {
  const results = page.locator('[data-results]');
  await expect(results).toBeVisible();
  return results.locator('article[data-channel]').evaluateAll((els) =>
    els.map((el) => `${el.getAttribute('data-status')}:${el.getAttribute('data-channel')}`),
  );
}
