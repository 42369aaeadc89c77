import { describe, expect, it } from 'vitest';
import { isNoisy, metricsOf, summarizeRuns } from './lighthouse-metrics.mjs';

// The parts of a Lighthouse 12 JSON report that the bench reads.
const lhr = {
  lighthouseVersion: '12.2.3',
  configSettings: { formFactor: 'mobile' },
  environment: { benchmarkIndex: 1712.5 },
  categories: {
    performance: { score: 0.974 },
    accessibility: { score: 0.96, auditRefs: [{ id: 'color-contrast' }, { id: 'image-alt' }, { id: 'label' }] },
  },
  // Each audit carries its own id, as in a real report.
  audits: {
    'largest-contentful-paint': { id: 'largest-contentful-paint', numericValue: 1830.2 },
    'total-blocking-time': { id: 'total-blocking-time', numericValue: 41 },
    'cumulative-layout-shift': { id: 'cumulative-layout-shift', numericValue: 0.0012 },
    'color-contrast': { id: 'color-contrast', score: 0 },
    'image-alt': { id: 'image-alt', score: 1 },
    label: { id: 'label', score: null },
    'unused-javascript': { id: 'unused-javascript', score: 0 },
  },
};

describe('one Lighthouse run', () => {
  it('takes scores as whole percentages and the metrics as numbers', () => {
    expect(metricsOf(lhr)).toEqual({
      performance: 97,
      accessibility: 96,
      lcp: 1830.2,
      tbt: 41,
      cls: 0.0012,
      failedA11y: ['color-contrast'],
      version: '12.2.3',
      formFactor: 'mobile',
      benchmarkIndex: 1712.5,
    });
  });

  it('lists only failed audits of the accessibility category', () => {
    expect(metricsOf(lhr).failedA11y).not.toContain('unused-javascript');
  });

  it('gives null for what the report lacks', () => {
    const m = metricsOf({ lighthouseVersion: '12.2.3' });
    expect(m).toMatchObject({ performance: null, accessibility: null, lcp: null, tbt: null, cls: null, benchmarkIndex: null });
    expect(m.failedA11y).toEqual([]);
  });

  it('turns a runtime error into a failed run', () => {
    expect(metricsOf({ ...lhr, runtimeError: { code: 'NO_FCP', message: 'The page did not paint' } })).toEqual({
      error: 'NO_FCP: The page did not paint',
    });
    expect(metricsOf({ ...lhr, runtimeError: { code: 'NO_ERROR', message: '' } }).performance).toBe(97);
  });
});

describe('a page over several runs', () => {
  const run = (performance, tbt, extra = {}) => ({
    performance,
    accessibility: 100,
    lcp: 2000,
    tbt,
    cls: 0.01,
    failedA11y: [],
    version: '12.2.3',
    formFactor: 'mobile',
    ...extra,
  });

  it('takes the medians of the successful runs only', () => {
    const runs = [run(90, 200), { error: 'lighthouse exit 1: boom' }, run(98, 20), run(96, 60)];
    const s = summarizeRuns(runs);
    expect(s.runs).toBe(runs);
    expect(s.ok).toBe(3);
    expect(s.performance).toBe(96);
    expect(s.tbt).toBe(60);
    expect(s.accessibility).toBe(100);
    expect(s.version).toBe('12.2.3');
  });

  it('collects each failed accessibility audit once', () => {
    const s = summarizeRuns([run(99, 10, { failedA11y: ['label'] }), run(99, 10, { failedA11y: ['label', 'color-contrast'] })]);
    expect(s.failedA11y).toEqual(['label', 'color-contrast']);
  });

  it('has no figures when every run failed', () => {
    const s = summarizeRuns([{ error: 'a' }, { error: 'b' }]);
    expect(s).toMatchObject({ ok: 0, performance: null, tbt: null, failedA11y: [], version: undefined });
  });
});

describe('noisy runs', () => {
  const limits = { busyCpu: 0.25, minBenchmarkIndex: 1000 };

  it('flags a run after a busy second or with a low benchmarkIndex', () => {
    expect(isNoisy({ busy: 0.4, benchmarkIndex: 1700 }, limits)).toBe(true);
    expect(isNoisy({ busy: 0.1, benchmarkIndex: 800 }, limits)).toBe(true);
  });

  it('does not flag a quiet run, one with unknown load, or a failed one', () => {
    expect(isNoisy({ busy: 0.25, benchmarkIndex: 1000 }, limits)).toBe(false);
    expect(isNoisy({ busy: null, benchmarkIndex: null }, limits)).toBe(false);
    expect(isNoisy({ error: 'x', busy: 0.9 }, limits)).toBe(false);
  });
});
