import { manifestFor, manifestParams, manifestResponse } from '@/features/offline/manifest';

/** This language's web app manifest, with a neutral name; see features/offline/manifest.ts. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = manifestParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return manifestResponse(manifestFor(locale, true));
}
