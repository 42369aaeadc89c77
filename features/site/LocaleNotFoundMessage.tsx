'use client';

import { useParams } from 'next/navigation';

type Text = { title: string; body: string; home: string; dir: 'ltr' | 'rtl' };

/** The 404 text in the URL's language (the layout has already set the page's lang and dir). */
export default function LocaleNotFoundMessage({ texts }: { texts: Record<string, Text> }) {
  const params = useParams<{ locale?: string }>();
  const locale = params?.locale && texts[params.locale] ? params.locale : 'en';
  const t = texts[locale] ?? Object.values(texts)[0]!;
  return (
    <main id="main" lang={locale} dir={t.dir} className="mx-auto max-w-2xl px-4 py-12" data-not-found={locale}>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-3">{t.body}</p>
      <p className="mt-6">
        {/* A full page load on purpose: a 404 has nothing in memory to keep. */}
        <a href={`/${locale}`} className="btn bg-brand text-white no-underline hover:text-white">
          {t.home}
        </a>
      </p>
    </main>
  );
}
