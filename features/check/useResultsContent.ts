'use client';

import { useEffect, useState } from 'react';
import type { CheckContent, CoreContent, ResultsContent } from '@/content/check-content-types';

const loads = new Map<string, Promise<ResultsContent>>();

/** One request per language and page visit, started when the page opens, never per answer. */
function loadResults(locale: string): Promise<ResultsContent> {
  let p = loads.get(locale);
  if (!p) {
    p = fetch(`/${locale}/results.json`, { credentials: 'omit' }).then((r) => {
      if (!r.ok) throw new Error(`results.json: ${r.status}`);
      return r.json() as Promise<ResultsContent>;
    });
    p.catch(() => loads.delete(locale)); // a failed load may be tried again
    loads.set(locale, p);
  }
  return p;
}

/** The full content: given whole (navigator), or core now and the results' part once loaded. */
export function useResultsContent(content: CoreContent & Partial<ResultsContent>): { full: CheckContent | null; failed: boolean } {
  const given = 'channels' in content && content.channels ? (content as CheckContent) : null;
  const [loaded, setLoaded] = useState<ResultsContent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (given) return;
    let live = true;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new language drops the old language's text at once
    setLoaded(null);
    loadResults(content.locale).then(
      (r) => live && setLoaded(r),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [content.locale, given]);
  if (given) return { full: given, failed: false };
  return { full: loaded ? { ...content, ...loaded } : null, failed };
}
