import type { ReactNode } from 'react';
import { tagColorClass } from './tag-palette';
import { useTags } from './tags-context';

/**
 * A tag as a small chip, tinted with the tag's color when it has one. `children` go after the
 * name (the tag input's remove button).
 */
export function TagChip({
  name,
  className = '',
  children,
}: {
  name: string;
  className?: string;
  children?: ReactNode;
}) {
  const color = useTags().colorOf(name);
  const classes = ['tag', color && 'tag-colored', tagColorClass(color), className].filter(Boolean);
  return (
    <li className={classes.join(' ')} data-tag-color={color ?? undefined}>
      <span data-testid="tag-name">#{name}</span>
      {children}
    </li>
  );
}

/** A tag's color as a small dot; an empty ring when it has none. Decorative: names carry meaning. */
export function TagDot({ name }: { name: string }) {
  const color = useTags().colorOf(name);
  return <span className={`tag-dot ${tagColorClass(color)}`.trim()} aria-hidden="true" />;
}
