/**
 * Quick exit: hide the page at once, forget everything, then replace this page in
 * history with a neutral site so Back does not return here.
 */
export const NEUTRAL_SITE = 'https://www.weather.gov/';

type Wiper = () => void;
const wipers = new Set<Wiper>();

/** Parts of the app that hold answers register a wipe here (e.g. the conversation's actor). */
export function onQuickExit(wipe: Wiper): () => void {
  wipers.add(wipe);
  return () => wipers.delete(wipe);
}

export function quickExit(): void {
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  for (const wipe of wipers) {
    try {
      wipe();
    } catch {
      // A failing wipe must never stop the exit.
    }
  }
  window.location.replace(NEUTRAL_SITE);
}
