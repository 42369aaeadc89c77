import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import '@/app/globals.css';
import { loadCatalogue, locales } from '@/content/load';

export const dynamicParams = false;

export function generateStaticParams() {
  return locales().map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { ui } = loadCatalogue(locale);
  return {
    title: { template: `%s · ${ui.site.appName}`, default: ui.site.appName ?? 'Untangle' },
    description: ui.site.metaDescription,
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
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50 focus:bg-white focus:p-2">
          {ui.site.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
