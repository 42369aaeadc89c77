'use client';

import { useEffect, useRef, useState } from 'react';
import { keepLanguageIfKept, linkManifest } from './offline-client';

type Props = { locale: string; text: { newer: string; update: string } };

/**
 * Loaded only on a page the offline copy controls (never on a first visit). Keeps this
 * language too, offers "Add to Home screen" through the manifest, and, when a newer build has
 * installed and is waiting, says so; a tap lets it take over and reloads, so old and new pages
 * never mix.
 */
export default function OfflineUpdate({ locale, text }: Props) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const tapped = useRef(false);
  useEffect(() => {
    linkManifest(locale);
    keepLanguageIfKept(locale);
    let reg: ServiceWorkerRegistration | undefined;
    const found = () => {
      const w = reg?.waiting ?? reg?.installing;
      if (!w) return;
      if (w.state === 'installed') setWaiting(w);
      else w.addEventListener('statechange', () => w.state === 'installed' && setWaiting(w));
    };
    navigator.serviceWorker.getRegistration().then((r) => {
      reg = r;
      found();
      r?.addEventListener('updatefound', found);
      r?.update().catch(() => undefined);
    });
    // Reload only when the person asked for the newer copy (not when a copy is first made).
    let reloaded = false;
    const onChange = () => {
      if (reloaded || !tapped.current) return;
      reloaded = true;
      window.location.reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', onChange);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', onChange);
  }, [locale]);
  if (!waiting) return null;
  return (
    <p
      role="status"
      className="no-print flex flex-wrap items-center justify-center gap-3 border-b border-line bg-applies-soft px-4 py-2 text-sm"
      data-offline-newer=""
    >
      {text.newer}
      <button
        type="button"
        className="btn min-h-11 bg-white text-brand"
        onClick={() => {
          tapped.current = true;
          waiting.postMessage({ type: 'SKIP_WAITING' });
        }}
      >
        {text.update}
      </button>
    </p>
  );
}
