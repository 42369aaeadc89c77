/**
 * What a partner's loader passes to the embed in its URL: a partner name, a referral link
 * and the host page's origin (for resize messages). Never answers. Anything invalid is
 * dropped, never used.
 */
export interface EmbedParams {
  partnerName: string | null;
  referralUrl: string | null;
  hostOrigin: string | null;
}

const MAX_NAME = 80;

export function cleanPartnerName(value: string | null | undefined): string | null {
  if (!value) return null;
  // Control characters out, spaces folded, length capped.
  const name = value
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME);
  return name || null;
}

/** Only absolute http(s) URLs: anything else (javascript:, data:, relative) is ignored. */
export function cleanReferralUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An origin exactly (scheme://host[:port]), as window.location.origin gives it. */
export function cleanOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value ? url.origin : null;
  } catch {
    return null;
  }
}

export function parseEmbedParams(search: string): EmbedParams {
  const p = new URLSearchParams(search);
  return {
    partnerName: cleanPartnerName(p.get('partner')),
    referralUrl: cleanReferralUrl(p.get('referral')),
    hostOrigin: cleanOrigin(p.get('host')),
  };
}

/** The only message the embed ever sends its host: its height in CSS pixels, a number. */
export function heightMessage(height: number): number | null {
  return Number.isFinite(height) && height > 0 ? Math.ceil(height) : null;
}
