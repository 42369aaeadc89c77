import { describe, expect, it } from 'vitest';
import { localVoiceFor, type VoiceLike } from './voices';

const v = (name: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('localVoiceFor: only a voice on the device, for the page’s language (table)', () => {
  const rows: { what: string; voices: VoiceLike[]; locale: string; expected: string | null }[] = [
    { what: 'a local voice for the language', voices: [v('Local ES', 'es-MX', true)], locale: 'es', expected: 'Local ES' },
    { what: 'a remote voice only: none', voices: [v('Cloud ES', 'es-ES', false)], locale: 'es', expected: null },
    {
      what: 'the local one over a remote default',
      voices: [v('Cloud', 'es-ES', false, true), v('Local', 'es-US', true)],
      locale: 'es',
      expected: 'Local',
    },
    { what: 'the default among local ones', voices: [v('A', 'en-GB', true), v('B', 'en-US', true, true)], locale: 'en', expected: 'B' },
    { what: 'another language’s local voice: none', voices: [v('Local EN', 'en-US', true)], locale: 'vi', expected: null },
    { what: 'Tagalog through "fil"', voices: [v('Filipino', 'fil-PH', true)], locale: 'tl', expected: 'Filipino' },
    { what: 'Chinese with an underscore tag', voices: [v('Mandarin', 'zh_CN', true)], locale: 'zh', expected: 'Mandarin' },
    { what: 'no voices at all', voices: [], locale: 'ar', expected: null },
  ];
  it.each(rows)('$what', ({ voices, locale, expected }) => {
    expect(localVoiceFor(voices, locale)?.name ?? null).toBe(expected);
  });
});
