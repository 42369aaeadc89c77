'use client';

import { usePathname } from 'next/navigation';
import LocaleLink from './LocaleLink';

type Props = { current: string; label: string; languages: { locale: string; name: string }[] };

/**
 * Links to this same page in every other language. Navigation stays inside the app, so the
 * conversation (held in memory) keeps its answers and position.
 */
export default function LanguageSwitch({ current, label, languages }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  const others = languages.filter((l) => l.locale !== current);
  if (others.length === 0) return null;
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex gap-2">
        {others.map((l) => (
          <li key={l.locale}>
            <LocaleLink href={`/${l.locale}${rest}`} lang={l.locale} hrefLang={l.locale} className="font-semibold">
              {l.name}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
