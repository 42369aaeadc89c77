import { buildCheckContent, splitCheckContent } from '@/content/check-content';
import { locales } from '@/content/load';

/**
 * The results' text, pictures and sources for one language, as a static file. The check
 * page loads it once, as soon as it opens, whatever the answers: the page's first load
 * stays small, and answering still never fetches anything.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales().map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return Response.json(splitCheckContent(buildCheckContent(locale)).results);
}
