import type { ExportJob } from './job.js';

import type { EncodedColumn } from './columnar.js';

/**
 * Page → export Worker: the job without its columns, then each column in a message of its own
 * (each copied in a short task of its own on the page); the Worker starts once all have come.
 */
export type WorkerRequest = { type: 'job'; job: ExportJob; columns: number } | { type: 'column'; index: number; column: EncodedColumn };

/** Export Worker → page. */
export type WorkerReply =
  | { type: 'ready' }
  /** The writers could not load in the Worker: the page writes the file instead. */
  | { type: 'unavailable'; message: string }
  | { type: 'progress'; done: number }
  /** The file: a Blob made in the Worker, passed as a handle (its bytes are not copied). */
  | { type: 'done'; blob: Blob }
  | { type: 'error'; name: string; message: string };
