import { useEffect, useId, useRef, useState } from 'react';
import type { Settings } from '../../../electron/contract/model';
import { READER_TEXT } from '../../../electron/contract/values';
import { useSettings } from '../common/settings-context';

type TextSetting = 'readerFontSize' | 'readerLineWidth' | 'readerLineSpacing';

const CONTROLS: {
  setting: TextSetting;
  range: keyof typeof READER_TEXT;
  label: string;
  show: (v: number) => string;
}[] = [
  { setting: 'readerFontSize', range: 'fontSize', label: 'Text size', show: (value) => `${value} px` },
  {
    setting: 'readerLineWidth',
    range: 'lineWidth',
    label: 'Line width',
    show: (value) => `${value} characters`,
  },
  {
    setting: 'readerLineSpacing',
    range: 'lineSpacing',
    label: 'Line spacing',
    show: (value) => value.toFixed(1),
  },
];

const DEFAULTS: Pick<Settings, TextSetting> = {
  readerFontSize: READER_TEXT.fontSize.default,
  readerLineWidth: READER_TEXT.lineWidth.default,
  readerLineSpacing: READER_TEXT.lineSpacing.default,
};

/**
 * The reader's text size, line width and line spacing: a button that opens three sliders. The
 * choices are settings of the library, so they are there after a restart, in either mode.
 */
export function ReaderTextSettings() {
  const { settings, update } = useSettings();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="reader-text-settings" ref={root}>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label="Text settings"
        aria-expanded={open}
        aria-controls={panelId}
        title="Text size, line width and spacing"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true" className="reader-text-glyph">
          Aa
        </span>
      </button>
      {open && (
        <div id={panelId} className="reader-text-panel" role="group" aria-label="Text settings">
          {CONTROLS.map(({ setting, range, label, show }) => {
            const { min, max, step } = READER_TEXT[range];
            const value = settings[setting];
            return (
              <label key={setting} className="reader-text-row">
                <span className="field-label">{label}</span>
                <input
                  type="range"
                  min={min}
                  max={max}
                  step={step}
                  value={value}
                  aria-valuetext={show(value)}
                  onChange={(event) => update({ [setting]: Number(event.target.value) })}
                />
                <output>{show(value)}</output>
              </label>
            );
          })}
          <button type="button" className="button button-small" onClick={() => update(DEFAULTS)}>
            Reset
          </button>
        </div>
      )}
    </div>
  );
}
