import type { Metadata } from 'next';
import { buildCheckContent } from '@/lib/check-content';
import { loadCatalogue } from '@/lib/content';
import EmbedFrame from '@/app/components/EmbedFrame';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: loadCatalogue(locale).ui.embedTitle };
}

/** The conversation without the site's chrome, for partners' iframes (see /widget.js). */
export default async function EmbedPage({ params }: Props) {
  const { locale } = await params;
  const content = buildCheckContent(locale);
  return (
    <main id="main" className="mx-auto max-w-3xl px-3 py-3">
      <EmbedFrame content={content} />
    </main>
  );
}
