import { buildPlaceFile, placeFileNames } from '@/content/place-files';
import { JURISDICTION_CODES } from '@/questionnaire/jurisdictions';

/**
 * One file per state or territory: its counties, the agencies on ICE's 287(g) list there and
 * its local help. Static, built once; the page asks for it when the person names the place,
 * the same file for everyone who names it. No request ever names a county.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return placeFileNames().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const code = JURISDICTION_CODES.find((c) => `${c}.json` === file);
  if (!code) return new Response('Not found', { status: 404 });
  return Response.json(buildPlaceFile(code));
}
