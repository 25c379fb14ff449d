/**
 * A wide table on a narrow screen: it scrolls sideways inside a region that keyboard users can focus (and so scroll
 * with the arrow keys), named for screen readers.
 */
import type { ReactNode } from 'react';

export function ScrollRegion({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <div className="hotline-scroll" role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
