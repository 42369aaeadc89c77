import { buildCheckContent, splitCheckContent } from '@/content/check-content';
import { titleFromUi } from '@/features/site/page-metadata';
import EmbedFrame from '@/features/embed/EmbedFrame';
import TranslationNote from '@/features/site/TranslationNote';
import { loadCatalogue } from '@/content/load';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('embed.title');

/** The conversation without the site's chrome, for partners' iframes (see /widget.js). */
export default async function EmbedPage({ params }: Props) {
  const { locale } = await params;
  // The results' part loads once, right after the page opens (see results.json).
  const content = splitCheckContent(buildCheckContent(locale)).core;
  return (
    <main id="main" className="mx-auto max-w-3xl px-3 py-3">
      <TranslationNote catalogue={loadCatalogue(locale)} locale={locale} />
      <EmbedFrame content={content} />
    </main>
  );
}
