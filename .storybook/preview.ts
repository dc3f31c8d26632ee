import type { Decorator, Loader, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import { useEffect } from 'storybook/preview-api';
import { INITIAL_VIEWPORTS } from 'storybook/viewport';
import { invoiceEvents, manifestControls, type Manifest } from './controls.js';
// The stories use the library as a portal does: one import registers every tag.
import '../src/index.js';
import { SUPPORTED_LOCALES, setLocale } from '../src/localization.js';
import '../src/themes/light.css';
import '../src/themes/dark.css';
import '../src/themes/partner-example.css';
import './preview.css';

// Generated from the components' JSDoc by `npm run analyze` (run before `start` and
// `build-storybook`); read with a glob so a missing file leaves the docs empty, not broken.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(publicApi(manifest));

/** Every `invoice-*` event of every element, from the manifest: what the Actions panel logs. */
const INVOICE_EVENTS = invoiceEvents(manifest);

/** The docs tables show the public API only: no private or protected members, no static styles. */
function publicApi(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static),
      })),
    })),
  };
}

const LOCALE_TITLES: Record<string, string> = {
  en: 'English',
  ja: '日本語 (Japan)',
  ko: '한국어 (Korea)',
  'zh-Hant': '繁體中文 (Hong Kong)',
  'zh-Hans': '简体中文 (Singapore)',
  'en-XA': 'Pseudo-locale (long, accented)',
};

/** The `lang` each UI locale puts on the page, so CJK text picks the right glyphs. */
const DOCUMENT_LANG: Record<string, string> = { ja: 'ja', ko: 'ko', 'zh-Hant': 'zh-Hant-HK', 'zh-Hans': 'zh-Hans-SG', 'en-XA': 'en' };

const THEME_CLASSES: Record<string, string[]> = {
  light: ['inv-theme-light'],
  dark: ['inv-theme-dark'],
  partner: ['acme-theme'],
  'partner-dark': ['acme-theme', 'inv-theme-dark'],
};
const ALL_THEME_CLASSES = Object.values(THEME_CLASSES).flat();

// Loaders run before the story renders, so it renders in the chosen locale from the start.
const localeLoader: Loader = async ({ globals }) => {
  const locale = (globals['locale'] as string | undefined) ?? 'en';
  await setLocale(locale);
  document.documentElement.lang = DOCUMENT_LANG[locale] ?? 'en';
  return {};
};

/**
 * The theme goes on a wrapper (so every story of a docs page shows it) and, on a story's
 * own canvas, on <html> too, so the whole canvas (and modal dialogs) take the theme.
 */
const withTheme: Decorator = (story, context) => {
  const theme = (context.globals['theme'] as string | undefined) ?? 'light';
  const classes = THEME_CLASSES[theme] ?? [];
  const root = document.documentElement;
  root.classList.remove(...ALL_THEME_CLASSES);
  if (context.viewMode === 'story') root.classList.add(...classes);
  return html`<div class="inv-story ${classes.join(' ')}">${story()}</div>`;
};

/**
 * Logs every `invoice-*` event that reaches the story's root (they bubble and are composed)
 * in the Actions panel, with its detail.
 */
const withInvoiceActions: Decorator = (story, context) => {
  useEffect(() => {
    const root = document.getElementById('storybook-root');
    if (context.viewMode !== 'story' || !root) return undefined;
    const listeners = INVOICE_EVENTS.map((name) => {
      const log = action(name);
      const listener = (event: Event) => log((event as CustomEvent).detail);
      root.addEventListener(name, listener);
      return () => root.removeEventListener(name, listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, []);
  return story();
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Interface language (setLocale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: SUPPORTED_LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value] ?? value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme tokens applied to the story',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light (default)' },
          { value: 'dark', title: 'Dark' },
          { value: 'partner', title: 'Partner brand (Acme)' },
          { value: 'partner-dark', title: 'Partner brand, dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  loaders: [localeLoader],
  decorators: [withTheme, withInvoiceActions],
  // Controls from the manifest's TypeScript types (see controls.ts). No colour matcher: the
  // only args named "…color" are CSS custom properties, which a story does not bind.
  argTypesEnhancers: [manifestControls(manifest)],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { date: /Date$/i } },
    viewport: { options: INITIAL_VIEWPORTS },
    docs: { toc: true },
    // Every story is checked by the a11y addon; violations fail the story's test.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Introduction', 'Embedding', 'Data adapters', 'Theming', ['Docs', '*'], 'Accessibility'],
          'Components',
          ['Invoice section', 'Invoice grid', 'Status tabs', 'Advanced filter', 'Download dialog'],
          'Scenarios',
          ['Invoice section', 'Journeys'],
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
