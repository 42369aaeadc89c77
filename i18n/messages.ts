/**
 * The shape of a catalogue's interface strings, taken from the English catalogue: every
 * locale must have exactly these keys (content/schema.ts checks that at build time), and a
 * mistyped key fails the typecheck instead of showing on the page.
 */
import type en from '@/content/locales/en.json';

/** Interface strings, grouped by namespace (page or component): `ui.landing.title`. */
export type UiMessages = (typeof en)['ui'];
export type UiNamespace = keyof UiMessages;
/** A key written `namespace.name`, e.g. `'check.back'`. */
export type UiKey = { [N in UiNamespace]: `${N}.${Extract<keyof UiMessages[N], string>}` }[UiNamespace];
