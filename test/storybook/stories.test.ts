/**
 * Every story renders: each stories file under stories/ is imported, each story's render
 * function (with its args, loaders and decorators, as Storybook composes them) is rendered
 * into a fixture, nothing throws or rejects, axe finds no serious or critical violation,
 * and play functions pass, in every locale of Storybook's toolbar. Also checks the
 * catalogue is complete (≥ 25 stories, ≥ 3 per element) and that every arg a story offers
 * in Controls has a description.
 */
import 'axe-core/axe.min.js';
import { expect, fixtureCleanup } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { SUPPORTED_LOCALES, setLocale } from '../../src/localization.js';

interface AxeResult {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}
const axe = () => (window as unknown as { axe: { run(context: Element, options?: object): Promise<AxeResult> } }).axe;

type Args = Record<string, unknown>;
type Context = Record<string, unknown> & { args: Args };
type StoryFn = (context: Context) => unknown;
type Decorator = (story: (update?: Partial<Context>) => unknown, context: Context) => unknown;

interface ArgTypeAnnotation {
  description?: string;
  table?: { disable?: boolean };
}

interface StoryModule {
  default: {
    title?: string;
    component?: string;
    args?: Args;
    argTypes?: Record<string, ArgTypeAnnotation>;
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
  argTypes?: Record<string, ArgTypeAnnotation>;
  globals?: Record<string, unknown>;
  render?: (args: Args, context: Context) => unknown;
  decorators?: Decorator[];
  loaders?: Array<(context: Context) => unknown>;
  parameters?: Record<string, unknown>;
  play?: (context: Context) => Promise<void> | void;
  tags?: string[];
}

const ELEMENTS = [
  'invoice-grid',
  'invoice-status-tabs',
  'invoice-download-dialog',
  'advanced-filter',
  'invoice-section',
  'billing-summary',
  'invoice-detail',
  'invoice-ticket-dialog',
];

/** The `lang` Storybook's locale toolbar puts on the page (see .storybook/preview.ts). */
const DOCUMENT_LANG: Record<string, string> = { ja: 'ja', ko: 'ko', 'zh-Hant': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-SG', 'en-XA': 'en' };

interface ManifestMember {
  kind?: string;
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
}
const manifest = (await (await fetch('/custom-elements.json')).json()) as {
  modules: Array<{ declarations?: Array<{ tagName?: string; members?: ManifestMember[] }> }>;
};
/** Each element's public properties (what Controls lists under "properties"), from the manifest. */
const publicProperties = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [
      declaration.tagName as string,
      (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected'),
    ]),
);

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
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('[data-story-root]').forEach((el) => el.remove());
    await setLocale('en');
    document.documentElement.lang = 'en';
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

  it('describes every arg a story offers and every public property of the elements', () => {
    const undescribed: string[] = [];
    for (const { path, module, name, story } of stories) {
      const meta = module.default;
      const members = publicProperties.get(meta.component ?? '') ?? [];
      const described = (key: string) => {
        const argType = story.argTypes?.[key] ?? meta.argTypes?.[key];
        return argType?.table?.disable || argType?.description || members.find((m) => m.name === key)?.description;
      };
      for (const key of Object.keys({ ...meta.args, ...story.args })) if (!described(key)) undescribed.push(`${path} ${name}: ${key}`);
      for (const member of members) if (!described(member.name)) undescribed.push(`<${meta.component}> ${member.name} (${path})`);
    }
    expect([...new Set(undescribed)], 'args and properties without a description').to.deep.equal([]);
  });

  // Every story in the light theme; the first story of each file in the dark theme too, so
  // axe also checks the dark colours (contrast) on each element. A story that pins a locale
  // (`globals.locale`) renders in it; a story with a play function also plays in every
  // other locale of the toolbar, so no play function depends on English words (axe runs
  // once per story: the locales change words, not structure or colours).
  const variants = stories.flatMap((entry, index) => {
    const first = stories.findIndex((other) => other.path === entry.path) === index;
    const pinned = entry.story.globals?.['locale'] as string | undefined;
    const plays = !!(entry.story.play ?? entry.module.default.play);
    const others = plays && !pinned ? SUPPORTED_LOCALES.filter((locale) => locale !== 'en') : [];
    return [
      { ...entry, theme: 'light', locale: pinned ?? 'en', axe: true },
      ...(first ? [{ ...entry, theme: 'dark', locale: pinned ?? 'en', axe: true }] : []),
      ...others.map((locale) => ({ ...entry, theme: 'light', locale, axe: false })),
    ];
  });

  for (const { path, module, name, story, theme, locale, axe: runAxe } of variants) {
    const meta = module.default;
    const variant = [theme === 'dark' ? 'dark' : '', locale === 'en' ? '' : locale].filter(Boolean).join(', ');
    const label = `${meta.title ?? path} / ${story.name ?? name}${variant ? ` (${variant})` : ''}`;
    const checks = [runAxe ? 'axe clean' : '', (story.play ?? meta.play) ? 'play passes' : ''].filter(Boolean).join(', ');
    it(`${label} renders${checks ? `, ${checks}` : ''}`, async function () {
      this.timeout(30_000);
      errors = [];
      await setLocale(locale);
      document.documentElement.lang = DOCUMENT_LANG[locale] ?? 'en';
      const args: Args = { ...meta.args, ...story.args };
      const context: Context = {
        id: `${meta.title}--${name}`,
        name: story.name ?? name,
        title: meta.title,
        args,
        argTypes: {},
        globals: { locale, theme },
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

      if (runAxe) {
        const { violations } = await axe().run(container, { resultTypes: ['violations'] });
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(', ')})`,
          );
        expect(serious, 'serious or critical axe violations').to.deep.equal([]);
      }
      expect(errors, 'errors or unhandled rejections while rendering').to.deep.equal([]);
    });
  }
});
