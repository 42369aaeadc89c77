/** Fills {name} placeholders. A missing value leaves the placeholder visible rather than inventing text. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The placeholder names a template uses, sorted (used to compare locales). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}

/** A source or review date (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's language, e.g. "Jan 2018". */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = 'short';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(date);
}
