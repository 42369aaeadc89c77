import { loadCatalogue, locales } from '@/content/load';

/**
 * The web app manifest of one language: it starts in that language, stands alone like an app,
 * and has the icons browsers ask for. The plain variant uses a neutral name ("Notes") for a
 * home screen someone else may see. Linked only once the offline copy is kept.
 */
export function manifestFor(locale: string, plain: boolean) {
  const { ui, meta } = loadCatalogue(locale);
  const name = plain ? ui.offline.plainNameValue : ui.site.appName;
  return {
    name,
    short_name: name,
    description: plain ? name : ui.site.tagline,
    lang: locale,
    dir: meta.dir,
    start_url: `/${locale}`,
    scope: '/',
    display: 'standalone',
    background_color: '#fafaf7',
    theme_color: '#1d4e89',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}

export const manifestParams = () => locales().map((locale) => ({ locale }));

export const manifestResponse = (body: object) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/manifest+json' } });
