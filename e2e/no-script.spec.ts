import { expect, test } from '@playwright/test';

// Safety controls must work before the page's JavaScript has loaded, or without it
// (GOV.UK's Exit this page is tested the same way).
const NEUTRAL = 'https://www.weather.gov/';
test.use({ javaScriptEnabled: false });

test.beforeEach(async ({ page }) => {
  await page.route('https://www.weather.gov/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
});

for (const path of ['/en/check', '/en/navigator', '/en/embed', '/es/check']) {
  test(`quick exit leaves ${path} with JavaScript disabled`, async ({ page }) => {
    await page.goto(path);
    const exit = page.locator('a[data-quick-exit]');
    await expect(exit).toHaveAttribute('href', NEUTRAL);
    await exit.click();
    await page.waitForURL(NEUTRAL);
    await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  });
}

for (const path of ['/en/check', '/en/navigator', '/en/embed']) {
  test(`${path} says plainly that it needs JavaScript and points to the learn pages`, async ({ page }) => {
    await page.goto(path);
    const note = page.locator('[data-noscript]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('needs JavaScript');
    // The controls that would do nothing are hidden.
    await expect(page.getByRole('button', { name: 'Not sure' }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start over' })).toBeHidden();
    await note.getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/learn$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}
