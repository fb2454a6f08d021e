/**
 * Give the user a file: the system save dialog in Electron, a download in browser mode.
 * Resolves false when the user cancelled the dialog.
 */
export async function saveTextFile(name: string, content: string): Promise<boolean> {
  if (window.gloss) {
    const { saved } = await window.gloss.saveFile(name, content);
    return saved;
  }
  const type = name.endsWith('.jsonld') ? 'application/ld+json' : 'text/markdown;charset=utf-8';
  download(name, new Blob([content], { type }));
  return true;
}

/** Browser mode: a `.zip` the core made (base64), as a download. */
export function downloadZip(name: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  download(name, new Blob([bytes], { type: 'application/zip' }));
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
