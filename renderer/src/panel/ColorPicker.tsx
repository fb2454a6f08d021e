import type { HighlightColor } from '../../../electron/contract/model';
import { COLOR_LABELS, HIGHLIGHT_COLORS } from '../common/vocabulary';

/** A highlight's color as a radio group: arrow keys move between colors. */
export function ColorPicker({
  color,
  onChange,
}: {
  color: HighlightColor;
  onChange: (color: HighlightColor) => void;
}) {
  const move = (step: number) => {
    const index = HIGHLIGHT_COLORS.indexOf(color);
    onChange(HIGHLIGHT_COLORS[(index + step + HIGHLIGHT_COLORS.length) % HIGHLIGHT_COLORS.length]!);
  };
  return (
    <div
      className="color-picker"
      role="radiogroup"
      aria-label="Highlight color"
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(1);
        else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(-1);
        else return;
        event.preventDefault();
        const group = event.currentTarget;
        requestAnimationFrame(() => group.querySelector<HTMLElement>('[aria-checked="true"]')?.focus());
      }}
    >
      {HIGHLIGHT_COLORS.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={option === color}
          tabIndex={option === color ? 0 : -1}
          aria-label={COLOR_LABELS[option]}
          title={COLOR_LABELS[option]}
          className={`swatch swatch-small swatch-${option}`}
          onClick={() => onChange(option)}
        />
      ))}
    </div>
  );
}
