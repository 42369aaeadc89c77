// Pure helpers for Lighthouse results: one run's figures from its JSON report (the "lhr"),
// the medians over a page's runs, and which runs a busy machine made pessimistic.
import { median } from './format.mjs';

/** The figures the bench reports from one Lighthouse JSON report, or { error } for a failed run. */
export function metricsOf(lhr) {
  if (lhr.runtimeError?.code && lhr.runtimeError.code !== 'NO_ERROR')
    return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const num = (id) => lhr.audits?.[id]?.numericValue ?? null;
  const score = (id) => (lhr.categories?.[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    failedA11y: Object.values(lhr.audits ?? {})
      .filter((a) => a.score === 0 && lhr.categories?.accessibility?.auditRefs?.some((r) => r.id === a.id))
      .map((a) => a.id),
    version: lhr.lighthouseVersion,
    formFactor: lhr.configSettings?.formFactor,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
  };
}

/** A page's runs with the medians of the successful ones and every accessibility audit any of them failed. */
export function summarizeRuns(runs) {
  const ok = runs.filter((r) => !r.error);
  return {
    runs,
    ok: ok.length,
    performance: median(ok.map((r) => r.performance)),
    accessibility: median(ok.map((r) => r.accessibility)),
    lcp: median(ok.map((r) => r.lcp)),
    tbt: median(ok.map((r) => r.tbt)),
    cls: median(ok.map((r) => r.cls)),
    failedA11y: [...new Set(ok.flatMap((r) => r.failedA11y))],
    version: ok[0]?.version,
    formFactor: ok[0]?.formFactor,
  };
}

/**
 * Whether a successful run started while other work kept the CPU busier than `busyCpu`
 * or while Lighthouse's benchmarkIndex was below `minBenchmarkIndex`.
 */
export const isNoisy = (run, { busyCpu, minBenchmarkIndex }) =>
  !run.error && ((run.busy ?? 0) > busyCpu || (run.benchmarkIndex != null && run.benchmarkIndex < minBenchmarkIndex));
