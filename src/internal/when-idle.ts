/**
 * Runs `task` when the page is idle (`requestIdleCallback`, with a `setTimeout` fallback where
 * it is missing, as in Safari), and at the latest after `timeout` ms: parts loaded on first use
 * are fetched ahead of that use without competing with the page's first rows. Returns a
 * function that cancels it.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, Math.min(timeout, 200));
  return () => clearTimeout(id);
}
