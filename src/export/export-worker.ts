/**
 * The export Worker: receives an {@link ExportJob}, writes the file with the same code the
 * main thread would run, reports progress, and sends the file back as a transferred
 * `ArrayBuffer`. Cancelling terminates the Worker. Loads no translations and touches no DOM.
 */
import { writeExportJob, type ExportJob } from './job.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

// Larger slices than on a page: nothing here waits for a frame, they only pace progress.
const SLICE_MS = 50;

const reply = (message: WorkerReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

let job: ExportJob | undefined;
let expected = 0;
let received = 0;

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request?.type === 'job') {
    job = { ...request.job, columns: [] };
    expected = request.columns;
    received = 0;
  } else if (request?.type === 'column' && job) {
    job.columns[request.index] = request.column;
    received++;
  } else return;
  if (received === expected) write(job);
});

function write(job: ExportJob): void {
  writeExportJob(job, { sliceMs: SLICE_MS, onRow: (done) => reply({ type: 'progress', done }) })
    .then((blob) => blob.arrayBuffer().then((buffer) => reply({ type: 'done', buffer, mimeType: blob.type }, [buffer])))
    .catch((error: unknown) => {
      const { name = 'Error', message = String(error) } = (error ?? {}) as { name?: string; message?: string };
      reply({ type: 'error', name, message });
    });
}

// Sent once the module and its imports have loaded: until then the page may still fall back.
reply({ type: 'ready' });
