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
  | { type: 'progress'; done: number }
  | { type: 'done'; buffer: ArrayBuffer; mimeType: string }
  | { type: 'error'; name: string; message: string };
