import { titleFromUi } from '@/features/site/page-metadata';
import { loadCatalogue, loadTools, sourceEntries } from '@/content/load';
import CardView from '@/features/card/CardView';
import SourceList from '@/features/results/SourceList';
import { formatDate } from '@/i18n/format';
import { translator } from '@/i18n/translate';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('card.title');

/** A know-your-rights card in the person's language beside English, to show or print. */
export default async function CardPage({ params }: Props) {
  const { locale } = await params;
  const { ui, card, meta } = loadCatalogue(locale);
  const en = loadCatalogue('en');
  const t = translator(ui);
  const tools = loadTools();
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="no-print text-3xl font-bold">{ui.card.heading}</h1>
      <p className="no-print mt-3">{card.intro}</p>
      <CardView
        officer={{ lang: 'en', dir: 'ltr', label: en.ui.card.forOfficer, lines: en.card.statement }}
        own={locale === 'en' ? null : { lang: locale, dir: meta.dir, label: ui.card.yourLanguage, lines: card.statement }}
        text={{ show: ui.card.showFull, close: ui.card.closeFull, print: ui.card.print, title: ui.card.heading }}
      />
      <section aria-labelledby="card-how" className="no-print mt-8">
        <h2 id="card-how" className="text-xl font-semibold">
          {ui.card.howTitle}
        </h2>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {card.instructions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="card-cannot" className="mt-8" data-card-cannot="">
        <h2 id="card-cannot" className="text-xl font-semibold">
          {ui.card.cannotTitle}
        </h2>
        <ul className="mt-2 list-disc space-y-1 ps-6">
          {card.cannot.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="card-sources" className="no-print mt-8">
        <h2 id="card-sources" className="text-xl font-semibold">
          {ui.card.sourcesTitle}
        </h2>
        <SourceList locale={locale} sources={sourceEntries(tools.card.sources)} />
        <p className="mt-3 text-sm text-muted">{t('card.asOf', { date: formatDate(tools.card.asOf, locale) })}</p>
      </section>
    </main>
  );
}
