import { describe, expect, it } from 'vitest';
import { fillLetter, letterDate } from './letter';

const template = '{today}\nTo: {to}\n{agency}: {recordsWanted}\n{fullName} {otherNames} {dateOfBirth} {countryOfBirth} {aNumber} {address}';
const opts = {
  to: ['ICE FOIA Office', 'Washington, DC'],
  agency: 'ICE',
  today: 'December 4, 2026',
  recordsWantedDefault: 'all records about me',
  blank: '(not given)',
  line: '________________',
};

describe('fillLetter', () => {
  it('fills what the person typed, trimmed', () => {
    const text = fillLetter(template, { fullName: ' Ana Díaz ', aNumber: 'A012345678', address: '1 Main St' }, opts);
    expect(text).toContain('Ana Díaz (not given)');
    expect(text).toContain('A012345678 1 Main St');
    expect(text.startsWith('December 4, 2026\nTo: ICE FOIA Office, Washington, DC\nICE: all records about me')).toBe(true);
  });

  it('leaves a line to write on for a required field left blank, and says an optional one was not given', () => {
    const text = fillLetter(template, {}, opts);
    expect(text).toContain('________________ (not given) ________________ (not given) (not given) ________________');
  });

  it('never lets typed braces act as placeholders', () => {
    expect(fillLetter(template, { fullName: '{address}', address: 'X' }, opts)).toContain('{address} (not given)');
  });

  it('dates the letter in English', () => {
    expect(letterDate(new Date('2026-12-04T12:00:00Z'))).toBe('December 4, 2026');
  });
});
