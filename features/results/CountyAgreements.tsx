import { formatDate } from '@/i18n/format';
import { translator } from '@/i18n/translate';
import { MODEL_IDS, type Agency, type CountyAgreements as Facts } from '@/questionnaire/counties';
import type { CheckContent } from '@/content/check-content-types';

type Props = { agreements: Facts; stateName: string; content: Pick<CheckContent, 'ui' | 'locale'> };

/**
 * On the 287(g) card: what ICE's list says for the person's county, with its date. The
 * county's own agencies first; state agencies apart (the list does not say where each works);
 * agencies the list gives no county for, folded. Never "no agreement": only "not on the list".
 */
export default function CountyAgreements({ agreements: a, stateName, content }: Props) {
  const t = translator(content.ui);
  const date = formatDate(a.asOf, content.locale);
  const used = new Set([...a.local, ...a.state].flatMap((x) => x.agreements.map((g) => g.model)));
  const models = MODEL_IDS.filter((m) => used.has(m));
  return (
    <section
      aria-labelledby="county-287g-title"
      className="mt-4 rounded-md border border-line px-3 py-2"
      data-county-287g={a.local.length > 0 ? 'listed' : 'not-listed'}
    >
      <h4 id="county-287g-title" className="font-semibold">
        {t('county.title', { county: a.countyName })}
      </h4>
      {a.local.length > 0 ? (
        <>
          <p className="mt-1">{t('county.listedIntro', { county: a.countyName, date })}</p>
          <AgencyList agencies={a.local} content={content} />
        </>
      ) : (
        <p className="mt-1 font-semibold" data-not-listed="">
          {t('county.notListed', { county: a.countyName, date })}
        </p>
      )}
      <p className="mt-2 text-sm">
        {t('county.weekly')}{' '}
        <a href={a.page} rel="noreferrer" target="_blank" lang="en">
          {t('county.icePage')}
        </a>
        .
      </p>

      {a.state.length > 0 && (
        <details className="mt-3" data-state-agencies="">
          <summary className="cursor-pointer font-semibold">{t('county.stateTitle', { state: stateName, count: a.state.length })}</summary>
          <p className="mt-1 text-sm">{t('county.stateIntro')}</p>
          <AgencyList agencies={a.state} content={content} />
        </details>
      )}

      {models.length > 0 && (
        <>
          <h5 className="mt-3 font-semibold">{t('county.modelsTitle')}</h5>
          <dl className="mt-1 text-sm">
            {models.map((m) => (
              <div key={m} className="mt-1">
                <dt className="font-semibold">{t(`county.model-${m}`)}</dt>
                <dd>{t(`county.what-${m}`)}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-1 text-sm text-muted">{t('county.modelsSource')}</p>
        </>
      )}

      {a.unplaced.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-semibold">
            {t('county.unplacedTitle', { state: stateName, count: a.unplaced.length })}
          </summary>
          <p className="mt-1">{t('county.unplacedIntro')}</p>
          <ul className="mt-1 list-disc ps-6">
            {a.unplaced.map((x) => (
              <li key={x.name}>{x.name}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="mt-2 text-sm text-muted">{t('county.listSource', { date })}</p>
    </section>
  );
}

function AgencyList({ agencies, content }: { agencies: Agency[]; content: Props['content'] }) {
  const t = translator(content.ui);
  return (
    <ul className="mt-1 list-disc space-y-1 ps-6" data-agencies="">
      {agencies.map((x) => (
        <li key={`${x.name}-${x.county ?? ''}`} data-agency={x.scope}>
          <span className="font-semibold">{x.name}</span>
          <ul className="ps-2">
            {x.agreements.map((g) => (
              <li key={g.model} data-model={g.model}>
                {t(`county.model-${g.model}`)},{' '}
                {g.signed ? t('county.signed', { date: formatDate(g.signed, content.locale) }) : t('county.noDate')}
                {g.moa && (
                  <>
                    {' · '}
                    <a href={g.moa} rel="noreferrer" target="_blank" lang="en">
                      {t('county.moa')}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
