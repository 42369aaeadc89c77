/**
 * The partner loader served at /widget.js: small, dependency-free, no build step. It is
 * generated from this template so the languages it accepts come from content/ (a new
 * catalogue is a new language here too) and the neutral quick-exit site is the app's own.
 */
import { createShiftCounter } from '../safety/quick-exit';

export interface WidgetConfig {
  locales: string[];
  /** The iframe's title per locale. */
  titles: Record<string, string>;
  neutralSite: string;
}

export function widgetSource({ locales, titles, neutralSite }: WidgetConfig): string {
  return `/* Untangle widget loader. Docs: /docs/embed.md in the Untangle repository. */
(function () {
  'use strict';
  var LOCALES = ${JSON.stringify(locales)};
  var TITLES = ${JSON.stringify(titles)};
  var NEUTRAL = ${JSON.stringify(neutralSite)};
  function warn(m) { try { console.warn('[Untangle widget] ' + m); } catch (e) {} }
  var script = document.currentScript;
  if (!script) {
    var all = document.querySelectorAll('script[src*="/widget.js"]');
    script = all[all.length - 1];
  }
  if (!script || !script.parentNode) { warn('could not find its own <script> tag; nothing inserted.'); return; }
  var origin;
  try { origin = new URL(script.src, location.href).origin; } catch (e) { warn('bad script src.'); return; }
  var attr = function (n) { var v = script.getAttribute('data-' + n); return v == null ? '' : String(v).trim(); };

  var locale = attr('locale').toLowerCase();
  if (LOCALES.indexOf(locale) < 0) {
    if (locale) warn('data-locale "' + locale + '" is not available; using "' + LOCALES[0] + '".');
    locale = LOCALES[0];
  }
  var params = new URLSearchParams();
  var name = attr('partner-name').replace(/[\\u0000-\\u001f\\u007f]/g, ' ').slice(0, 80);
  if (name) params.set('partner', name); else warn('no data-partner-name: the results will not name your organisation.');
  var referral = attr('referral-url');
  if (referral) {
    var ok = false;
    try { var u = new URL(referral); ok = u.protocol === 'https:' || u.protocol === 'http:'; } catch (e) {}
    if (ok) params.set('referral', referral); else warn('data-referral-url must be an http(s) address; it was ignored.');
  }
  params.set('host', location.origin);

  var frame = document.createElement('iframe');
  frame.src = origin + '/' + locale + '/embed?' + params.toString();
  frame.title = TITLES[locale] || TITLES[LOCALES[0]] || 'Untangle';
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('referrerpolicy', 'no-referrer');
  // Only what the check needs: its own scripts, its form, links that open in a new tab,
  // and leaving the whole page on quick exit (only after a click or key press).
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation');
  frame.style.cssText = 'display:block;width:100%;max-width:800px;min-width:280px;height:640px;border:0;';
  script.parentNode.insertBefore(frame, script.nextSibling);

  // The embed sends one thing: its height, as a number, from its own origin.
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    var h = e.data;
    if (typeof h !== 'number' || !isFinite(h) || h < 100 || h > 50000) return;
    frame.style.height = Math.ceil(h) + 'px';
  });

  // Shift pressed three times on the host page leaves for a neutral site too (keys pressed
  // here never reach the frame). Partners can turn this off with data-quick-exit="off".
  if (attr('quick-exit') === 'off') return;
  // The app's own counter (features/safety/quick-exit.ts), written out here: one source.
  var counter = (${createShiftCounter.toString()})();
  document.addEventListener('keydown', function (e) { counter.keydown(e.key, e.repeat); }, true);
  document.addEventListener('keyup', function (e) {
    if (counter.keyup(e.key, Date.now()) !== 'exit') return;
    document.documentElement.style.visibility = 'hidden';
    location.replace(NEUTRAL);
  }, true);
})();
`;
}
