'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { CheckContent, CoreContent, ResultsContent } from '@/content/check-content-types';
import type ResultsView from '../results/Results';

const loads = new Map<string, Promise<ResultsContent>>();

type ResultsComponent = typeof ResultsView;
let view: Promise<ResultsComponent> | null = null;
/**
 * The results' screen (cards, pictures, local help) is code the first screen does not need:
 * it loads, like the results' text, as soon as the page opens, for everyone alike.
 */
function loadResultsView(): Promise<ResultsComponent> {
  view ??= import('../results/Results').then((m) => m.default);
  view.catch(() => (view = null));
  return view;
}

/** The results' screen component, once loaded (null before; `failed` if it could not load). */
export function useResultsView(): { Results: ComponentType<Parameters<ResultsComponent>[0]> | null; failed: boolean } {
  const [loaded, setLoaded] = useState<{ Results: ResultsComponent | null; failed: boolean }>({ Results: null, failed: false });
  useEffect(() => {
    let live = true;
    loadResultsView().then(
      (Results) => live && setLoaded({ Results, failed: false }),
      () => live && setLoaded({ Results: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

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
