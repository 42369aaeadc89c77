import NotFoundMessage from '@/features/site/NotFoundMessage';

/** A route inside a locale that does not exist (e.g. an unknown channel id). */
export default function LocaleNotFound() {
  return <NotFoundMessage />;
}
