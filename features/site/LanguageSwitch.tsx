'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import LocaleLink from './LocaleLink';

type Language = { locale: string; name: string; dir?: 'ltr' | 'rtl' };
type Props = { current: string; label: string; languages: Language[] };

/**
 * One control for every language, each named in its own language: a disclosure (native
 * <details>, so it opens by keyboard and without JavaScript) listing links to this same
 * page in each language. Navigation stays inside the app, so a conversation held in memory
 * keeps its answers and position. It closes on Escape or when focus leaves it.
 */
export default function LanguageSwitch({ current, label, languages }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  const menu = useRef<HTMLDetailsElement>(null);
  const here = languages.find((l) => l.locale === current);

  useEffect(() => {
    const el = menu.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && el.open) {
        el.open = false;
        el.querySelector('summary')?.focus();
      }
    };
    const onOut = (e: FocusEvent) => {
      if (!el.contains(e.relatedTarget as Node | null)) el.open = false;
    };
    el.addEventListener('keydown', onKey);
    el.addEventListener('focusout', onOut);
    return () => {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('focusout', onOut);
    };
  }, []);

  if (languages.length < 2) return null;
  return (
    <details ref={menu} className="language-menu relative text-sm" data-language-menu="">
      <summary className="flex min-h-11 cursor-pointer items-center gap-1 font-semibold text-brand">
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
        </svg>
        <span className="sr-only">{label}: </span>
        <span lang={current}>{here?.name ?? current}</span>
      </summary>
      <nav aria-label={label} className="absolute end-0 z-50 mt-1 w-56 rounded-lg border border-line bg-white p-1 shadow-lg">
        <ul>
          {languages.map((l) => (
            <li key={l.locale}>
              <LocaleLink
                href={`/${l.locale}${rest}`}
                lang={l.locale}
                dir={l.dir}
                hrefLang={l.locale}
                aria-current={l.locale === current ? 'true' : undefined}
                className={`block min-h-11 rounded px-3 py-2 no-underline hover:bg-brand-soft ${l.locale === current ? 'font-bold' : ''}`}
                onClick={() => {
                  if (menu.current) menu.current.open = false;
                }}
              >
                {l.name}
              </LocaleLink>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
