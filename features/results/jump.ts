/**
 * Moves to a part of the results without touching the URL: a #fragment would add a history
 * entry that shows which paths apply to the person, and quick exit replaces only the current
 * entry. Opens the part's fold, scrolls to it and focuses its heading.
 */
export function jumpTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  const fold = target.closest('article')?.querySelector<HTMLDetailsElement>('details[data-fold]');
  if (fold) fold.open = true;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The click handler for an in-page link: jump, never change the URL. */
export const jumpOnClick = (id: string) => (e: { preventDefault: () => void }) => {
  e.preventDefault();
  jumpTo(id);
};

let recordTarget: string | null = null;
/** A next step opening one record on /records: remembered in memory, not put in the URL. */
export const setRecordTarget = (id: string | null) => {
  recordTarget = id;
};
export const takeRecordTarget = () => {
  const id = recordTarget;
  recordTarget = null;
  return id;
};
