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
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) {
      const href = this.href;
      files.push({ fileName: this.download, href, blob: fetch(href).then((response) => response.blob()) });
      return;
    }
    original.call(this);
  };
  return {
    files,
    restore() {
      HTMLAnchorElement.prototype.click = original;
    },
  };
}
