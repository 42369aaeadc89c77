import { DEFAULT_LOCALE, loadCatalogue, locales } from '@/content/load';
import LocaleAutoPick from './LocaleAutoPick';

/**
 * `/`: offers every language, each link in its own language. With JavaScript, it
 * goes straight to the browser's preferred language (works on any static host,
 * since it reads navigator.languages rather than a request header).
 */
export default function Picker() {
  const all = locales().map((locale) => ({ locale, catalogue: loadCatalogue(locale) }));
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <LocaleAutoPick available={all.map((a) => a.locale)} fallback={DEFAULT_LOCALE} />
      <h1 className="text-2xl font-bold">Untangle</h1>
      <ul className="mt-6 space-y-4">
        {all.map(({ locale, catalogue }) => (
          <li key={locale} lang={locale} dir={catalogue.meta.dir}>
            <p className="text-muted">{catalogue.ui.picker.intro}</p>
            <a href={`/${locale}`} hrefLang={locale} className="btn mt-2 w-full bg-brand text-white no-underline hover:text-white">
              {catalogue.meta.name}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
