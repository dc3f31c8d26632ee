import { InvoiceAdapterError, isAbortError } from '../data/errors.js';
import { isSafeDocumentUrl } from '../data/safe-url.js';
import type { Invoice, InvoiceDataAdapter, InvoiceDocument } from '../data/types.js';
import { sanitizeFileName } from '../files/file-name.js';
import { StreamingZip } from '../files/zip.js';

export type DownloadFileState = 'waiting' | 'downloading' | 'done' | 'failed';

/** One document of a download, with its progress. */
export interface DownloadFile {
  key: string;
  document: InvoiceDocument;
  invoice: Invoice;
  state: DownloadFileState;
  loaded: number;
  total: number | undefined;
  error?: unknown;
  /** False when trying again cannot help (a refused URL, a missing document). */
  retryable: boolean;
  /** The name the file got (inside the ZIP, or saved). */
  savedAs?: string;
}

/**
 * `downloading` while files arrive; `partial` when some failed and the rest are in (retry
 * them, or save without them); `saving` while the file is handed over; then `done`,
 * `failed` (nothing could be saved) or `cancelled`.
 */
export type DownloadPhase = 'downloading' | 'partial' | 'saving' | 'done' | 'failed' | 'cancelled';

export interface DownloadResult {
  documents: InvoiceDocument[];
  failed: InvoiceDocument[];
  fileName: string;
}

export interface DownloadSessionOptions {
  adapter: InvoiceDataAdapter;
  files: ReadonlyArray<{ key: string; document: InvoiceDocument; invoice: Invoice }>;
  /** `single` saves one file as it is; `zip` bundles every file into one archive. */
  mode: 'single' | 'zip';
  /** The archive's name (zip mode). */
  zipName: string;
  /** Parallel downloads. Default 3. */
  concurrency?: number;
  save(blob: Blob, fileName: string): void | Promise<void>;
  /** Something changed (progress, a state): re-render. */
  onChange(): void;
  onFileError?(file: DownloadFile, error: unknown): void;
  onComplete?(result: DownloadResult): void;
  /** Saving the finished file failed. */
  onSaveError?(error: unknown): void;
}

/**
 * Downloads a set of documents through the adapter, either one file or one ZIP built while
 * they arrive. A failing document does not stop the others; it can be retried on its own,
 * and the archive is saved once everything is in, or on request without the failures.
 * Document URLs other than http(s) and blob are refused before any request.
 */
export class DownloadSession {
  readonly files: DownloadFile[];
  readonly mode: 'single' | 'zip';
  phase: DownloadPhase = 'downloading';
  /** The file name saved, once done. */
  fileName: string | undefined;

  private readonly options: DownloadSessionOptions;
  private readonly controller = new AbortController();
  private readonly byKey = new Map<string, DownloadFile>();
  /** Files to fetch, in order; `cursor` is the next one to look at (retries are appended). */
  private readonly queue: DownloadFile[];
  private cursor = 0;
  private zip: Promise<StreamingZip> | undefined;
  private single: Blob | undefined;
  private running = 0;

  constructor(options: DownloadSessionOptions) {
    this.options = options;
    this.mode = options.mode;
    this.files = options.files.map(({ key, document, invoice }) => ({
      key,
      document,
      invoice,
      state: 'waiting',
      loaded: 0,
      total: typeof document.size === 'number' && document.size >= 0 ? document.size : undefined,
      retryable: true,
    }));
    for (const file of this.files) this.byKey.set(file.key, file);
    this.queue = [...this.files];
  }

  /** The file with `key`, if it is part of this download. */
  file(key: string): DownloadFile | undefined {
    return this.byKey.get(key);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get failed(): DownloadFile[] {
    return this.files.filter((f) => f.state === 'failed');
  }

  get done(): DownloadFile[] {
    return this.files.filter((f) => f.state === 'done');
  }

  /** Bytes received and expected over every file (expected only counts sizes that are known). */
  get bytes(): { loaded: number; total: number } {
    let loaded = 0;
    let total = 0;
    for (const file of this.files) {
      loaded += file.loaded;
      total += Math.max(file.total ?? file.loaded, file.loaded);
    }
    return { loaded, total };
  }

  /** Starts every file; resolves when each has arrived or failed (and, if all arrived, the result is saved). */
  async start(): Promise<void> {
    if (this.mode === 'zip') this.zip = StreamingZip.create();
    await this.pump();
  }

  /** Tries one failed file again; the result is saved when it was the last one missing. */
  async retry(key: string): Promise<void> {
    const file = this.byKey.get(key);
    if (!file || file.state !== 'failed' || !file.retryable || this.isOver()) return;
    await this.requeue([file]);
  }

  /** Tries every failed file that can be retried again. */
  async retryAll(): Promise<void> {
    if (this.isOver()) return;
    const again = this.failed.filter((f) => f.retryable);
    if (again.length === 0) return;
    await this.requeue(again);
  }

  /** Puts failed files back in the queue and downloads them. */
  private async requeue(files: readonly DownloadFile[]): Promise<void> {
    for (const file of files) {
      file.state = 'waiting';
      file.loaded = 0;
      delete file.error;
      this.queue.push(file);
    }
    this.phase = 'downloading';
    this.changed();
    await this.pump();
  }

  /** Saves the ZIP with the files that arrived, leaving out the failures. */
  async saveWithoutFailed(): Promise<void> {
    if (this.phase !== 'partial' || this.done.length === 0) return;
    await this.finish();
  }

  cancel(): void {
    if (this.isOver()) return;
    this.controller.abort();
    void this.zip?.then(
      (zip) => zip.abort(),
      () => undefined,
    );
    this.phase = 'cancelled';
    this.changed();
  }

  private isOver(): boolean {
    return this.phase === 'done' || this.phase === 'cancelled' || this.phase === 'saving';
  }

  private changed(): void {
    this.options.onChange();
  }

  private async pump(): Promise<void> {
    const limit = Math.max(1, this.options.concurrency ?? 3);
    const worker = async () => {
      for (let file = this.next(); file; file = this.next()) await this.fetch(file);
    };
    this.running++;
    try {
      await Promise.all(Array.from({ length: limit }, worker));
    } finally {
      this.running--;
    }
    if (this.running === 0) await this.settle();
  }

  private next(): DownloadFile | undefined {
    if (this.controller.signal.aborted) return undefined;
    while (this.cursor < this.queue.length) {
      const file = this.queue[this.cursor++] as DownloadFile;
      if (file.state !== 'waiting') continue;
      file.state = 'downloading';
      return file;
    }
    return undefined;
  }

  private async fetch(file: DownloadFile): Promise<void> {
    const signal = this.controller.signal;
    this.changed();
    try {
      const url = file.document.url;
      if (url !== undefined && url !== null && !isSafeDocumentUrl(String(url))) {
        throw new InvoiceAdapterError('unsafe-url', 'Refused a document URL that is not http(s) or blob.', { retryable: false });
      }
      const blob = await this.options.adapter.fetchDocument(file.document, {
        signal,
        onProgress: (loaded, total) => {
          if (signal.aborted) return;
          file.loaded = loaded;
          if (typeof total === 'number' && total > 0) file.total = total;
          this.changed();
        },
      });
      if (signal.aborted) return;
      if (!(blob instanceof Blob)) throw new InvoiceAdapterError('bad-response', 'The document was not a file.', { retryable: false });
      const name = this.fileNameOf(file.document);
      if (this.zip) file.savedAs = await (await this.zip).add(name, blob, { signal, mimeType: file.document.mimeType });
      else {
        this.single = blob;
        file.savedAs = sanitizeFileName(name, 'document');
      }
      file.loaded = blob.size;
      file.total = blob.size;
      file.state = 'done';
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      file.state = 'failed';
      file.error = error;
      file.retryable = (error as { retryable?: unknown })?.retryable !== false;
      this.options.onFileError?.(file, error);
    }
    this.changed();
  }

  private fileNameOf(document: InvoiceDocument): string {
    const name =
      typeof document.fileName === 'string' && document.fileName.trim() ? document.fileName : String(document.name ?? 'document');
    return name;
  }

  private async settle(): Promise<void> {
    if (this.controller.signal.aborted || this.isOver()) return;
    if (this.files.some((f) => f.state === 'waiting' || f.state === 'downloading')) return;
    if (this.failed.length === 0) await this.finish();
    else {
      this.phase = this.mode === 'zip' && this.done.length > 0 ? 'partial' : 'failed';
      this.changed();
    }
  }

  private async finish(): Promise<void> {
    this.phase = 'saving';
    this.changed();
    try {
      let blob: Blob;
      let fileName: string;
      if (this.zip) {
        blob = await (await this.zip).finish();
        fileName = sanitizeFileName(this.options.zipName, 'documents.zip');
      } else {
        blob = this.single as Blob;
        fileName = this.files[0]?.savedAs ?? 'document';
      }
      await this.options.save(blob, fileName);
      this.fileName = fileName;
      this.phase = 'done';
      this.changed();
      this.options.onComplete?.({ documents: this.done.map((f) => f.document), failed: this.failed.map((f) => f.document), fileName });
    } catch (error) {
      this.phase = 'failed';
      this.changed();
      this.options.onSaveError?.(error);
    }
  }
}
