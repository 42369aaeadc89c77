import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_IDS } from '@/questionnaire/channels';
import { loadCatalogue, locales } from './load';

/** content/glossary/{locale}.json: the forms key terms take in that language (issue #16). */
const glossarySchema = z.strictObject({
  _about: z.string().optional(),
  terms: z.record(z.string(), z.strictObject({ en: z.string().min(1), forms: z.array(z.string().min(1)).min(1) })),
});
/** The terms every glossary must have: they must not drift in any language. */
const REQUIRED = ['ice', 'detainer', '287g', 'parole', 'probation', 'judicial-warrant', 'a-number'];

/** Every string of a catalogue by its path, e.g. "channels.287g.whatHappens.0". */
function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const translated = locales().filter((l) => l !== 'en');
const en = loadCatalogue('en');
const english = flatten({ ...en, meta: {} });

describe.each(translated)('glossary: %s', (locale) => {
  const file = path.join(process.cwd(), 'content/glossary', `${locale}.json`);
  it('has a glossary with every key term', () => {
    expect(fs.existsSync(file), `content/glossary/${locale}.json`).toBe(true);
    const glossary = glossarySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(Object.keys(glossary.terms)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('uses each key term’s glossary form, and each channel’s own name, wherever English uses the term', () => {
    if (!fs.existsSync(file)) return;
    const { terms } = glossarySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const catalogue = loadCatalogue(locale);
    const ours = flatten({ ...catalogue, meta: {} });
    const checks = [
      ...Object.entries(terms).map(([id, t]) => ({ id, en: new RegExp(t.en, 'i'), forms: t.forms })),
      // A channel named by its English title elsewhere is named by its title in this language.
      ...CHANNEL_IDS.map((c) => ({
        id: `channel:${c}`,
        en: new RegExp(escape(en.channels[c].title)),
        forms: [catalogue.channels[c].title],
      })),
    ];
    const drift: string[] = [];
    for (const [key, text] of english) {
      if (key.startsWith('channels.') && key.endsWith('.title')) continue;
      const theirs = ours.get(key) ?? '';
      for (const check of checks)
        if (check.en.test(text) && !check.forms.some((f) => theirs.toLowerCase().includes(f.toLowerCase())))
          drift.push(`${check.id} @ ${key}: ${theirs.slice(0, 90)}`);
    }
    expect(drift).toEqual([]);
  });
});
