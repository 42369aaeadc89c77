/**
 * Where "Save on this device" keeps its one record, and the guarded raw access to it.
 * Kept apart from the parser so quick exit (on every page) can wipe without loading
 * the questionnaire's validation code.
 */
export const STORAGE_KEY = 'untangle.saved';

/** localStorage can throw (private modes, quotas, disabled storage): every access is guarded. */
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readRaw(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeRaw(value: string): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(STORAGE_KEY, value);
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing more can be done; there was nothing readable to remove.
  }
}
