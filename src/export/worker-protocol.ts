import type { ExportJob } from './job.js';

/** Page → export Worker. */
export type WorkerRequest = { type: 'job'; job: ExportJob };

/** Export Worker → page. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; done: number }
  | { type: 'done'; buffer: ArrayBuffer; mimeType: string }
  | { type: 'error'; name: string; message: string };
