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

/** A started export Worker and whether its module (with the writers) has loaded. */
interface StartedWorker {
  worker: Worker;
  /** Resolves once the Worker said `ready`; rejects with a {@link WorkerUnavailableError} when it failed before. */
  ready: Promise<void>;
  /** The Worker reported an error (before or after `ready`). */
  failed: boolean;
}

/** How long a Worker started ahead of an export waits for one before it is stopped. */
export const SPARE_WORKER_MS = 120_000;

let spare: { started: StartedWorker; expiry: ReturnType<typeof setTimeout> } | undefined;

function startWorker(): StartedWorker {
  let worker: Worker;
  try {
    worker = spawnExportWorker();
  } catch (error) {
    throw new WorkerUnavailableError('No export Worker could start.', { cause: error });
  }
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      const type = event.data?.type;
      if (type !== 'ready' && type !== 'unavailable') return;
      cleanup();
      if (type === 'ready') resolve();
      else reject(new WorkerUnavailableError(event.data.type === 'unavailable' ? event.data.message : ''));
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      cleanup();
      reject(new WorkerUnavailableError(event.message || 'The export Worker failed to load.'));
    };
    const cleanup = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
  // A failure is read by whoever uses the Worker; a spare nobody used must not report it.
  ready.catch(() => undefined);
  const started: StartedWorker = { worker, ready, failed: false };
  // A spare that fails while it waits (after `ready`) is not handed to an export.
  worker.addEventListener('error', () => (started.failed = true));
  return started;
}

/**
 * Starts an export Worker ahead of an export (the grid does when its export panel opens), so
 * that its module, the writers and fflate load while the user chooses, not when they click.
 * The next {@link writeInWorker} takes it; unused, it stops after {@link SPARE_WORKER_MS}.
 * Resolves when the Worker is ready, or could not start (the export then writes on the page);
 * never rejects.
 */
export function prepareExportWorker(): Promise<void> {
  if (spare?.started.failed) releaseExportWorker();
  if (spare) {
    clearTimeout(spare.expiry);
    spare.expiry = setTimeout(releaseExportWorker, SPARE_WORKER_MS);
    return spare.started.ready.catch(() => undefined);
  }
  let started: StartedWorker;
  try {
    started = startWorker();
  } catch {
    return Promise.resolve();
  }
  spare = { started, expiry: setTimeout(releaseExportWorker, SPARE_WORKER_MS) };
  // A spare that failed to load is dropped, so the export tries a fresh one (and then falls back).
  return started.ready.catch(() => {
    if (spare?.started === started) releaseExportWorker();
  });
}

/** Stops the Worker {@link prepareExportWorker} started, if no export took it. */
export function releaseExportWorker(): void {
  if (!spare) return;
  clearTimeout(spare.expiry);
  spare.started.worker.terminate();
  spare = undefined;
}

/** The prepared Worker when there is one, else a new one. */
function takeWorker(): StartedWorker {
  if (spare?.started.failed) releaseExportWorker();
  const taken = spare;
  if (!taken) return startWorker();
  clearTimeout(taken.expiry);
  spare = undefined;
  return taken.started;
}

/**
 * Writes `job` in a module Worker: the columns' buffers are transferred (the job's arrays are
 * unusable afterwards), progress arrives as rows written, the file comes back as the Worker's
 * `Blob` (a handle: the page copies none of its bytes). Aborting `signal` terminates the
 * Worker. Rejects with a {@link WorkerUnavailableError} before anything was sent when no
 * Worker starts, so the caller can write the file on the page instead. Uses the Worker {@link prepareExportWorker} started,
 * when there is one.
 */
export function writeInWorker(job: ExportJob, options: Pick<WriteOptions, 'signal' | 'onRow'> = {}): Promise<Blob> {
  const { signal, onRow } = options;
  throwIfAborted(signal);
  let started: StartedWorker;
  try {
    started = takeWorker();
  } catch (error) {
    return Promise.reject(error);
  }
  const { worker } = started;
  return new Promise<Blob>((resolve, reject) => {
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
    worker.addEventListener('messageerror', () => finish(() => reject(new Error('The export Worker sent an unreadable message.'))));
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      switch (reply.type) {
        case 'progress':
          onRow?.(reply.done);
          break;
        case 'done':
          finish(() => resolve(reply.blob));
          break;
        case 'error':
          finish(() => reject(Object.assign(new Error(reply.message), { name: reply.name })));
          break;
      }
    });
    started.ready.then(
      () => {
        if (finished) return;
        // Once started, a failure is the export's error, not "no Worker".
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          finish(() => reject(new Error(event.message || 'The export Worker failed.')));
        });
        send().catch((error: unknown) => finish(() => reject(error)));
      },
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
