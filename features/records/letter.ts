/**
 * A records request letter, filled on the device from what the person typed. Pure: the
 * template comes from content/tools.json; nothing here touches the network or storage.
 */
import { format } from '@/i18n/format';

export const LETTER_FIELDS = ['fullName', 'otherNames', 'dateOfBirth', 'countryOfBirth', 'aNumber', 'address', 'recordsWanted'] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];
export type LetterValues = Partial<Record<LetterField, string>>;

const REQUIRED: readonly LetterField[] = ['fullName', 'dateOfBirth', 'address'];

export function fillLetter(
  template: string,
  values: LetterValues,
  {
    to,
    agency,
    today,
    recordsWantedDefault,
    blank,
    line,
  }: {
    to: readonly string[];
    agency: string;
    today: string;
    recordsWantedDefault: string;
    /** What a blank optional field prints as, so the agency sees it was left out on purpose. */
    blank: string;
    /** What a blank required field prints as: a line to fill in by hand. */
    line: string;
  },
): string {
  const filled: Record<string, string> = { to: to.join(', '), agency, today };
  for (const f of LETTER_FIELDS) {
    const v = (values[f] ?? '').trim();
    filled[f] = v || (f === 'recordsWanted' ? recordsWantedDefault : REQUIRED.includes(f) ? line : blank);
  }
  return format(template, filled);
}

/** The date as the agency reads it, in English (e.g. "December 4, 2026"). */
export function letterDate(d: Date): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
}
