/**
 * Whether a pointer (a mouse button, a finger, a pen) is pressed now, tracked on the window in
 * the capture phase, so it is known before any element's handlers run.
 */
let pressed = false;
window.addEventListener('pointerdown', () => (pressed = true), true);
for (const type of ['pointerup', 'pointercancel'] as const)
  window.addEventListener(type, () => (pressed = false), true);

/**
 * Run `action` now, or, while a pointer is pressed, once it is released and its click has been
 * delivered. For a layout change made on blur (something shown only while a field has focus):
 * made between press and release, it moves what is under the pointer, and the click is lost.
 */
export function afterPointerRelease(action: () => void): void {
  if (!pressed) {
    action();
    return;
  }
  const release = () => {
    window.removeEventListener('pointerup', release, true);
    window.removeEventListener('pointercancel', release, true);
    // The click is dispatched right after pointerup, in the same task: this runs after it.
    setTimeout(action, 0);
  };
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}
