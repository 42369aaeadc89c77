/** Small helpers for locale strings that both server and client components use. */
import { format } from './format';
import type { UiKey, UiMessages } from './messages';

/** Looks up a UI string by its `namespace.name` key. */
export function lookup(ui: UiMessages, key: UiKey): string {
  const [ns, name] = key.split('.') as [keyof UiMessages, string];
  const group = ui[ns] as Record<string, string> | undefined;
  // Keys are checked by the typecheck and the schema; a gap still shows the key, never a crash.
  return group?.[name] ?? key;
}

export function translator(ui: UiMessages) {
  return (key: UiKey, values?: Record<string, string | number>) => format(lookup(ui, key), values);
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

/** The function translator returns: a typed key and its placeholder values. */
export type Translate = ReturnType<typeof translator>;

/**
 * Only some namespaces of the interface strings, for a client component that needs no more:
 * a page then carries fewer words twice (in its HTML and in its data). A key outside them
 * shows as the key, never a crash (see lookup).
 */
export function pickUi<N extends keyof UiMessages>(ui: UiMessages, namespaces: readonly N[]): UiMessages {
  return Object.fromEntries(namespaces.map((n) => [n, ui[n]])) as unknown as UiMessages;
}
