import { expect, test, type Page } from '@playwright/test';
import { answer, openFolds } from './helpers';

type StubVoice = { name: string; lang: string; localService: boolean; default: boolean; voiceURI: string };

/** Replaces the browser's speechSynthesis with one that lists `voices` and records what it is asked to say. */
async function stubSpeech(page: Page, voices: StubVoice[]) {
  await page.addInitScript((list) => {
    const spoken: { text: string; voice: string | null; lang: string }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    const synth = {
      getVoices: () => list,
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, voice: u.voice?.name ?? null, lang: u.lang }),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    // The real utterance refuses a voice object that is not the browser's own.
    class Utterance {
      text: string;
      voice: StubVoice | null = null;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}
const voice = (name: string, lang: string, localService: boolean): StubVoice => ({
  name,
  lang,
  localService,
  default: false,
  voiceURI: name,
});
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; voice: string | null }[] }).__spoken);

test.describe('Listen: read aloud with a voice on the device only', () => {
  test('with a local voice, the question and a result card are read with it', async ({ page }) => {
    await stubSpeech(page, [voice('Cloud English', 'en-US', false), voice('Device English', 'en-US', true)]);
    await page.goto('/en/check');
    const listen = page.locator('[data-listen]');
    await expect(listen).toHaveCount(1);
    await listen.click();
    const said = await spoken(page);
    expect(said).toHaveLength(1);
    expect(said[0]!.voice).toBe('Device English');
    expect(said[0]!.text).toContain(await page.locator('#current-question').innerText());
    await expect(listen).toHaveText(/Stop listening/);
    // The focus stays where the person put it: nothing is announced or moved.
    await expect(listen).toBeFocused();
    await answer(page, { state: 'TX', county: 'skip', police: 'yes', arrested: 'no' });
    await openFolds(page);
    await page.locator('article[data-channel="ncic-checks"] [data-listen]').click();
    expect((await spoken(page)).at(-1)!.text).toContain('Police name checks (NCIC)');
  });

  test('with remote voices only, the control is hidden, never silently remote', async ({ page }) => {
    await stubSpeech(page, [voice('Cloud English', 'en-US', false), voice('Cloud Spanish', 'es-ES', false)]);
    await page.goto('/en/check');
    await expect(page.locator('#current-question')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-listen]')).toHaveCount(0);
  });

  test('a local voice for another language does not read this one', async ({ page }) => {
    await stubSpeech(page, [voice('Device English', 'en-US', true)]);
    await page.goto('/vi/check');
    await expect(page.locator('#current-question')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-listen]')).toHaveCount(0);
  });
});
