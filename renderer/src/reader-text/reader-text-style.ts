import type { CSSProperties } from 'react';
import type { Settings } from '../../../electron/contract/model';

/** The reader's text settings as the CSS variables its stylesheet reads, set on the reader's root. */
export function readerTextStyle(settings: Settings): CSSProperties {
  return {
    '--reader-font-size': `${settings.readerFontSize}px`,
    '--reader-line-width': `${settings.readerLineWidth}ch`,
    '--reader-line-spacing': String(settings.readerLineSpacing),
  } as CSSProperties;
}
