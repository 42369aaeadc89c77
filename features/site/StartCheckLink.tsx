import LocaleLink from './LocaleLink';

/** The call to action at the end of explainer pages: go and check your own situation. */
export default function StartCheckLink({ locale, label }: { locale: string; label: string }) {
  return (
    <p className="mt-8">
      <LocaleLink href={`/${locale}/check`} className="btn bg-brand text-white no-underline hover:text-white">
        {label}
      </LocaleLink>
    </p>
  );
}
