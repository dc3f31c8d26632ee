import { abortError, throwIfAborted } from '../data/errors.js';
import { yieldToEventLoop } from '../files/slice.js';
import { columnBuffers } from './columnar.js';
import type { ExportJob, WriteOptions } from './job.js';
import { spawnExportWorker } from './spawn-worker.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

/** No export Worker could start on this page (no Worker API, a CSP without `worker-src`, a missing file). */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/**
 * Writes `job` in a module Worker: the columns' buffers are transferred (the job's arrays are
 * unusable afterwards), progress arrives as rows written, the file comes back as a transferred
 * `ArrayBuffer`. Aborting `signal` terminates the Worker. Rejects with a
 * {@link WorkerUnavailableError} before anything was sent when no Worker starts, so the caller
 * can write the file on the page instead.
 */
export function writeInWorker(job: ExportJob, options: Pick<WriteOptions, 'signal' | 'onRow'> = {}): Promise<Blob> {
  const { signal, onRow } = options;
  throwIfAborted(signal);
  let worker: Worker;
  try {
    worker = spawnExportWorker();
  } catch (error) {
    return Promise.reject(new WorkerUnavailableError('No export Worker could start.', { cause: error }));
  }
  return new Promise<Blob>((resolve, reject) => {
    let started = false;
    let finished = false;
    const finish = (outcome: () => void) => {
      if (finished) return;
      finished = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => finish(() => reject(abortError(signal)));
    // One column per task: copying a column's text takes a few milliseconds, all of them at once could not.
    const send = async () => {
      const header: WorkerRequest = { type: 'job', job: { ...job, columns: [] }, columns: job.columns.length };
      worker.postMessage(header);
      for (const [index, column] of job.columns.entries()) {
        await yieldToEventLoop();
        if (finished) return;
        const message: WorkerRequest = { type: 'column', index, column };
        worker.postMessage(message, { transfer: columnBuffers([column]) });
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const cause = event.message || 'The export Worker failed.';
      finish(() => reject(started ? new Error(cause) : new WorkerUnavailableError(cause)));
    });
    worker.addEventListener('messageerror', () => finish(() => reject(new Error('The export Worker sent an unreadable message.'))));
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      switch (reply.type) {
        case 'ready':
          started = true;
          send().catch((error: unknown) => finish(() => reject(error)));
          break;
        case 'progress':
          onRow?.(reply.done);
          break;
        case 'done':
          finish(() => resolve(new Blob([reply.buffer], { type: reply.mimeType })));
          break;
        case 'error':
          finish(() => reject(Object.assign(new Error(reply.message), { name: reply.name })));
          break;
      }
    });
  });
}
