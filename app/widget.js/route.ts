import { loadCatalogue, locales } from '@/content/load';
import { NEUTRAL_SITE } from '@/features/safety/quick-exit';
import { widgetSource } from '@/features/embed/widget-source';

// Built once, at build time: a static file like any other.
export const dynamic = 'force-static';

export function GET() {
  const all = locales();
  const body = widgetSource({
    locales: all,
    titles: Object.fromEntries(all.map((l) => [l, loadCatalogue(l).ui.embed.title ?? 'Untangle'])),
    neutralSite: NEUTRAL_SITE,
  });
  return new Response(body, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
