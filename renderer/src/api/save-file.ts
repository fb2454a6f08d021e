/**
 * Give the user a file: the system save dialog in Electron, a download in browser mode.
 * Resolves false when the user cancelled the dialog.
 */
export async function saveTextFile(name: string, content: string): Promise<boolean> {
  if (window.gloss) {
    const { saved } = await window.gloss.saveFile(name, content);
    return saved;
  }
  const blob = new Blob([content], { type: 'text/markdown;charset=utf-8' });
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
  return true;
}
