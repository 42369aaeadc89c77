import { CHANNEL_IDS } from '@/questionnaire/channels';
import { titleFromUi } from '@/features/site/page-metadata';
import { loadCatalogue, loadChannelMeta, loadSources, locales } from '@/content/load';
import { translator } from '@/i18n/translate';
import { format, formatDate } from '@/i18n/format';
import LocaleLink from '@/features/site/LocaleLink';
import SourceList from '@/features/results/SourceList';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('about.title');

export default async function About({ params }: Props) {
  const { locale } = await params;
  const { ui, about, channels } = loadCatalogue(locale);
  const meta = loadChannelMeta();
  const sources = Object.entries(loadSources())
    .map(([id, s]) => ({ id, ...s }))
    .sort((a, b) => b.date.localeCompare(a.date));
  const h2 = 'mt-8 text-xl font-semibold';
  const t = translator(ui);
  const paragraphs = (ps: string[]) =>
    ps.map((p) => (
      <p key={p} className="mt-2">
        {p}
      </p>
    ));
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{ui.about.title}</h1>
      <h2 className={h2}>{ui.about.whatItIs}</h2>
      {paragraphs(about.whatItIs)}
      <h2 className={h2}>{ui.about.whatItIsNot}</h2>
      {paragraphs(about.whatItIsNot)}

      <h2 id="legal-help" className={`${h2} scroll-mt-24`}>
        {ui.about.legalHelp}
      </h2>
      <ul className="mt-2 space-y-3">
        {about.legalHelp.map((l) => (
          <li key={l.url}>
            <a href={l.url} rel="noreferrer" target="_blank" className="font-semibold" lang={l.lang}>
              {l.name}
            </a>
            <p>{l.text}</p>
          </li>
        ))}
      </ul>

      <h2 className={h2}>{ui.about.privacy}</h2>
      {paragraphs(about.privacy)}
      <p className="mt-2">
        <a href="/privacy.md" hrefLang="en">
          {ui.about.privacyLink}
        </a>
      </p>

      <h2 className={h2}>{ui.about.reviewed}</h2>
      <ul className="mt-2 list-disc ps-6">
        {CHANNEL_IDS.map((c) => (
          <li key={c}>
            <LocaleLink href={`/${locale}/learn/${c}`}>
              {format(ui.about.reviewedRow ?? '', { channel: channels[c].title, date: formatDate(meta[c].lastReviewed, locale) })}
            </LocaleLink>
          </li>
        ))}
      </ul>

      <h2 className={h2}>{ui.about.sources}</h2>
      <SourceList sources={sources} locale={locale} />

      <h2 id="languages" className={`${h2} scroll-mt-24`}>
        {ui.translation.aboutTitle}
      </h2>
      <p className="mt-2">{ui.translation.aboutIntro}</p>
      <ul className="mt-2 list-disc ps-6" data-translation-status="">
        {locales().map((l) => {
          const { name, dir, translation } = loadCatalogue(l).meta;
          const key =
            translation.status === 'source'
              ? 'translation.statusSource'
              : translation.status === 'machine'
                ? 'translation.statusMachine'
                : 'translation.statusReviewed';
          return (
            <li key={l} data-locale-status={translation.status}>
              <span lang={l} dir={dir} className="font-semibold">
                {name}
              </span>
              : {t(key, { date: formatDate(translation.date, locale) })}
            </li>
          );
        })}
      </ul>

      <h2 className={h2}>{ui.about.whoMadeIt}</h2>
      {paragraphs(about.whoMadeIt)}
    </main>
  );
}
