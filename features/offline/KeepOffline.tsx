'use client';

import { useEffect, useId, useState } from 'react';
import type { UiMessages } from '@/i18n/messages';
import { translator } from '@/i18n/translate';
import { isKept, offlineSupported } from './offline-state';

// The registering and removing code loads only when the person acts (pages stay light).
const client = () => import('./offline-client');
const bytesKept = async () => (await navigator.storage?.estimate?.())?.usage ?? 0;

type Props = { ui: UiMessages; locale: string; place?: string | null };
type Status = 'idle' | 'keeping' | 'kept' | 'failed' | 'unsupported' | 'removed';

/** A size in the page's language (e.g. "2.9 MB", "2,9 Mo"). */
const size = (bytes: number, locale: string) =>
  bytes >= 1_000_000
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000)
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1000));

/**
 * The opt-in for the offline copy: what it keeps, that someone with the phone could find it,
 * and how to remove it; then "Keep" and "Remove". Used on the safety page and the results.
 */
export default function KeepOffline({ ui, locale, place }: Props) {
  const t = translator(ui);
  const [status, setStatus] = useState<Status>('idle');
  const [bytes, setBytes] = useState(0);
  const [plain, setPlain] = useState(false);
  const id = useId();

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- whether a copy is kept is known only in the browser
    if (!offlineSupported()) setStatus('unsupported');
    else if (isKept()) {
      setStatus('kept');
      bytesKept().then(setBytes, () => undefined);
    }
  }, []);

  const keep = async () => {
    setStatus('keeping');
    const r = await (await client()).keepOffline(locale, { place, plain });
    if (!r.ok) return setStatus(r.reason);
    setBytes(await bytesKept());
    setStatus('kept');
  };
  const remove = async () => {
    await (await client()).removeOffline();
    setStatus('removed');
  };

  return (
    <section aria-labelledby={`${id}-title`} className="no-print mt-8 rounded-lg border border-line bg-white p-4" data-offline="">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t('offline.title')}
      </h2>
      <p className="mt-1">{t('offline.intro')}</p>
      <ul className="mt-2 list-disc space-y-1 ps-6 text-sm">
        <li>{t('offline.stores')}</li>
        <li>{t('offline.risk')}</li>
        <li>{t('offline.howRemove')}</li>
      </ul>
      {status !== 'kept' && status !== 'unsupported' && (
        <>
          <p className="mt-3 flex items-start gap-3">
            <input
              id={`${id}-plain`}
              type="checkbox"
              className="mt-1 size-6 shrink-0 accent-brand"
              checked={plain}
              onChange={(e) => setPlain(e.target.checked)}
            />
            <label htmlFor={`${id}-plain`}>{t('offline.plainName')}</label>
          </p>
          <p className="mt-3">
            <button type="button" className="btn bg-brand text-white" onClick={keep} disabled={status === 'keeping'} data-offline-keep="">
              {t('offline.keep')}
            </button>
          </p>
        </>
      )}
      {status === 'kept' && (
        <p className="mt-3">
          <button type="button" className="btn bg-white text-exit border-exit" onClick={remove} data-offline-remove="">
            {t('offline.remove')}
          </button>
        </p>
      )}
      <p role="status" className="mt-2 text-sm font-semibold empty:hidden" data-offline-status={status}>
        {status === 'keeping'
          ? t('offline.keeping')
          : status === 'kept'
            ? t('offline.kept', { size: size(bytes, locale) })
            : status === 'failed'
              ? t('offline.failed')
              : status === 'unsupported'
                ? t('offline.unsupported')
                : status === 'removed'
                  ? t('offline.removed')
                  : ''}
      </p>
    </section>
  );
}
