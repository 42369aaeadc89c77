// The bench's report, as Markdown (printed and written to .bench/report.md) and as the data
// of .bench/report.json. Pure: the targets checked here append to `failures` and `notes`.
import { BUSY_BENCHMARK_INDEX, BUSY_CPU, LH_GATED_ROUTE, LH_TARGETS, LH_VERSION, LIGHTHOUSE_ROUTES } from './config.mjs';
import { fmt, pct, verdict } from './format.mjs';
import { isNoisy } from './lighthouse-metrics.mjs';

/**
 * The Markdown report. `measured`, `base`, `hashes` and `baseHashes` come from measureAll,
 * `lh` from runLighthouse (null when it did not run), `versions` is { next, react, node }.
 */
export function buildReport({ localeDelta, versions, runs, measured, base, hashes, baseHashes, lh, failures, notes }) {
  const byRoute = Object.fromEntries(measured.map((m) => [m.route, m]));
  const enCheck = byRoute['/en/check'];
  const out = [...headerLines(versions, lh), ...bytesTable(measured, base)];
  out.push(...checksTable(enCheck, byRoute['/es/check'], base, localeDelta, failures));
  if (lh) out.push(...lighthouseTable(lh, runs, failures), ...lighthouseRuns(lh, notes));
  if (enCheck) out.push(...largestScripts(enCheck, hashes, baseHashes));
  for (const n of notes) out.push(`- Note: ${n}`);
  out.push('');
  out.push(
    failures.length
      ? `**${failures.length} target(s) failed:** ${failures.join('; ')}`
      : lh
        ? '**All targets met.**'
        : '**All byte budgets met; the Lighthouse targets were not checked.**',
  );
  return out.join('\n');
}

function headerLines(versions, lh) {
  const g = lh?.[LH_GATED_ROUTE];
  return [
    '## Performance budgets',
    '',
    `next ${versions.next}, react ${versions.react}, node ${versions.node}` +
      (lh ? `, lighthouse ${g?.version ?? LH_VERSION} (${g?.formFactor ?? 'mobile'} preset)` : '') +
      `. Bytes are gzip -9 (zlib level 9).`,
    '',
  ];
}

/** First-load bytes per route against its budget, and the baseline page's. */
export function bytesTable(measured, base) {
  return [
    '| route | first-load JS | budget | result | CSS | HTML | scripts |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: |',
    ...measured.map(
      (m) =>
        `| ${m.route} | ${fmt(m.js.gzip)} | ${fmt(m.budget)} | ${verdict(m.pass)} | ${fmt(m.css.gzip)} | ${fmt(m.html.gzip)} | ${m.js.files.length} |`,
    ),
    `| baseline \`/\` (bench/baseline) | ${fmt(base.js.gzip)} | — | — | ${fmt(base.css.gzip)} | ${fmt(base.html.gzip)} | ${base.js.files.length} |`,
    '',
  ];
}

/** The /es/check − /en/check difference (a target) and /en/check against the baseline (report only). */
export function checksTable(enCheck, esCheck, base, localeDelta, failures) {
  const out = ['| check | value | target | result |', '| --- | ---: | --- | --- |'];
  if (enCheck && esCheck) {
    const delta = Math.abs(esCheck.js.gzip - enCheck.js.gzip);
    const pass = delta <= localeDelta;
    if (!pass) failures.push(`|/es/check − /en/check| = ${delta} > ${localeDelta}`);
    out.push(`| \\|/es/check − /en/check\\| JS | ${fmt(delta)} | ≤ ${fmt(localeDelta)} | ${verdict(pass)} |`);
  } else out.push(`| \\|/es/check − /en/check\\| JS | — | ≤ ${fmt(localeDelta)} | skipped: no /es/check |`);
  if (enCheck)
    out.push(
      `| /en/check JS ÷ baseline JS | ${(enCheck.js.gzip / base.js.gzip).toFixed(3)}× (+${fmt(enCheck.js.gzip - base.js.gzip)} B) | report only | — |`,
    );
  out.push('');
  return out;
}

const ms = (v) => `${fmt(v)} ms`;
/** [label, metric, test (null: report only), target, how to show a value] */
const LH_CHECKS = [
  ['performance (score)', 'performance', (v) => v >= LH_TARGETS.performance, `≥ ${LH_TARGETS.performance}`, fmt],
  ['accessibility (score)', 'accessibility', (v) => v === LH_TARGETS.accessibility, `= ${LH_TARGETS.accessibility}`, fmt],
  ['LCP', 'lcp', null, 'report only', ms],
  ['TBT', 'tbt', (v) => v < LH_TARGETS.tbt, `< ${LH_TARGETS.tbt} ms`, ms],
  ['CLS', 'cls', (v) => v < LH_TARGETS.cls, `< ${LH_TARGETS.cls}`, (v) => (v == null ? '—' : v.toFixed(3))],
];
const LH_COLUMNS = [...LIGHTHOUSE_ROUTES, 'baseline'];

/** Lighthouse medians per page; the targets apply to LH_GATED_ROUTE only. */
export function lighthouseTable(lh, runs, failures) {
  const g = lh[LH_GATED_ROUTE];
  const out = [
    `Lighthouse, median of ${runs} runs per page (targets apply to ${LH_GATED_ROUTE}; the bare baseline page shows how fast this machine is right now):`,
    '',
    `| metric | ${LH_COLUMNS.join(' | ')} | target (${LH_GATED_ROUTE}) | result |`,
    `| --- | ${LH_COLUMNS.map(() => '---:').join(' | ')} | --- | --- |`,
  ];
  for (const [label, key, test, target, show] of LH_CHECKS) {
    const v = g?.[key];
    let result = '—';
    if (test) {
      const pass = g && g.ok > 0 && v != null && test(v);
      if (!pass) failures.push(`Lighthouse ${LH_GATED_ROUTE} ${label}: ${show(v)} (target ${target})`);
      result = verdict(pass);
    }
    out.push(`| ${label} | ${LH_COLUMNS.map((r) => show(lh[r]?.[key])).join(' | ')} | ${target} | ${result} |`);
  }
  out.push('');
  return out;
}

/** Each page's runs, one line per page; notes the runs that a busy machine made pessimistic. */
function lighthouseRuns(lh, notes) {
  const out = [];
  for (const r of LH_COLUMNS) {
    const perRun = lh[r].runs
      .map((x) =>
        x.error
          ? `error (${x.error})`
          : `${x.performance}/${x.accessibility}/${fmt(x.tbt)}ms/${x.cls?.toFixed(3)} [BI ${fmt(x.benchmarkIndex)}, busy ${pct(x.busy)}]`,
      )
      .join('; ');
    out.push(
      `- ${r} runs (perf/a11y/TBT/CLS [benchmarkIndex, CPU busy before the run]): ${perRun}` +
        (lh[r].failedA11y.length ? `; failing a11y audits: ${lh[r].failedA11y.join(', ')}` : ''),
    );
  }
  // Lighthouse's simulated throttling scales with the host's speed: a busy shared
  // machine (other builds or browsers running) inflates TBT and lowers the score.
  const limits = { busyCpu: BUSY_CPU, minBenchmarkIndex: BUSY_BENCHMARK_INDEX };
  const busy = LH_COLUMNS.flatMap((r) => lh[r].runs).filter((x) => isNoisy(x, limits));
  if (busy.length)
    notes.push(
      `${busy.length} Lighthouse run(s) started while other work used over ${pct(BUSY_CPU)} of the CPU or ` +
        `with a benchmarkIndex below ${BUSY_BENCHMARK_INDEX}: their TBT and score are pessimistic; ` +
        'rerun `npm run bench -- --skip-build` when the machine is idle.',
    );
  out.push('');
  return out;
}

/** The six largest first-load scripts of /en/check, marking those byte-identical to a baseline script. */
export function largestScripts(enCheck, hashes, baseHashes) {
  const baseSet = new Set(baseHashes.values());
  const top = [...enCheck.js.files].sort((a, b) => b.gzip - a.gzip).slice(0, 6);
  return [
    'Largest first-load scripts of /en/check (gzip; "framework" = byte-identical chunk also loaded by the baseline page):',
    '',
    ...top.map((f) => `- ${new URL(f.url).pathname}: ${fmt(f.gzip)} B${baseSet.has(hashes.get(f.url)) ? ' (framework)' : ''}`),
    '',
  ];
}

/** The content of .bench/report.json. */
export function reportData({ measured, base, lh, failures, notes }) {
  return {
    routes: measured.map((m) => ({
      route: m.route,
      budget: m.budget,
      pass: m.pass,
      js: m.js.gzip,
      css: m.css.gzip,
      html: m.html.gzip,
      scripts: m.js.files.map((f) => ({ path: new URL(f.url).pathname, bytes: f.bytes, gzip: f.gzip })),
    })),
    baseline: { js: base.js.gzip, css: base.css.gzip, html: base.html.gzip },
    lighthouse: lh,
    failures,
    notes,
  };
}
