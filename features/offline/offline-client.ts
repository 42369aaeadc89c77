/**
 * "Keep Untangle on this phone": the page's side of the offline copy. Nothing here runs
 * unless the person chooses it: a first visit registers no service worker and stores nothing.
 */
import { OFFLINE_KEY, clearAllSaved, readRaw, writeRaw } from '../safety/saved-storage';
import { isKept, offlineSupported } from './offline-state';

export type KeepResult = { ok: true; version: string } | { ok: false; reason: 'unsupported' | 'failed' };

/** Asks the service worker something and waits for its answer (or gives up). */
function ask<T>(worker: ServiceWorker, message: object, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('no answer')), timeoutMs);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      resolve(e.data as T);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/** Points the page at this language's web app manifest, so the browser can offer "Add to Home screen". */
export function linkManifest(locale: string, plain = readRaw(OFFLINE_KEY) === 'plain') {
  const href = `/${locale}/${plain ? 'manifest-plain' : 'manifest'}.webmanifest`;
  let link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'manifest';
    document.head.appendChild(link);
  }
  link.href = href;
}

/** Registers the service worker and keeps this language (and the state's file, if named). */
export async function keepOffline(locale: string, { place, plain }: { place?: string | null; plain: boolean }): Promise<KeepResult> {
  if (!offlineSupported()) return { ok: false, reason: 'unsupported' };
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const ready = await navigator.serviceWorker.ready;
    const worker = ready.active;
    const r = worker ? await ask<{ ok: boolean; version?: string }>(worker, { type: 'KEEP', locale, place: place ?? undefined }) : null;
    if (!r?.ok) {
      await removeOffline(); // nothing half-kept
      return { ok: false, reason: 'failed' };
    }
    writeRaw(plain ? 'plain' : 'named', OFFLINE_KEY);
    linkManifest(locale, plain);
    return { ok: true, version: r.version ?? '' };
  } catch {
    await removeOffline().catch(() => undefined);
    return { ok: false, reason: 'failed' };
  }
}

/** Another language visited while the copy is kept: keep it too (a no-op without a copy). */
export async function keepLanguageIfKept(locale: string) {
  if (!isKept()) return;
  const ready = await navigator.serviceWorker.ready;
  if (ready.active) await ask(ready.active, { type: 'KEEP', locale }).catch(() => undefined);
}

/** Removes everything: the service worker, its caches, and every record saved on the device. */
export async function removeOffline(): Promise<void> {
  clearAllSaved();
  document.querySelector('link[rel="manifest"]')?.remove();
  if (offlineSupported()) {
    const regs = await navigator.serviceWorker.getRegistrations();
    await Promise.all(regs.map((r) => r.unregister()));
  }
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(names.map((n) => caches.delete(n)));
  }
}
