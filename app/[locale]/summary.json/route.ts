import { buildCheckContent } from '@/content/check-content';
import { locales } from '@/content/load';

/**
 * A language's whole content for the navigator's printed summary, as a static file. The
 * navigator page carries only its own language; it loads another only when the navigator
 * chooses that language for the summary (the choice is the navigator's, not an answer).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales().map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return Response.json(buildCheckContent(locale));
}
