import { useEffect, useRef, useState } from 'react';
import { isElectron } from '../api/client';
import { bookmarklet } from './bookmarklet';
import { isMac } from './ToastProvider';

/**
 * The help dialog's "Send to Gloss" bookmarklet: a link to drag to the bookmarks bar, and a
 * Copy button for browsers where dragging is awkward (paste it as a new bookmark's address).
 */
export function SendToGloss() {
  const desktop = isElectron();
  const code = bookmarklet(desktop ? 'desktop' : 'browser', window.location.origin);
  const link = useRef<HTMLAnchorElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  // React refuses javascript: in href (rightly, for addresses from data); this one is our own
  // constant, and Gloss's CSP keeps it from running inside Gloss.
  useEffect(() => link.current?.setAttribute('href', code), [code]);

  const copy = () => {
    navigator.clipboard.writeText(code).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };

  return (
    <section className="help-section send-to-gloss" aria-labelledby="send-to-gloss-title">
      <h3 id="send-to-gloss-title">Send pages from your browser</h3>
      <p className="help-text">
        Drag this button to your browser&rsquo;s bookmarks bar (show the bar with {isMac() ? '⌘' : 'Ctrl'}
        +Shift+B). On any web page, click the bookmark: {desktop ? 'Gloss' : 'a Gloss tab'} opens and asks
        whether to import the page. Nothing is imported until you choose Import.
      </p>
      <div className="send-to-gloss-row">
        <a
          ref={link}
          className="bookmarklet"
          draggable
          data-testid="bookmarklet"
          title="Drag me to the bookmarks bar"
          onClick={(event) => event.preventDefault()}
        >
          Send to Gloss
        </a>
        <button type="button" className="button" onClick={copy}>
          Copy bookmarklet
        </button>
        <span className="send-to-gloss-status" role="status">
          {copied === 'yes'
            ? 'Copied. Add a bookmark and paste this as its address.'
            : copied === 'no'
              ? 'Gloss could not copy. Drag the button instead.'
              : ''}
        </span>
      </div>
      <p className="help-text help-text-faint">
        {desktop
          ? 'It uses gloss:// links; the first time, your browser asks whether to open Gloss.'
          : 'It opens this address, so it works while Gloss runs here (start Gloss with --port to keep the address the same).'}
      </p>
    </section>
  );
}
