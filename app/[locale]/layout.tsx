import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { loadCatalogue, locales } from '../../lib/content';
import LocaleLink from '../components/LocaleLink';
import SiteHeader from '../components/SiteHeader';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales().map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { ui } = loadCatalogue(locale);
  return {
    title: { template: `%s · ${ui.appName}`, default: ui.appName ?? 'Untangle' },
    description: ui.metaDescription,
    // Shared phones: ask search engines and referrers to keep nothing.
    robots: { index: true, follow: true },
    referrer: 'no-referrer',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d4e89' };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  const catalogue = loadCatalogue(locale);
  const { ui } = catalogue;
  return (
    <html lang={locale} dir={catalogue.meta.dir}>
      <body className="min-h-screen flex flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-2"
        >
          {ui.skipToContent}
        </a>
        <SiteHeader
          locale={locale}
          ui={ui}
          languages={locales().map((l) => ({ locale: l, name: loadCatalogue(l).meta.name }))}
        />
        <div className="flex-1">{children}</div>
        <footer className="no-print border-t border-line mt-12">
          <div className="mx-auto max-w-2xl px-4 py-6 text-sm">
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              <li>
                <LocaleLink href={`/${locale}/learn`}>{ui.learnLink}</LocaleLink>
              </li>
              <li>
                <LocaleLink href={`/${locale}/about`}>{ui.aboutLink}</LocaleLink>
              </li>
              <li>
                <LocaleLink href={`/${locale}/safety`}>{ui.safetyLink}</LocaleLink>
              </li>
            </ul>
            <p className="mt-3 text-muted">{ui.footerNotAdvice}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
