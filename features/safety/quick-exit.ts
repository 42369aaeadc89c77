/**
 * Quick exit. Unlike GOV.UK's "Exit this page" (which sets location.href, so Back returns,
 * and leaves session data to the service), this hides the page at once, wipes every answer
 * in memory and on the device, then replaces the page in history with a neutral site.
 */
import { clearAllSaved } from './saved-storage';

/** Where quick exit goes: a neutral, common site. Set NEXT_PUBLIC_QUICK_EXIT_URL at build to change it. */
export const NEUTRAL_SITE = process.env.NEXT_PUBLIC_QUICK_EXIT_URL || 'https://www.weather.gov/';

type Wiper = () => void;
const wipers = new Set<Wiper>();

/** Parts of the app that hold answers in memory register a wipe here (e.g. the conversation). */
export function onQuickExit(wipe: Wiper): () => void {
  wipers.add(wipe);
  return () => {
    wipers.delete(wipe);
  };
}

export function wipeEverything(): void {
  for (const wipe of wipers) {
    try {
      wipe();
    } catch {
      // A failing wipe must never stop the exit.
    }
  }
  clearAllSaved();
  try {
    window.speechSynthesis?.cancel();
  } catch {
    // No speech to stop.
  }
  // The offline copy, if one was kept: removed without waiting, so the exit is not delayed.
  try {
    navigator.serviceWorker?.getRegistrations().then((regs) => regs.forEach((r) => r.unregister()));
    if (typeof caches !== 'undefined') caches.keys().then((names) => names.forEach((n) => caches.delete(n)));
  } catch {
    // Nothing kept, or the browser refused: the exit goes on.
  }
}

export function quickExit(): void {
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  wipeEverything();
  // Inside a partner's page (the embed), leave the whole page, not just the frame. The
  // frame's sandbox allows that after a click or key press; if it is refused, leave the frame.
  if (window.top && window.top !== window) {
    try {
      window.top.location.replace(NEUTRAL_SITE);
      return;
    } catch {
      // fall through
    }
  }
  window.location.replace(NEUTRAL_SITE);
}

/**
 * Counts presses of Shift on its own, as GOV.UK's component does: a Shift used as a
 * modifier (Shift+A) does not count and starts the count again, and the presses must
 * all come within `windowMs`. Pure state, so it can be tested without a browser.
 */
export function createShiftCounter({ presses = 3, windowMs = 5000 } = {}) {
  let times: number[] = [];
  let shiftDown = false;
  let usedAsModifier = false;
  return {
    /** Returns the number of counted presses so far (0 after a reset). */
    keydown(key: string, repeat = false): number {
      if (key === 'Shift') {
        if (!repeat) {
          shiftDown = true;
          usedAsModifier = false;
        }
      } else {
        if (shiftDown) usedAsModifier = true;
        times = [];
      }
      return times.length;
    },
    /** Returns 'exit' on the press that completes the sequence, else the count so far. */
    keyup(key: string, now: number): number | 'exit' {
      if (key !== 'Shift') return times.length;
      shiftDown = false;
      if (usedAsModifier) {
        usedAsModifier = false;
        times = [];
        return 0;
      }
      times = [...times.filter((t) => now - t <= windowMs), now];
      if (times.length >= presses) {
        times = [];
        return 'exit';
      }
      return times.length;
    },
    reset() {
      times = [];
      shiftDown = false;
      usedAsModifier = false;
    },
  };
}
