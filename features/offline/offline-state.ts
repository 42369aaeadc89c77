/** Whether this browser can keep a copy, and whether the person kept one here. Tiny, so any page can ask. */
import { OFFLINE_KEY, readRaw } from '../safety/saved-storage';

export const offlineSupported = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

/** Set only after the copy was made (untangle.offline), and removed with it. */
export const isKept = () => offlineSupported() && !!navigator.serviceWorker.controller && readRaw(OFFLINE_KEY) !== null;
