import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanOrigin, cleanPartnerName, cleanReferralUrl, heightMessage, parseEmbedParams } from './embed-params';
import { headersFor } from '@/scripts/security-headers.mjs';
import { widgetSource } from './widget-source';

describe('embed parameters', () => {
  it('keeps a partner name, tidied and capped', () => {
    expect(cleanPartnerName('  Example\n Legal   Aid ')).toBe('Example Legal Aid');
    expect(cleanPartnerName('x'.repeat(200))).toHaveLength(80);
    expect(cleanPartnerName('   ')).toBeNull();
  });
  it.each([
    ['https://example.org/help', 'https://example.org/help'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['/relative', null],
    ['', null],
  ])('referral %s -> %s', (input, expected) => expect(cleanReferralUrl(input)).toBe(expected));
  it('accepts only an exact origin for the host', () => {
    expect(cleanOrigin('https://partner.org')).toBe('https://partner.org');
    expect(cleanOrigin('https://partner.org/page')).toBeNull();
    expect(cleanOrigin('*')).toBeNull();
  });
  it('parses the loader’s query string', () => {
    expect(parseEmbedParams('?partner=Aid&referral=javascript%3Ax&host=http%3A%2F%2F127.0.0.1%3A9000')).toEqual({
      partnerName: 'Aid',
      referralUrl: null,
      hostOrigin: 'http://127.0.0.1:9000',
    });
  });
  it('sends only a whole, positive number', () => {
    expect(heightMessage(812.2)).toBe(813);
    expect(heightMessage(NaN)).toBeNull();
    expect(heightMessage(-5)).toBeNull();
  });
});

describe('the widget loader', () => {
  const source = widgetSource({ locales: ['en', 'es'], titles: { en: 'Untangle', es: 'Untangle' }, neutralSite: 'https://www.weather.gov/' });
  it('stays under 3 KB gzip', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
  });
  it('is valid JavaScript that uses no external code', () => {
    expect(() => new Function(source)).not.toThrow();
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
  });
});

describe('framing headers', () => {
  it('lets any site frame the embed, or only a configured list', () => {
    expect(headersFor('/en/embed', [])['Content-Security-Policy']).toContain('frame-ancestors https: http:');
    expect(headersFor('/es/embed', [], { EMBED_FRAME_ANCESTORS: 'https://a.org https://b.org' })['Content-Security-Policy']).toContain(
      'frame-ancestors https://a.org https://b.org',
    );
  });
  it('keeps every other route unframeable', () => {
    for (const route of ['/en', '/en/check', '/en/embed/x', '/widget.js']) {
      expect(headersFor(route, [])['Content-Security-Policy'], route).toContain("frame-ancestors 'none'");
    }
    expect(headersFor('/en/check', [])['X-Frame-Options']).toBe('DENY');
    expect(headersFor('/en/embed', [])['X-Frame-Options']).toBeUndefined();
  });
});
