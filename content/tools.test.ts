import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadSources, loadTools, locales } from './load';
import { placeholders } from '@/i18n/format';
import { STEP_RULES } from '@/questionnaire/next-steps';

const tools = loadTools();
const sources = loadSources();
const en = loadCatalogue('en');

describe('content: the tools made on the device (content/tools.json)', () => {
  it('cites only sources that exist (card, plan items, records, the letter, the next steps)', () => {
    const cited = [
      ...tools.card.sources,
      ...tools.plan.sections.flatMap((s) => s.items.map((i) => i.source)),
      ...tools.records.items.flatMap((r) => r.sources),
      ...tools.records.letter.sources,
      ...STEP_RULES.map((r) => r.source),
    ];
    expect(cited.filter((id) => !sources[id])).toEqual([]);
  });

  it('has words in English for exactly the plan’s sections and items, and the records (other locales match English)', () => {
    expect(Object.keys(en.plan.sections).sort()).toEqual(tools.plan.sections.map((s) => s.id).sort());
    expect(Object.keys(en.plan.items).sort()).toEqual(tools.plan.sections.flatMap((s) => s.items.map((i) => i.id)).sort());
    expect(Object.keys(en.records.items).sort()).toEqual(tools.records.items.map((r) => r.id).sort());
  });

  it('never uses an item id twice', () => {
    const ids = tools.plan.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes a letter only to an agency it has a confirmed address for', () => {
    for (const r of tools.records.items) if (r.letterTo) expect(r.address, r.id).toBeDefined();
  });

  it('fills every field of the letter, and only those', () => {
    const used = [...new Set(placeholders(tools.records.letter.template))].sort();
    expect(used).toEqual([...new Set([...tools.records.letter.fields, 'today', 'to', 'agency'])].sort());
  });

  it.each(locales())('%s pairs each line of the card with an English line (the officer reads English)', (locale) => {
    const c = loadCatalogue(locale).card;
    expect(c.statement.length).toBe(en.card.statement.length);
  });
});
