import type { ReactNode } from 'react';
import { loadCatalogue, locales } from '@/content/load';
import LocaleLink from '@/features/site/LocaleLink';
import SiteHeader from '@/features/site/SiteHeader';
import TranslationNote from '@/features/site/TranslationNote';
import OfflineGate from '@/features/offline/OfflineGate';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/** The site's chrome: header (language, safety, quick exit) and footer. The embed has none. */
export default async function SiteLayout({ children, params }: Props) {
  const { locale } = await params;
  const catalogue = loadCatalogue(locale);
  const { ui } = catalogue;
  const footerLinks = [
    ['learn', ui.learn.link],
    ['about', ui.about.link],
    ['safety', ui.site.safetyLink],
    ['navigator', ui.nav.link],
    ['card', ui.card.link],
    ['plan', ui.plan.link],
    ['records', ui.records.link],
  ] as const;
  const languages = locales().map((l) => {
    const { name, dir } = loadCatalogue(l).meta;
    return { locale: l, name, dir };
  });
  return (
    <>
      <SiteHeader locale={locale} ui={ui} languages={languages} />
      <TranslationNote catalogue={catalogue} locale={locale} />
      <OfflineGate locale={locale} text={{ newer: ui.offline.newer, update: ui.offline.update }} />
      <div className="flex-1">{children}</div>
      <footer className="no-print border-t border-line mt-12">
        <div className="mx-auto max-w-2xl px-4 py-6 text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {footerLinks.map(([path, label]) => (
              <li key={path}>
                <LocaleLink href={`/${locale}/${path}`}>{label}</LocaleLink>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-muted">{ui.site.footerNotAdvice}</p>
        </div>
      </footer>
    </>
  );
}
