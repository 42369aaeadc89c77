import type { ReactNode } from 'react';

type Props = { folded: boolean; show: string; hide: string; label?: string; children: ReactNode; className?: string };

/**
 * Folds part of the results on a phone: a native <details>, so keyboard and screen readers
 * work without code, and its open or closed state is never stored. Unfolded (the navigator)
 * it renders its content as it is. Print opens every fold (globals.css and PrintOpensFolds).
 */
export default function Fold({ folded, show, hide, label, children, className = '' }: Props) {
  if (!folded) return <>{children}</>;
  return (
    <details className={`fold ${className}`} data-fold="">
      <summary className="fold-summary no-print">
        <span className="when-closed">{show}</span>
        <span className="when-open">{hide}</span>
        {label && <span className="sr-only"> {label}</span>}
      </summary>
      {children}
    </details>
  );
}
