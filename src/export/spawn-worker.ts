/** The few Trusted Types shapes used here (not every TypeScript DOM library declares them). */
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

/** The Trusted Types policy name a page's `trusted-types` directive must allow for the export Worker. */
export const EXPORT_WORKER_POLICY = 'invoice-section-export';

let policy: ScriptUrlPolicy | undefined;

/**
 * The Worker's URL in the form the page accepts: under `require-trusted-types-for 'script'` a
 * Worker's URL must be a TrustedScriptURL, so it goes through a policy that lets only a URL of
 * the page's own origin pass. Throws where the page's policy list does not allow ours.
 */
function scriptUrl(url: URL): string | ScriptUrlPolicy {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url.href;
  policy ??= factory.createPolicy(EXPORT_WORKER_POLICY, {
    createScriptURL(input) {
      if (new URL(input, self.location.href).origin !== self.location.origin) throw new TypeError(`Not a same-origin Worker URL: ${input}`);
      return input;
    },
  });
  return policy.createScriptURL(url.href) as ScriptUrlPolicy;
}

/** `new Worker(url, options)` with the URL made trusted first. */
function TrustedWorker(url: URL, options: WorkerOptions): Worker {
  return new globalThis.Worker(scriptUrl(url) as string, options);
}

/**
 * Starts the export Worker. Throws where no Worker can start here (no Worker API, a page whose
 * Trusted Types policy list leaves ours out); a policy that blocks the script (`worker-src`)
 * or a missing file shows as an `error` event instead.
 */
export function spawnExportWorker(): Worker {
  // Written as bundlers look for it, `new Worker(new URL('…', import.meta.url), { type: 'module' })`:
  // Vite and webpack find the worker there and bundle it. `Worker` is the trusted constructor above.
  const Worker = TrustedWorker as unknown as new (url: URL, options: WorkerOptions) => globalThis.Worker;
  return new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
}
