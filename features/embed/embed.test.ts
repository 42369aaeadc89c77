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
  const source = widgetSource({
    locales: ['en', 'es'],
    titles: { en: 'Untangle', es: 'Untangle' },
    neutralSite: 'https://www.weather.gov/',
  });
  it('stays under 3 KB gzip', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
  });
  it('is valid JavaScript that uses no external code', () => {
    expect(() => new Function(source)).not.toThrow();
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
  });

  /** Runs the loader against a fake host page; returns a key presser and what it did. */
  function host(extra: Record<string, string> = {}) {
    const listeners: Record<string, ((e: object) => void)[]> = {};
    const replaced: string[] = [];
    const attrs: Record<string, string> = { 'data-partner-name': 'Clinic', ...extra };
    const script = {
      src: 'https://untangle.example/widget.js',
      getAttribute: (n: string) => attrs[n] ?? null,
      parentNode: { insertBefore: () => {} },
    };
    const frame = { style: {}, setAttribute: () => {}, contentWindow: {} };
    const document = {
      currentScript: script,
      documentElement: { style: {} as Record<string, string> },
      createElement: () => frame,
      addEventListener: (type: string, fn: (e: object) => void) => (listeners[type] ??= []).push(fn),
    };
    const window = { addEventListener: () => {} };
    const location = { href: 'https://partner.example/', origin: 'https://partner.example', replace: (u: string) => replaced.push(u) };
    const console = { warn: () => {} };
    new Function('document', 'window', 'location', 'console', 'URL', 'URLSearchParams', source)(
      document,
      window,
      location,
      console,
      URL,
      URLSearchParams,
    );
    const press = (key: string) => {
      for (const fn of listeners.keydown ?? []) fn({ key, repeat: false });
      for (const fn of listeners.keyup ?? []) fn({ key });
    };
    return { press, replaced, hidden: () => document.documentElement.style.visibility === 'hidden' };
  }

  it('leaves the host page for the neutral site on Shift pressed three times (the app’s own counter)', () => {
    const page = host();
    page.press('Shift');
    page.press('Shift');
    expect(page.replaced).toEqual([]);
    page.press('Shift');
    expect(page.replaced).toEqual(['https://www.weather.gov/']);
    expect(page.hidden()).toBe(true);
  });

  it('does not count Shift used as a modifier, and can be turned off', () => {
    const page = host();
    page.press('Shift');
    page.press('Shift');
    page.press('a'); // typing resets the count
    page.press('Shift');
    expect(page.replaced).toEqual([]);
    const off = host({ 'data-quick-exit': 'off' });
    for (let i = 0; i < 3; i++) off.press('Shift');
    expect(off.replaced).toEqual([]);
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
