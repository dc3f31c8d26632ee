/**
 * Every story renders: each stories file under stories/ is imported, each story's render
 * function (with its args, loaders and decorators, as Storybook composes them) is rendered
 * into a fixture, nothing throws or rejects, axe finds no serious or critical violation,
 * and play functions pass. Also checks the catalogue is complete (≥ 25 stories, ≥ 3 per element).
 */
import 'axe-core/axe.min.js';
import { expect, fixtureCleanup } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { setLocale } from '../../src/localization.js';

interface AxeResult {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}
const axe = () => (window as unknown as { axe: { run(context: Element, options?: object): Promise<AxeResult> } }).axe;

type Args = Record<string, unknown>;
type Context = Record<string, unknown> & { args: Args };
type StoryFn = (context: Context) => unknown;
type Decorator = (story: (update?: Partial<Context>) => unknown, context: Context) => unknown;

interface StoryModule {
  default: {
    title?: string;
    component?: string;
    args?: Args;
    render?: (args: Args, context: Context) => unknown;
    decorators?: Decorator[];
    loaders?: Array<(context: Context) => unknown>;
    parameters?: Record<string, unknown>;
    excludeStories?: string[] | RegExp;
    includeStories?: string[] | RegExp;
    play?: (context: Context) => Promise<void> | void;
  };
  [name: string]: unknown;
}

interface StoryAnnotations {
  name?: string;
  args?: Args;
  render?: (args: Args, context: Context) => unknown;
  decorators?: Decorator[];
  loaders?: Array<(context: Context) => unknown>;
  parameters?: Record<string, unknown>;
  play?: (context: Context) => Promise<void> | void;
  tags?: string[];
}

const ELEMENTS = ['invoice-grid', 'invoice-status-tabs', 'invoice-download-dialog', 'advanced-filter', 'invoice-section'];

const list = (await (await fetch('/__sources/list?dir=stories&ext=.stories.ts')).json()) as string[];
const modules: Array<{ path: string; module: StoryModule }> = [];
// One stories file that cannot load fails its own test, not the whole run.
const importFailures: Array<{ path: string; error: unknown }> = [];
for (const path of list) {
  try {
    modules.push({ path, module: (await import(`/${path}`)) as StoryModule });
  } catch (error) {
    importFailures.push({ path, error });
  }
}

function isStoryExport(module: StoryModule, name: string): boolean {
  if (name === 'default' || name === '__namedExportsOrder') return false;
  const { includeStories, excludeStories } = module.default;
  const matches = (rule: string[] | RegExp | undefined) => (rule instanceof RegExp ? rule.test(name) : rule?.includes(name));
  if (includeStories && !matches(includeStories)) return false;
  if (excludeStories && matches(excludeStories)) return false;
  const value = module[name];
  return typeof value === 'function' || (typeof value === 'object' && value !== null);
}

/** Default render of a story with no render function: the meta's tag with args as properties. */
function renderComponent(tag: string, args: Args): HTMLElement {
  const element = document.createElement(tag);
  Object.assign(element, args);
  return element;
}

/** Waits until every element in the subtree (shadow roots included) has finished updating. */
async function settle(root: Element | ShadowRoot, rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const child of node.querySelectorAll('*')) {
        const update = (child as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
        if (child.shadowRoot) visit(child.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const stories = modules.flatMap(({ path, module }) =>
  Object.keys(module)
    .filter((name) => isStoryExport(module, name))
    .map((name) => {
      const raw = module[name];
      const story: StoryAnnotations = typeof raw === 'function' ? { render: raw as StoryAnnotations['render'] } : (raw as StoryAnnotations);
      return { path, module, name, story };
    }),
);

describe('stories', () => {
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    if (!String(event.message).includes('ResizeObserver loop')) errors.push(String(event.error?.stack ?? event.message));
  };
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);

  before(async () => {
    await setLocale('en');
    const dark = document.createElement('style');
    dark.textContent = await (await fetch('/src/themes/dark.css')).text();
    document.head.append(dark);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    fixtureCleanup();
    document.querySelectorAll('[data-story-root]').forEach((el) => el.remove());
  });

  it('finds the stories files', () => {
    expect(list.length).to.be.greaterThan(0);
  });

  for (const { path, error } of importFailures) {
    // Stories run here in plain browser ESM: Storybook-only modules (storybook/test pulls
    // CommonJS) cannot load; play functions use the DOM directly.
    it(`${path} loads`, () => {
      throw error instanceof Error ? error : new Error(String(error));
    });
  }

  it('has at least 25 stories and at least 3 per element', () => {
    expect(stories.length, 'stories in total').to.be.at.least(25);
    const perElement = Object.fromEntries(ELEMENTS.map((tag) => [tag, stories.filter((s) => s.module.default.component === tag).length]));
    expect(
      Object.entries(perElement).filter(([, count]) => count < 3),
      'elements with fewer than 3 stories',
    ).to.deep.equal([]);
  });

  // Every story in the light theme; the first story of each file in the dark theme too, so
  // axe also checks the dark colours (contrast) on each element.
  const variants = stories.flatMap((entry, index) => {
    const first = stories.findIndex((other) => other.path === entry.path) === index;
    return [{ ...entry, theme: 'light' }, ...(first ? [{ ...entry, theme: 'dark' }] : [])];
  });

  for (const { path, module, name, story, theme } of variants) {
    const meta = module.default;
    const label = `${meta.title ?? path} / ${story.name ?? name}${theme === 'dark' ? ' (dark)' : ''}`;
    it(`${label} renders, axe clean${(story.play ?? meta.play) ? ', play passes' : ''}`, async function () {
      this.timeout(30_000);
      errors = [];
      const args: Args = { ...meta.args, ...story.args };
      const context: Context = {
        id: `${meta.title}--${name}`,
        name: story.name ?? name,
        title: meta.title,
        args,
        argTypes: {},
        globals: { locale: 'en', theme },
        parameters: { ...meta.parameters, ...story.parameters },
        viewMode: 'story',
        loaded: {},
        step: async (_label: string, play: () => Promise<void> | void) => play(),
      };
      for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])])
        Object.assign(context['loaded'] as object, await loader(context));

      const draw = story.render ?? meta.render;
      let storyFn: StoryFn = (ctx) => (draw ? draw(ctx.args, ctx) : renderComponent(meta.component as string, ctx.args));
      // Storybook applies story decorators innermost, then the meta's.
      for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
        const inner = storyFn;
        storyFn = (ctx) => decorator((update) => inner({ ...ctx, ...update, args: { ...ctx.args, ...update?.args } }), ctx);
      }

      const container = document.createElement('div');
      container.setAttribute('data-story-root', '');
      if (theme === 'dark') {
        container.className = 'inv-theme-dark';
        container.style.background = 'var(--inv-color-surface)';
      }
      document.body.append(container);
      const result = storyFn(context);
      if (result instanceof Node) container.append(result);
      else if (typeof result === 'string') container.innerHTML = result;
      else render(result as TemplateResult, container);
      context['canvasElement'] = container;

      await settle(container);
      const play = story.play ?? meta.play;
      if (play) {
        await play(context);
        await settle(container);
      }

      const { violations } = await axe().run(container, { resultTypes: ['violations'] });
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
      expect(serious, 'serious or critical axe violations').to.deep.equal([]);
      expect(errors, 'errors or unhandled rejections while rendering').to.deep.equal([]);
    });
  }
});
