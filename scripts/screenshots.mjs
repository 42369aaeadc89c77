// Takes screenshots of the main screens at 360x740 and 1280x800 into screenshots/.
// Usage: node scripts/screenshots.mjs [BASE_URL]   (serve the app first, e.g. `npm start`)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const locale = process.argv[3] ?? 'en';
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
});
for (const [w, h] of [
  [360, 740],
  [1280, 800],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const shot = (name, full = false) => page.screenshot({ path: `screenshots/${locale}-${name}-${w}.png`, fullPage: full });
  await page.goto(`${base}/${locale}`);
  await shot('landing');
  await page.goto(`${base}/${locale}/check`);
  await shot('question-1');
  await page.locator('select').selectOption('CA');
  await page.locator('form button[type=submit]').click();
  const group = () => page.locator('[role=group]').last();
  for (const i of [0, 0, 0]) await group().locator('button').nth(i).click();
  await shot('question-5');
  for (const i of [0, 2, 1, 0, 1, 3]) await group().locator('button').nth(i).click();
  await page.locator('[data-results]').waitFor();
  await shot('results', true);
  await page.close();
}
await browser.close();
console.log('screenshots written to screenshots/');
