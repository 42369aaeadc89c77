import type { UiMessages } from './messages';
import { describe, expect, it } from 'vitest';
import { format, formatDate, placeholders } from './format';
import { negotiateLocale, translator } from './translate';

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Question {n} of about {total}', { n: 3, total: 9 })).toBe('Question 3 of about 9');
    expect(format('Hello {name}', {})).toBe('Hello {name}');
  });
  it('lists placeholders sorted', () => expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b', 'b']));
  it('formats partial and full dates per locale', () => {
    expect(formatDate('2018', 'en')).toBe('2018');
    expect(formatDate('2018-01', 'en')).toBe('Jan 2018');
    expect(formatDate('2018-01-25', 'en')).toBe('Jan 25, 2018');
    expect(formatDate('2018-01-25', 'es')).toMatch(/25.*ene.*2018/);
  });
  it('translator shows the key when a string is missing, never crashes', () => {
    const t = translator({ check: { back: 'Back' } } as unknown as UiMessages);
    expect(t('check.back')).toBe('Back');
    expect(t('check.startOver')).toBe('check.startOver');
  });
  it('translator keys are typed from the English catalogue', () => {
    const t = translator({ check: { back: 'Back' } } as unknown as UiMessages);
    // @ts-expect-error: a mistyped key fails the typecheck (npm test runs tsc on this file).
    expect(t('check.bak')).toBe('check.bak');
  });
});

describe('negotiateLocale', () => {
  const available = ['en', 'es'];
  it.each([
    [['es-MX', 'en'], 'es'],
    [['en-US'], 'en'],
    [['fr-FR', 'es'], 'es'],
    [['fr', 'de'], 'en'],
    [[], 'en'],
    [['ES'], 'es'],
  ])('%j -> %s', (preferred, expected) => expect(negotiateLocale(preferred, available, 'en')).toBe(expected));
});
