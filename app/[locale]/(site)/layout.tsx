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
  return (
    <>
      <SiteHeader
        locale={locale}
        ui={ui}
        languages={locales().map((l) => ({ locale: l, name: loadCatalogue(l).meta.name, dir: loadCatalogue(l).meta.dir }))}
      />
      <TranslationNote catalogue={catalogue} locale={locale} />
      <OfflineGate locale={locale} text={{ newer: ui.offline.newer, update: ui.offline.update }} />
      <div className="flex-1">{children}</div>
      <footer className="no-print border-t border-line mt-12">
        <div className="mx-auto max-w-2xl px-4 py-6 text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <LocaleLink href={`/${locale}/learn`}>{ui.learn.link}</LocaleLink>
            </li>
            <li>
              <LocaleLink href={`/${locale}/about`}>{ui.about.link}</LocaleLink>
            </li>
            <li>
              <LocaleLink href={`/${locale}/safety`}>{ui.site.safetyLink}</LocaleLink>
            </li>
            <li>
              <LocaleLink href={`/${locale}/navigator`}>{ui.nav.link}</LocaleLink>
            </li>
            <li>
              <LocaleLink href={`/${locale}/card`}>{ui.card.link}</LocaleLink>
            </li>
            <li>
              <LocaleLink href={`/${locale}/plan`}>{ui.plan.link}</LocaleLink>
            </li>
            <li>
              <LocaleLink href={`/${locale}/records`}>{ui.records.link}</LocaleLink>
            </li>
          </ul>
          <p className="mt-3 text-muted">{ui.site.footerNotAdvice}</p>
        </div>
      </footer>
    </>
  );
}
