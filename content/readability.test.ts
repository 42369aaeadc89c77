import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from './schema';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { loadCatalogue, locales } from './load';
import {
  englishShare,
  fernandezHuerta,
  fleschKincaidGrade,
  meanSentenceLength,
  sentenceUnits,
  syllablesEn,
  syllablesEs,
} from './readability';

describe('readability scorer on known texts', () => {
  it('counts syllables', () => {
    expect(['cat', 'table', 'police', 'database', 'immigration'].map(syllablesEn)).toEqual([1, 2, 2, 3, 4]);
    expect(['sol', 'casa', 'policía', 'huellas', 'inmigración'].map(syllablesEs)).toEqual([1, 2, 4, 2, 4]);
  });

  it('grades easy English low and dense English high', () => {
    const easy =
      'The cat sat on the mat. The dog ran to the park. We had fun in the sun. It was a good day for all of us. Then we went home.';
    const hard =
      'Interoperability between federal biometric identification repositories facilitates automated immigration enforcement notifications, notwithstanding jurisdictional limitations established by municipal legislation regarding cooperation with administrative detainer requests.';
    expect(fleschKincaidGrade(easy)!).toBeLessThan(2);
    expect(fleschKincaidGrade(hard + ' ' + hard)!).toBeGreaterThan(20);
  });

  it('scores easy Spanish high and dense Spanish low', () => {
    const easy =
      'El gato come. La casa es azul. Mi mamá lee un libro. El sol sale. Yo voy a la mesa. Tú ves el mar. Ella toma el té. Hoy es un buen día.';
    const hard =
      'La interoperabilidad de los repositorios federales de identificación biométrica facilita notificaciones automatizadas de cumplimiento migratorio, independientemente de las limitaciones jurisdiccionales establecidas por legislaciones municipales.';
    expect(fernandezHuerta(easy)!).toBeGreaterThan(95);
    expect(fernandezHuerta(hard + ' ' + hard)!).toBeLessThan(30);
  });

  it('does not score texts under 30 words', () => {
    expect(fleschKincaidGrade('Too short to score.')).toBeNull();
    expect(fernandezHuerta('Demasiado corto.')).toBeNull();
  });

  it('detects English left in Spanish', () => {
    expect(englishShare('La policía puede revisar su nombre en una base de datos.')).toBe(0);
    expect(englishShare('The police can check your name with the FBI.')).toBe(1);
  });
});

/** The words a person reads for a channel: what the gates score. */
function channelText(c: Catalogue, id: (typeof CHANNEL_IDS)[number]): string {
  const ch = c.channels[id];
  return [
    ch.title,
    ch.summary,
    ...ch.whatHappens,
    ch.meansForYou.applies,
    ch.meansForYou['may-apply'],
    ...ch.whatYouCanDo,
    ...Object.values(ch.variants ?? {}),
  ].join('\n');
}
function questionsText(c: Catalogue): string {
  return Object.values(c.questions)
    .flatMap((q) => [q.text, q.hint ?? '', q.ifYes, q.ifNo])
    .join('\n');
}
function allText(c: Catalogue): string {
  return [
    questionsText(c),
    ...CHANNEL_IDS.map((id) => channelText(c, id)),
    c.safety.intro,
    ...c.safety.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
  ].join('\n');
}

describe('plain-language gates', () => {
  const en = loadCatalogue('en');
  it.each(CHANNEL_IDS)('English %s reads at grade 8 or lower', (id) => {
    expect(fleschKincaidGrade(channelText(en, id))!).toBeLessThanOrEqual(8);
  });
  it('English questions and the whole English content read at grade 8 or lower', () => {
    expect(fleschKincaidGrade(questionsText(en))!).toBeLessThanOrEqual(8);
    expect(fleschKincaidGrade(allText(en))!).toBeLessThanOrEqual(8);
  });

  if (locales().includes('es')) {
    const es = loadCatalogue('es');
    it.each(CHANNEL_IDS)('Spanish %s scores 65 or more (Fernández-Huerta)', (id) => {
      expect(fernandezHuerta(channelText(es, id))!).toBeGreaterThanOrEqual(65);
    });
    it('Spanish questions and the whole Spanish content score 65 or more', () => {
      expect(fernandezHuerta(questionsText(es))!).toBeGreaterThanOrEqual(65);
      expect(fernandezHuerta(allText(es))!).toBeGreaterThanOrEqual(65);
    });
    it('no Spanish string reads as English', () => {
      const strings: string[] = [];
      const walk = (v: unknown) => {
        if (typeof v === 'string') strings.push(v);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk({ ...es, states: {} });
      const english = strings.map((s) => s.replace(/\{\w+\}/g, '')).filter((s) => s.split(/\s+/).length > 3 && englishShare(s) > 0.2);
      expect(english).toEqual([]);
    });
  }
});

describe('plain-language bound for every language (issue #16)', () => {
  // Sentence length in words (in characters for Chinese), over the questions, the channels and
  // the safety page: no language may read in longer sentences than the Spanish text.
  const texts = (c: Catalogue) => allText(c).split('\n');
  const spanish = locales().includes('es') ? meanSentenceLength(texts(loadCatalogue('es')), 'es') : Infinity;
  it.each(locales().filter((l) => l !== 'en' && l !== 'es'))('%s: sentences no longer on average than Spanish', (locale) => {
    const mean = meanSentenceLength(texts(loadCatalogue(locale)), locale);
    console.log(
      `[plain] ${locale}: ${mean.toFixed(1)} ${locale === 'zh' ? 'characters' : 'words'} per sentence (Spanish ${spanish.toFixed(1)} words)`,
    );
    expect(mean).toBeLessThanOrEqual(spanish);
  });
  it('counts Chinese in characters and other scripts in words', () => {
    expect(sentenceUnits('你好。我们走吧。', 'zh')).toEqual({ units: 6, sentences: 2 });
    expect(sentenceUnits('Hola. Vamos ya.', 'es')).toEqual({ units: 3, sentences: 2 });
    expect(sentenceUnits('مرحبا بكم. هل أنت بخير؟', 'ar')).toEqual({ units: 5, sentences: 2 });
  });
});

describe('a third locale needs only a catalogue', () => {
  it('a right-to-left catalogue dropped into a locales folder is found and validated', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'untangle-locales-'));
    const en = loadCatalogue('en');
    // A pseudo-translation: every phrase prefixed with an Arabic letter; ids, dates and URLs kept.
    const pseudo = (v: unknown): unknown =>
      typeof v === 'string'
        ? /\s/.test(v)
          ? `ع ${v}`
          : v
        : Array.isArray(v)
          ? v.map(pseudo)
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pseudo(x)]))
            : v;
    const ar = {
      ...(pseudo(en) as Catalogue),
      meta: { name: 'العربية', dir: 'rtl', translation: { status: 'machine', date: '2026-12-04' } },
    };
    fs.copyFileSync(path.join(process.cwd(), 'content/locales/en.json'), path.join(dir, 'en.json'));
    fs.writeFileSync(path.join(dir, 'ar.json'), JSON.stringify(ar));
    expect(locales(dir)).toEqual(['en', 'ar']);
    const loaded = loadCatalogue('ar', dir);
    expect(loaded.meta.dir).toBe('rtl');
    expect(loaded.ui.check.startOver).toBe('ع Start over');
    // A catalogue with a missing string is refused with a clear message.
    const broken = structuredClone(ar) as Record<string, any>;
    delete broken.ui.check.back;
    delete broken.questions.jail;
    fs.writeFileSync(path.join(dir, 'fa.json'), JSON.stringify(broken));
    expect(() => loadCatalogue('fa', dir)).toThrow(/fa\.json is invalid[\s\S]*jail/);
    fs.rmSync(dir, { recursive: true });
  });

  it('an unknown locale is refused, not guessed', () => {
    expect(() => loadCatalogue('xx')).toThrow(/Unknown locale "xx"/);
  });
});
