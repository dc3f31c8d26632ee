/**
 * Catches the files an element saves (an anchor with `download` and a blob: URL, clicked)
 * instead of letting the browser download them, and reads their bytes.
 */
export interface CapturedFile {
  fileName: string;
  href: string;
  blob: Promise<Blob>;
}

export interface DownloadCapture {
  readonly files: CapturedFile[];
  restore(): void;
}

export function captureDownloads(): DownloadCapture {
  const files: CapturedFile[] = [];
  // Blobs are remembered as their URLs are made: reading a blob: URL back with fetch() would
  // itself be refused under a strict CSP (connect-src 'self' does not cover blob:).
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) {
      const href = this.href;
      const blob = blobs.get(href);
      files.push({ fileName: this.download, href, blob: blob ? Promise.resolve(blob) : fetch(href).then((response) => response.blob()) });
      return;
    }
    original.call(this);
  };
  return {
    files,
    restore() {
      HTMLAnchorElement.prototype.click = original;
      URL.createObjectURL = createObjectURL;
    },
  };
}
