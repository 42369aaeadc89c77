/**
 * Plain-language scores used as content gates (content/readability.test.ts):
 * English: Flesch-Kincaid grade (lower is easier; target <= 8).
 * Spanish: Fernandez-Huerta reading ease (higher is easier; target >= 65).
 * Sentences end at . ! ? : ; or a line break, so headings and list items stand alone.
 */
const WORD = /[\p{L}’']+/gu;

export const words = (text: string): string[] => text.match(WORD) ?? [];

export function sentenceCount(text: string): number {
  return Math.max(1, text.split(/[.!?:;]+(?:\s|$)|\n+/).filter((s) => /\p{L}/u.test(s)).length);
}

/** English syllables by vowel groups, dropping silent endings (-e, -es, -ed). */
export function syllablesEn(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

const STRONG = new Set([...'aeoáéóíú']);
/** Spanish syllables: one per vowel group, plus one for each hiatus (two strong vowels). */
export function syllablesEs(word: string): number {
  let n = 0;
  for (const group of word.toLowerCase().match(/[aeiouáéíóúü]+/g) ?? []) {
    n += 1;
    for (let i = 1; i < group.length; i++) if (STRONG.has(group[i] as string) && STRONG.has(group[i - 1] as string)) n++;
  }
  return Math.max(1, n);
}

/** Null for texts under 30 words: too short to score fairly. */
export function fleschKincaidGrade(text: string): number | null {
  const ws = words(text);
  if (ws.length < 30) return null;
  const syllables = ws.reduce((a, w) => a + syllablesEn(w), 0);
  return 0.39 * (ws.length / sentenceCount(text)) + 11.8 * (syllables / ws.length) - 15.59;
}

export function fernandezHuerta(text: string): number | null {
  const ws = words(text);
  if (ws.length < 30) return null;
  const syllables = ws.reduce((a, w) => a + syllablesEs(w), 0);
  return 206.84 - 0.6 * ((100 * syllables) / ws.length) - 1.02 * ((100 * sentenceCount(text)) / ws.length);
}

const EN_MARKERS = new Set([
  'the',
  'and',
  'you',
  'your',
  'with',
  'this',
  'that',
  'have',
  'from',
  'they',
  'what',
  'about',
  'were',
  'will',
  'can',
  'may',
  'when',
  'would',
]);
const ES_MARKERS = new Set([
  'el',
  'la',
  'los',
  'las',
  'que',
  'de',
  'y',
  'su',
  'sus',
  'usted',
  'para',
  'con',
  'una',
  'por',
  'puede',
  'del',
  'es',
  'se',
]);

/** How many common English and Spanish function words a text has (shared with the e2e page check). */
export function markerCounts(text: string): { en: number; es: number } {
  let en = 0;
  let es = 0;
  for (const w of words(text.toLowerCase())) {
    if (EN_MARKERS.has(w)) en++;
    if (ES_MARKERS.has(w)) es++;
  }
  return { en, es };
}

/** Share of English function words among English + Spanish ones: near 0 for Spanish text. */
export function englishShare(text: string): number {
  const { en, es } = markerCounts(text);
  return en + es ? en / (en + es) : 0;
}

/**
 * Plain-language bound for every locale (issue #16): the mean sentence length of a text, in
 * words, or, for Chinese, in characters (Han characters and words in other scripts). Sentences
 * end at . ! ? : ; in either their ASCII or full-width forms, or at a line break.
 */
export function sentenceUnits(text: string, locale: string): { units: number; sentences: number } {
  const cjk = locale === 'zh';
  const parts = text.split(cjk ? /[.!?:;。！？：；]+|\n+/ : /[.!?:;。！？：；؟؛]+(?:\s|$)|\n+/).filter((s) => /\p{L}/u.test(s));
  const units = cjk
    ? parts.reduce(
        (n, s) => n + (s.match(/\p{Script=Han}/gu)?.length ?? 0) + (s.replace(/\p{Script=Han}/gu, ' ').match(WORD)?.length ?? 0),
        0,
      )
    : parts.reduce((n, s) => n + words(s).length, 0);
  return { units, sentences: Math.max(1, parts.length) };
}

/** The mean sentence length over many texts (all sentences pooled). */
export function meanSentenceLength(texts: readonly string[], locale: string): number {
  let units = 0;
  let sentences = 0;
  for (const t of texts) {
    const r = sentenceUnits(t, locale);
    units += r.units;
    sentences += r.sentences;
  }
  return sentences === 0 ? 0 : units / sentences;
}
