/** Small helpers for locale strings that both server and client components use. */
import { format } from './format';

export type UiStrings = Record<string, string>;

/** Looks up a UI string; a missing key shows the key itself so the gap is visible, never a crash. */
export function translator(ui: UiStrings) {
  return (key: string, values?: Record<string, string | number>) => format(ui[key] ?? key, values);
}

/** Picks the best of `available` for a list of preferred language tags (e.g. navigator.languages). */
export function negotiateLocale(preferred: readonly string[], available: readonly string[], fallback: string): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = available.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    const base = available.find((l) => l.toLowerCase() === lower.split('-')[0]);
    if (base) return base;
  }
  return fallback;
}
