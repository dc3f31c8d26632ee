import type { Zip as ZipType } from 'fflate';
import { throwIfAborted } from '../data/errors.js';
import { TimeSlicer } from './slice.js';
import { sanitizeFileName, uniqueFileName } from './file-name.js';

/** Bytes read from a file and pushed into the archive at a time. */
const PIECE = 1 << 18;
// Formats that are compressed already: storing them is as small and much faster.
const STORED = /^(application\/(pdf|zip|gzip|x-7z-compressed|vnd\.openxmlformats)|image\/(png|jpeg|gif|webp)|video\/|audio\/)/i;

/**
 * A ZIP archive built in the browser while files arrive: each file is added as soon as it
 * is fetched, streamed into fflate in small pieces between which the page stays responsive.
 * Entry names are sanitised and made unique. fflate is loaded with `import()` on first use.
 */
export class StreamingZip {
  private readonly parts: Uint8Array[] = [];
  private readonly taken = new Set<string>();
  private failure: unknown;
  private queue: Promise<unknown> = Promise.resolve();
  private ended = false;

  private constructor(
    private readonly zip: ZipType,
    private readonly fflate: typeof import('fflate'),
  ) {
    zip.ondata = (error, data) => {
      if (error) this.failure = error;
      else if (data.length) this.parts.push(data);
    };
  }

  static async create(): Promise<StreamingZip> {
    const fflate = await import('fflate');
    return new StreamingZip(new fflate.Zip(), fflate);
  }

  /**
   * Adds `blob` as `fileName` (sanitised, made unique); resolves with the name used. Files
   * are added one after another even when called concurrently.
   */
  add(fileName: string, blob: Blob, options: { signal?: AbortSignal; mimeType?: string } = {}): Promise<string> {
    const task = this.queue.then(() => this.write(fileName, blob, options));
    this.queue = task.catch(() => undefined);
    return task;
  }

  /** Ends the archive and resolves with it, after every pending file is in. */
  async finish(): Promise<Blob> {
    await this.queue;
    if (!this.ended) {
      this.ended = true;
      this.zip.end();
    }
    if (this.failure) throw this.failure;
    return new Blob(this.parts as BlobPart[], { type: 'application/zip' });
  }

  /** Drops the archive. */
  abort(): void {
    this.ended = true;
    this.parts.length = 0;
    this.zip.terminate();
  }

  private async write(fileName: string, blob: Blob, options: { signal?: AbortSignal; mimeType?: string }): Promise<string> {
    throwIfAborted(options.signal);
    if (this.ended) throw new Error('The archive is already finished.');
    const name = uniqueFileName(sanitizeFileName(fileName, 'document'), this.taken);
    const stored = STORED.test(options.mimeType || blob.type);
    const entry = stored ? new this.fflate.ZipPassThrough(name) : new this.fflate.ZipDeflate(name, { level: 6 });
    this.zip.add(entry);
    const slicer = new TimeSlicer();
    if (blob.size === 0) entry.push(new Uint8Array(0), true);
    for (let offset = 0; offset < blob.size; offset += PIECE) {
      const piece = new Uint8Array(await blob.slice(offset, offset + PIECE).arrayBuffer());
      // Once an entry is started it must be completed, or the archive is corrupt: abort only between files.
      entry.push(piece, offset + PIECE >= blob.size);
      if (this.failure) throw this.failure;
      if (slicer.due()) await slicer.yield();
    }
    return name;
  }
}
