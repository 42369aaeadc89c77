// Pure helpers for the bench's numbers and log lines.

/** A whole number with thousands separators ("12,345"), or "—" when there is none. */
export const fmt = (n) => (n == null || Number.isNaN(n) ? '—' : Math.round(n).toLocaleString('en-US'));

/** A share (0..1) as a whole percentage ("25%"), or "?" when unknown. */
export const pct = (x) => (x == null ? '?' : `${Math.round(x * 100)}%`);

/** The result cell of a table row. */
export const verdict = (pass) => (pass ? 'PASS' : '**FAIL**');

/** The median of the finite numbers among `values` (others are ignored); null when there are none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
