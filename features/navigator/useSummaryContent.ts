'use client';

import { useEffect, useState } from 'react';
import type { CheckContent } from '@/content/check-content-types';

const loads = new Map<string, Promise<CheckContent>>();

/** Fetches a language's whole content for the printed summary, once per page (/{locale}/summary.json). */
function loadSummary(locale: string): Promise<CheckContent> {
  let p = loads.get(locale);
  if (!p) {
    p = fetch(`/${locale}/summary.json`).then((r) => {
      if (!r.ok) throw new Error(`summary.json ${r.status}`);
      return r.json() as Promise<CheckContent>;
    });
    p.catch(() => loads.delete(locale)); // a failed load can be tried again
    loads.set(locale, p);
  }
  return p;
}

/**
 * The content the printed summary uses: the page's own language at once; another language
 * only when the navigator chooses it, loaded once then (so no page carries every language).
 */
export function useSummaryContent(own: CheckContent, chosen: string) {
  const [loaded, setLoaded] = useState<Record<string, CheckContent>>({});
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (chosen === own.locale || loaded[chosen]) return;
    let live = true;
    loadSummary(chosen).then(
      (c) => live && (setLoaded((m) => ({ ...m, [chosen]: c })), setFailed(null)),
      () => live && setFailed(chosen),
    );
    return () => {
      live = false;
    };
  }, [chosen, own.locale, loaded]);
  const content = chosen === own.locale ? own : loaded[chosen];
  return { content: content ?? own, status: content ? 'ready' : failed === chosen ? 'failed' : 'loading' } as const;
}
