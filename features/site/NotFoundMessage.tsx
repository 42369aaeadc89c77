import { loadCatalogue, DEFAULT_LOCALE } from '@/content/load';

/** The 404 text, in English: a URL we cannot read gives no reliable language. */
export default function NotFoundMessage() {
  const { ui } = loadCatalogue(DEFAULT_LOCALE);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-2xl font-bold">{ui.notFound.title}</h1>
      <p className="mt-3">{ui.notFound.body}</p>
      <p className="mt-6">
        {/* A full page load on purpose: the global 404 has no locale layout or router to keep. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="btn bg-brand text-white no-underline hover:text-white">
          {ui.notFound.home}
        </a>
      </p>
    </main>
  );
}
