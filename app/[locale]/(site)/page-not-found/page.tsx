import type { Metadata } from 'next';
import { loadCatalogue } from '@/content/load';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: loadCatalogue(locale).ui.notFound.title, robots: { index: false, follow: false } };
}

/**
 * The 404 page of one language. `npm start` serves it, with status 404, for any path under
 * /{locale}/ that is not a page (scripts/server.mjs); static hosts do the same from
 * out/_redirects. Anything outside every locale gets the global 404, in English.
 */
export default async function PageNotFound({ params }: Props) {
  const { locale } = await params;
  const { ui } = loadCatalogue(locale);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12" data-not-found={locale}>
      <h1 className="text-2xl font-bold">{ui.notFound.title}</h1>
      <p className="mt-3">{ui.notFound.body}</p>
      <p className="mt-6">
        <a href={`/${locale}`} className="btn bg-brand text-white no-underline hover:text-white">
          {ui.notFound.home}
        </a>
      </p>
    </main>
  );
}
