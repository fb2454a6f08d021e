import { useEffect } from 'react';
import { dialogOpen } from '../common/keyboard';
import { acceptsText } from './drag-kind';
import { webAddresses } from './web-addresses';

/**
 * Ctrl/Cmd+V of web addresses anywhere in the view (outside text fields, which keep their own
 * paste) imports them. Pasted text without an address does nothing.
 */
export function usePastedAddresses(onUrls: (urls: string[]) => void): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (acceptsText(event.target) || dialogOpen()) return;
      const urls = webAddresses(event.clipboardData?.getData('text/plain') ?? '');
      if (urls.length === 0) return;
      event.preventDefault();
      onUrls(urls);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onUrls]);
}
