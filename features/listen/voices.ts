/**
 * Which of the browser's voices may read a locale aloud. Only voices that run on the device
 * (`localService`): some browsers' voices send the text to a server, which would break
 * "nothing leaves the device". Pure, so it is table-tested without a browser.
 */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'name' | 'default'>;

/** BCP 47 language subtags a locale's voices may carry (Tagalog voices are often "fil"). */
const ALIASES: Record<string, readonly string[]> = { tl: ['tl', 'fil'], zh: ['zh', 'cmn'] };

export function localVoiceFor<V extends VoiceLike>(voices: readonly V[], locale: string): V | null {
  const wanted = ALIASES[locale] ?? [locale];
  const matches = voices.filter((v) => v.localService === true && wanted.includes(v.lang.toLowerCase().split(/[-_]/)[0] ?? ''));
  return matches.find((v) => v.default) ?? matches[0] ?? null;
}
