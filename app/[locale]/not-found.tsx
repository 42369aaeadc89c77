import { loadCatalogue, locales } from '@/content/load';
import LocaleNotFoundMessage from '@/features/site/LocaleNotFoundMessage';

/**
 * A route inside a locale that does not exist (e.g. an unknown channel id), in that locale's
 * words. Next gives a not-found page no params, so every language's three lines are passed
 * and the browser picks the one of the URL's locale (English for anything else).
 */
export default function LocaleNotFound() {
  const texts = Object.fromEntries(locales().map((l) => [l, { ...loadCatalogue(l).ui.notFound, dir: loadCatalogue(l).meta.dir }]));
  return <LocaleNotFoundMessage texts={texts} />;
}
