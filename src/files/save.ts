/**
 * Saves `blob` as `fileName` through a temporary anchor with an object URL, the one way that
 * works in every browser without a popup. The URL is revoked once the browser has taken the
 * file (revoking in the same task cancels the download in Firefox).
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

/** Where a finished download goes; replace it to intercept files (tests, portals with their own storage). */
export type SaveFile = (blob: Blob, fileName: string) => void | Promise<void>;
