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
    "worker-src 'self'",
    "manifest-src 'self'",
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

/** Routes partners may frame: the embed, in every language. */
export const EMBED_ROUTE = /^\/[a-z]{2,3}(-[A-Za-z]{2,4})?\/embed\/?$/;
/** Files other sites load: the widget loader. */
export const SHARED_FILES = /^\/widget\.js$/;

/**
 * Who may frame the embed: EMBED_FRAME_ANCESTORS (space-separated origins) when set,
 * otherwise any https or http page.
 */
export function embedFrameAncestors(env = process.env) {
  const list = (env.EMBED_FRAME_ANCESTORS ?? '').trim();
  return list || 'https: http:';
}

/** Every header for one response path (scriptHashes: that page's inline-script hashes). */
export function headersFor(pathname, scriptHashes, env = process.env) {
  const embed = EMBED_ROUTE.test(pathname);
  const shared = SHARED_FILES.test(pathname);
  const headers = { ...BASE_HEADERS };
  if (embed || shared) {
    delete headers['X-Frame-Options'];
    headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
  }
  headers['Content-Security-Policy'] = contentSecurityPolicy(scriptHashes, embed ? { frameAncestors: embedFrameAncestors(env) } : {});
  return headers;
}
