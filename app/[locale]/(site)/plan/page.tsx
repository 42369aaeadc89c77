import { titleFromUi } from '@/features/site/page-metadata';
import { loadCatalogue, loadTools, sourceEntries } from '@/content/load';
import SourceList from '@/features/results/SourceList';
import { buildStepsContent } from '@/content/steps-content';
import PlanForm from '@/features/plan/PlanForm';
import { formatDate } from '@/i18n/format';
import { translator } from '@/i18n/translate';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromUi('plan.title');

/** A family preparedness plan, filled in on the device, printable; nothing is sent. */
export default async function PlanPage({ params }: Props) {
  const { locale } = await params;
  const { ui, plan } = loadCatalogue(locale);
  const t = translator(ui);
  const structure = loadTools().plan;
  const ids = [...new Set(structure.sections.flatMap((s) => s.items.map((i) => i.source)))];
  const sources = sourceEntries(ids);
  const citations = Object.fromEntries(sources.map((s) => [s.id, `${s.publisher}, ${s.title}`]));
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{ui.plan.heading}</h1>
      <p className="mt-3">{plan.intro}</p>
      <p className="no-print mt-2 rounded-md bg-note px-3 py-2 text-sm">{ui.plan.memory}</p>
      <PlanForm content={buildStepsContent(locale, ['plan', 'steps'])} structure={structure} words={plan} citations={citations} />
      <section aria-labelledby="plan-sources" className="no-print mt-8">
        <h2 id="plan-sources" className="text-xl font-semibold">
          {ui.plan.sourcesTitle}
        </h2>
        <SourceList locale={locale} sources={sources} />
        <p className="mt-3 text-sm text-muted">{t('plan.asOf', { date: formatDate(structure.asOf, locale) })}</p>
      </section>
    </main>
  );
}
