// Security headers for every response, shared by the production server (scripts/server.mjs),
// the static-host headers file (scripts/csp.mjs) and the tests. Plain ESM so Node runs it as is.
import { createHash } from 'node:crypto';

/** sha256 CSP sources for each inline <script> in an HTML document. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/**
 * The Content-Security-Policy for a page whose inline scripts have these hashes. Scripts run
 * only from this origin or when their exact text is listed: no 'unsafe-inline', no 'unsafe-eval'.
 */
export function contentSecurityPolicy(scriptHashes, { frameAncestors = "'none'" } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export const BASE_HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
