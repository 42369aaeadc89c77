import type { Metadata } from 'next';
import { loadCatalogue } from '@/content/load';
import LocaleLink from '@/features/site/LocaleLink';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: { absolute: `${loadCatalogue(locale).ui.site.appName}: ${loadCatalogue(locale).ui.site.tagline}` } };
}

export default async function Landing({ params }: Props) {
  const { locale } = await params;
  const { ui } = loadCatalogue(locale);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold leading-tight">{ui.landing.title}</h1>
      <p className="mt-4 text-lg">{ui.landing.intro}</p>
      <section aria-labelledby="privacy-title" className="mt-6 rounded-lg border border-line bg-white p-4">
        <h2 id="privacy-title" className="font-semibold">
          {ui.landing.privacyTitle}
        </h2>
        <p className="mt-1">{ui.landing.privacy}</p>
      </section>
      <p className="mt-6 text-muted">{ui.landing.time}</p>
      <LocaleLink
        href={`/${locale}/check`}
        className="btn mt-4 bg-brand text-white no-underline hover:bg-brand-dark hover:text-white text-lg px-8"
      >
        {ui.landing.start}
      </LocaleLink>
      <section aria-labelledby="exit-title" className="mt-8 rounded-lg border border-line bg-white p-4">
        <h2 id="exit-title" className="font-semibold">
          {ui.landing.quickExitTitle}
        </h2>
        <p className="mt-1">{ui.landing.quickExit}</p>
        <p className="mt-2">
          <LocaleLink href={`/${locale}/safety`}>{ui.landing.safetyLink}</LocaleLink>
        </p>
      </section>
      <p className="mt-8 text-sm text-muted">{ui.landing.notAdvice}</p>
    </main>
  );
}
