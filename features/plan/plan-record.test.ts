import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FIELD, emptyPlan, isEmptyPlan, parsePlan, serializePlan, type Plan } from './plan-record';

const ITEMS = { 'contact-1': 'text', 'a-number': 'text', memorize: 'check' } as const;
const plan: Plan = {
  fields: { 'contact-1': 'Ana 555-0100' },
  checks: { memorize: true },
  steps: { 'legal-help': true, 'hotline:555-0101': false },
};
const record = (over: Record<string, unknown>) =>
  JSON.stringify({ v: 1, savedAt: '2026-12-04T10:00:00.000Z', fields: {}, checks: {}, steps: {}, ...over });

describe('parsePlan: a saved plan is used whole or discarded whole (table)', () => {
  const rows: { what: string; raw: string | null; expected: string }[] = [
    { what: 'nothing saved', raw: null, expected: 'none' },
    { what: 'an empty string', raw: '', expected: 'none' },
    { what: 'what this version wrote', raw: serializePlan(plan), expected: 'ok' },
    { what: 'not JSON', raw: '{"v":1,', expected: 'corrupt' },
    { what: 'JSON that is not an object', raw: '[1,2]', expected: 'corrupt' },
    { what: 'no version', raw: JSON.stringify({ fields: {} }), expected: 'corrupt' },
    { what: 'an older version', raw: record({ v: 0 }), expected: 'outdated' },
    { what: 'an unknown item', raw: record({ fields: { ssn: '123' } }), expected: 'invalid' },
    { what: 'a check given as text', raw: record({ fields: { memorize: 'yes' } }), expected: 'invalid' },
    { what: 'text given as a check', raw: record({ checks: { 'a-number': true } }), expected: 'invalid' },
    { what: 'a field too long', raw: record({ fields: { 'contact-1': 'x'.repeat(MAX_FIELD + 1) } }), expected: 'invalid' },
    { what: 'a step key with odd characters', raw: record({ steps: { '<script>': true } }), expected: 'invalid' },
    { what: 'an extra key', raw: record({ answers: {} }), expected: 'invalid' },
    { what: 'a bad date', raw: record({ savedAt: 'yesterday' }), expected: 'invalid' },
  ];
  it.each(rows)('$what -> $expected', ({ raw, expected }) => {
    const parsed = parsePlan(raw, ITEMS);
    expect(parsed.status === 'discarded' ? parsed.reason : parsed.status).toBe(expected);
  });

  it('gives back exactly the plan that was saved', () => {
    const parsed = parsePlan(serializePlan(plan), ITEMS);
    expect(parsed).toMatchObject({ status: 'ok', plan });
  });

  it('knows an empty plan (whitespace and unticked boxes count as empty)', () => {
    expect(isEmptyPlan(emptyPlan())).toBe(true);
    expect(isEmptyPlan({ fields: { 'contact-1': '  ' }, checks: { memorize: false }, steps: {} })).toBe(true);
    expect(isEmptyPlan(plan)).toBe(false);
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        expect(['none', 'ok', 'discarded']).toContain(parsePlan(raw, ITEMS).status);
      }),
    );
  });
});
