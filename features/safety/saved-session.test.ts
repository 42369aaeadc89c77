import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSaved, SAVE_VERSION, serializeSave } from './saved-session';

const at = '2026-11-20T10:00:00.000Z';
const record = (over: Record<string, unknown>) =>
  JSON.stringify({ v: SAVE_VERSION, savedAt: at, answers: { state: 'CA', police: 'yes' }, ...over });

describe('parseSaved', () => {
  it('reads back what serializeSave wrote', () => {
    const answers = { state: 'NY', police: 'no', license: 'yes' } as const;
    expect(parseSaved(serializeSave(answers, new Date(at)))).toEqual({ status: 'ok', answers, savedAt: at });
  });

  it('treats no record as nothing saved', () => {
    expect(parseSaved(null)).toEqual({ status: 'none' });
    expect(parseSaved('')).toEqual({ status: 'none' });
  });

  it.each([
    ['broken JSON', '{"v":1,', 'corrupt'],
    ['a JSON string', '"hello"', 'corrupt'],
    ['a JSON array', '[1,2]', 'corrupt'],
    ['null', 'null', 'corrupt'],
    ['no version', JSON.stringify({ answers: {} }), 'corrupt'],
    ['an old version', record({ v: 0 }), 'outdated'],
    ['a future version', record({ v: 2 }), 'outdated'],
    ['an unknown question', record({ answers: { name: 'Ana' } }), 'invalid'],
    ['an answer that is not an option', record({ answers: { police: 'maybe' } }), 'invalid'],
    ['a state that does not exist', record({ answers: { state: 'ZZ' } }), 'invalid'],
    ['answers that are not an object', record({ answers: 'yes' }), 'invalid'],
    ['a missing date', record({ savedAt: undefined }), 'invalid'],
    ['a date that is not a date', record({ savedAt: 'yesterday' }), 'invalid'],
    ['an extra field', record({ notes: 'arrested in 2019' }), 'invalid'],
    ['an object answer', record({ answers: { police: { toString: 'yes' } } }), 'invalid'],
  ])('discards %s', (_, raw, reason) => {
    expect(parseSaved(raw)).toEqual({ status: 'discarded', reason });
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const r = parseSaved(raw);
        expect(['none', 'ok', 'discarded']).toContain(r.status);
      }),
    );
  });
});
