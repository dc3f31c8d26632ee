import { deepElements } from './dom.js';

/**
 * Watches the page for what a well-behaved element never causes: console errors, uncaught
 * errors and unhandled promise rejections. Start it before the act, `stop()` after, then
 * assert `problems` is empty (`expectClean()` does both and says what happened).
 */
export interface PageWatch {
  readonly consoleErrors: unknown[][];
  readonly rejections: unknown[];
  readonly errors: unknown[];
  /** Everything seen, as readable lines. */
  readonly problems: string[];
  stop(): void;
  /** Waits for late rejections, stops watching and throws when anything was seen. */
  expectClean(): Promise<void>;
}

/** Benign notices the browser raises on its own (not caused by the element). */
const BENIGN = /ResizeObserver loop/;

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

export function watchPage(): PageWatch {
  const consoleErrors: unknown[][] = [];
  const rejections: unknown[] = [];
  const errors: unknown[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    original.apply(console, args);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    rejections.push(event.reason);
    // Recorded here; keep it from failing an unrelated test later.
    event.preventDefault();
  };
  const onError = (event: ErrorEvent) => {
    if (BENIGN.test(String(event.message))) return;
    errors.push(event.error ?? event.message);
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  let stopped = false;
  const watch: PageWatch = {
    consoleErrors,
    rejections,
    errors,
    get problems() {
      return [
        ...consoleErrors.map((args) => `console.error: ${args.map(describe).join(' ')}`),
        ...rejections.map((reason) => `unhandled rejection: ${describe(reason)}`),
        ...errors.map((error) => `uncaught error: ${describe(error)}`),
      ];
    },
    stop() {
      if (stopped) return;
      stopped = true;
      console.error = original;
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    },
    async expectClean() {
      // Unhandled rejections are reported after a task; give them two.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await new Promise((resolve) => setTimeout(resolve, 0));
      watch.stop();
      const problems = watch.problems;
      if (problems.length) throw new Error(`The page reported ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  };
  return watch;
}

/** Elements that never belong in these components; one appearing means data became markup. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'math',
  'mglyph',
  'mtext',
  'animate',
  'set',
  'marquee',
  'noscript',
  'video',
  'audio',
  'source',
  'image',
  'isindex',
  'xmp',
  'plaintext',
  'body',
  'html',
  'img',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster', 'srcset']);
const UNSAFE_URL = /^\s*(javascript|vbscript|data)\s*:/i;

/**
 * Throws when anything under `root` (across shadow roots) looks made from data: a forbidden
 * element, an `on*` attribute, a script/data URL in a URL attribute, or a payload's code
 * (`__xss`) in a URL attribute or a style sheet. Text and ARIA attributes may hold the
 * payload: they are text.
 */
export function expectNoInjectedMarkup(root: Node): void {
  const found: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    // The one frame an element makes itself: the detail panel's PDF preview of a blob: URL.
    const preview = tag === 'iframe' && element.matches('[part~="preview-frame"]') && /^blob:/.test(element.getAttribute('src') ?? '');
    if (FORBIDDEN_TAGS.has(tag) && !preview) found.push(`<${tag}> element`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${name} attribute on <${tag}>`);
      if (URL_ATTRIBUTES.has(name) && (UNSAFE_URL.test(attribute.value) || attribute.value.includes('__xss'))) {
        found.push(`${name}="${attribute.value}" on <${tag}>`);
      }
    }
    if (tag === 'style' && (element.textContent ?? '').includes('__xss')) found.push('<style> with payload text');
  }
  if (found.length) throw new Error(`Markup made from data: ${[...new Set(found)].join('; ')}`);
}
