import { useEffect, useState } from 'react';

/** How long a window must have been in front before a button that arms this way works. */
const ARM_MS = 500;

/**
 * False until the window has been shown and focused for a moment, and again whenever it loses
 * focus. For a button another site can bring on screen (the import confirmation): a click meant
 * for that site's page (the second click of a double click) must not land on it. Browsers guard
 * their own permission prompts the same way.
 */
export function useArmed(): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      setArmed(false);
      if (document.visibilityState === 'visible' && document.hasFocus())
        timer = setTimeout(() => setArmed(true), ARM_MS);
    };
    const disarm = () => {
      clearTimeout(timer);
      setArmed(false);
    };
    arm();
    window.addEventListener('focus', arm);
    window.addEventListener('blur', disarm);
    document.addEventListener('visibilitychange', arm);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', arm);
      window.removeEventListener('blur', disarm);
      document.removeEventListener('visibilitychange', arm);
    };
  }, []);
  return armed;
}
