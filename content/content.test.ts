import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueSchema, channelsMetaSchema } from './schema';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { loadCatalogue, loadChannelMeta, loadSources, locales, sourcesFor } from './load';
import { placeholders } from '@/i18n/format';

const all = locales();
const en = loadCatalogue('en');

/** Every string in a catalogue, keyed by its path (e.g. "channels.287g.whatHappens.0"). */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) for (const [p, s] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  return out;
}

describe('content: catalogues', () => {
  it('declares English first', () => {
    expect(all[0]).toBe('en');
  });

  it.each(all)('%s validates against the schema', (locale) => {
    expect(() => loadCatalogue(locale)).not.toThrow();
  });

  it.each(all.filter((l) => l !== 'en'))('%s has exactly the strings English has, with the same placeholders', (locale) => {
    const ours = flatten(loadCatalogue(locale));
    const base = flatten(en);
    // meta (the language's own name) and lang tags (marking words left in another language) may differ.
    const structural = (m: Map<string, string>) => [...m.keys()].filter((k) => !k.startsWith('meta.') && !k.endsWith('.lang')).sort();
    expect(structural(ours)).toEqual(structural(base));
    for (const [key, text] of base) expect(placeholders(ours.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('every UI string the app asks for exists in every locale', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f.name)) {
          const src = fs.readFileSync(p, 'utf8');
          for (const m of src.matchAll(/\b(?:t|titleFromUi)\('([A-Za-z0-9]+\.[A-Za-z0-9]+)'/g)) used.add(m[1] as string);
          for (const m of src.matchAll(/\bui\??\.([A-Za-z0-9]+)\??\.([A-Za-z0-9]+)/g)) used.add(`${m[1]}.${m[2]}`);
        }
      }
    };
    walk(path.join(process.cwd(), 'app'));
    walk(path.join(process.cwd(), 'features'));
    expect(used.size).toBeGreaterThan(30);
    for (const locale of all) {
      const ui = loadCatalogue(locale).ui as unknown as Record<string, Record<string, string>>;
      const missing = [...used].filter((k) => {
        const [ns, name] = k.split('.') as [string, string];
        return typeof ui[ns]?.[name] !== 'string';
      });
      expect(missing, locale).toEqual([]);
    }
  });

  it('fingerprint-sharing says plainly that it happens in sanctuary places too', () => {
    const fp = en.channels['fingerprint-sharing'];
    expect([...fp.whatHappens, fp.variants?.['sanctuary-yes'] ?? ''].join(' ')).toMatch(/sanctuary/i);
  });

  it('gives jail-access and fingerprint-sharing a text for every sanctuary answer', () => {
    for (const locale of all)
      for (const c of ['jail-access', 'fingerprint-sharing'] as const)
        expect(Object.keys(loadCatalogue(locale).channels[c].variants ?? {}).sort()).toEqual([
          'sanctuary-no',
          'sanctuary-unknown',
          'sanctuary-yes',
        ]);
  });
});

describe('content: sources', () => {
  it('every channel cites at least one known source and has a last-reviewed date', () => {
    const meta = loadChannelMeta();
    const sources = loadSources();
    for (const c of CHANNEL_IDS) {
      expect(meta[c].sources.length, c).toBeGreaterThan(0);
      expect(meta[c].lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const id of meta[c].sources) expect(sources[id], `${c} cites ${id}`).toBeDefined();
    }
    expect(Object.keys(sourcesFor(CHANNEL_IDS)).length).toBeGreaterThan(8);
  });

  it('every source has a title, publisher, date, and an http(s) URL when it has a link', () => {
    for (const [id, s] of Object.entries(loadSources())) {
      expect(s.title, id).not.toBe('');
      expect(s.publisher, id).not.toBe('');
      expect(s.date, id).toMatch(/^\d{4}/);
      // A source with no link to the original is cited by publisher, title and date (issue #18).
      if (s.url !== undefined) expect(s.url, id).toMatch(/^https?:\/\//);
    }
  });
});

describe('content: the schema rejects bad content', () => {
  const good = structuredClone(en) as Record<string, any>;
  const broken = (mutate: (c: Record<string, any>) => void) => {
    const c = structuredClone(good);
    mutate(c);
    return catalogueSchema.safeParse(c).success;
  };
  it('accepts the English catalogue as it is', () => expect(catalogueSchema.safeParse(good).success).toBe(true));
  it('rejects a missing question', () => expect(broken((c) => delete c.questions.jail)).toBe(false));
  it('rejects an unknown channel id', () => expect(broken((c) => (c.channels['face-scans'] = c.channels['287g']))).toBe(false));
  it('rejects a missing channel', () => expect(broken((c) => delete c.channels['dmv-records'])).toBe(false));
  it('rejects an empty string', () => expect(broken((c) => (c.choices.no = '  '))).toBe(false));
  it('rejects a missing answer option', () => expect(broken((c) => delete c.choices.skip)).toBe(false));
  it('rejects a missing state name', () => expect(broken((c) => delete c.states.PR)).toBe(false));
  it('rejects a channel with no sources', () => {
    const meta = structuredClone(loadChannelMeta()) as Record<string, any>;
    meta['ncic-checks'].sources = [];
    expect(channelsMetaSchema.safeParse(meta).success).toBe(false);
  });
  it('rejects a channel with no last-reviewed date', () => {
    const meta = structuredClone(loadChannelMeta()) as Record<string, any>;
    delete meta['287g'].lastReviewed;
    expect(channelsMetaSchema.safeParse(meta).success).toBe(false);
  });
});

describe('content: explainer pages', () => {
  it.each(all)('%s learn pages cite known sources and date what is new', (locale) => {
    const sources = loadSources();
    for (const c of CHANNEL_IDS) {
      const page = loadCatalogue(locale).learn[c];
      for (const id of page.sources) expect(sources[id], `${c} cites ${id}`).toBeDefined();
      for (const n of page.newer) expect(n.date >= '2018-01', `${c}: "${n.text}" is not newer than the seed`).toBe(true);
    }
  });

  it('corrects the sanctuary myth about fingerprints', () => {
    expect(en.learn['fingerprint-sharing'].myths.some((m) => /sanctuary/i.test(m.myth) && /^False/.test(m.truth))).toBe(true);
  });
});

describe('content: right-to-left catalogues', () => {
  // A Latin run with brackets, like "287(g)" or "Values Act (SB 54)", is laid out wrongly
  // inside right-to-left text unless it is isolated (U+2066 … U+2069, left-to-right isolate).
  const C = "[A-Za-z0-9 ._/&+'’-]";
  const RUN = new RegExp(`[A-Za-z0-9]${C}*(?:\\((?:${C}|\\(${C}*\\))*\\)[A-Za-z0-9_/&+'’-]*)+`, 'g');
  it.each(all.filter((l) => loadCatalogue(l).meta.dir === 'rtl'))('%s isolates every Latin run with brackets', (locale) => {
    const unisolated: string[] = [];
    for (const [key, text] of flatten({ ...loadCatalogue(locale), meta: {} }))
      for (const m of text.matchAll(RUN)) if (text[m.index - 1] !== '\u2066') unisolated.push(`${key}: ${m[0]}`);
    expect(unisolated).toEqual([]);
  });
});
