/**
 * Where "Save on this device" keeps its records (the answers, and the plan), and the guarded
 * raw access to them. Kept apart from the parsers so quick exit (on every page) can wipe
 * every record without loading the questionnaire's validation code.
 */
export const STORAGE_KEY = 'untangle.saved';
/** The family preparedness plan (features/plan), saved only when the person chose to. */
export const PLAN_KEY = 'untangle.plan';
/** The offline copy's one choice (a plain name on the home screen), kept only while it is kept. */
export const OFFLINE_KEY = 'untangle.offline';
/** Every record the app can write: quick exit and "New client" remove them all. */
export const STORAGE_KEYS = [STORAGE_KEY, PLAN_KEY, OFFLINE_KEY] as const;
export type StorageKey = (typeof STORAGE_KEYS)[number];

/** localStorage can throw (private modes, quotas, disabled storage): every access is guarded. */
function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readRaw(key: StorageKey = STORAGE_KEY): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeRaw(value: string, key: StorageKey = STORAGE_KEY): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(key: StorageKey = STORAGE_KEY): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing more can be done; there was nothing readable to remove.
  }
}

/** Removes every record the app keeps on this device. */
export function clearAllSaved(): void {
  for (const key of STORAGE_KEYS) clearSaved(key);
}
