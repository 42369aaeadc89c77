#!/usr/bin/env bash
# `npm test`: every suite — types, unit (Vitest), build, end-to-end (Playwright + axe).
# Installs what the browser tests need (Debian's Chromium) when it is missing.
# Ends with one line "N passed, N failed" summing every suite.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-browser.sh || { echo "0 passed, 1 failed"; exit 1; }
[ -d node_modules ] || npm ci --no-audit --no-fund

mkdir -p reports
rm -f reports/vitest.json reports/playwright.json
status=0
typecheck_failed=0

echo "== typecheck"
npx tsc --noEmit || { typecheck_failed=1; status=1; }

echo "== lint (eslint, Next's config)"
lint_failed=0
npx eslint . || { lint_failed=1; status=1; }

echo "== format (prettier --check)"
format_failed=0
npx prettier --check . || { format_failed=1; status=1; }

echo "== unit tests (vitest)"
npx vitest run || status=1

echo "== production build"
build_failed=0
npm run build || { build_failed=1; status=1; }

if [ "$build_failed" = 0 ]; then
  echo "== end-to-end tests (playwright, chromium)"
  npx playwright test || status=1
fi

node scripts/summarize-tests.mjs "$typecheck_failed" "$build_failed" "$lint_failed" "$format_failed" || status=1
exit $status
