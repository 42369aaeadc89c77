// Sums Vitest's and Playwright's JSON reports (plus typecheck and build as one check each)
// into the single line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const [typecheckFailed = '0', buildFailed = '0', lintFailed = '0', formatFailed = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const lines = [];

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  // A test file that fails to load has no failed tests but is a failed suite: count it too.
  failed += Math.max(vitest.numFailedTests, vitest.numFailedTestSuites ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
  lines.push(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
} else {
  failed += 1;
  lines.push('vitest: no report (counted as 1 failure)');
}

for (const [name, flag] of [
  ['typecheck', typecheckFailed],
  ['lint', lintFailed],
  ['format', formatFailed],
  ['build', buildFailed],
]) {
  if (flag === '1') failed += 1;
  else passed += 1;
  lines.push(`${name}: ${flag === '1' ? 'failed' : 'passed'}`);
}

if (buildFailed !== '1') {
  const pw = read('reports/playwright.json');
  if (pw) {
    const s = pw.stats;
    const errors = pw.errors?.length ?? 0;
    passed += s.expected + s.flaky;
    failed += s.unexpected + errors;
    lines.push(
      `playwright: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped${errors ? `, ${errors} errors` : ''}`,
    );
    if (s.expected + s.unexpected + s.flaky === 0) failed += 1;
  } else {
    failed += 1;
    lines.push('playwright: no report (counted as 1 failure)');
  }
}

console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
