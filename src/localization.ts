import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type InvoiceLocale = typeof sourceLocale | (typeof targetLocales)[number];

/**
 * The pseudo-locale: English accented, about 40% longer and bracketed (`[Öþéñ ·]`). Switch
 * to it to find truncated labels and text that bypasses `msg()` (it stays plain English).
 * Generated from the source messages by `scripts/pseudo-locale.mjs`.
 */
export const PSEUDO_LOCALE = 'en-XA' satisfies InvoiceLocale;

/** Every locale `setLocale` accepts: the source (en), the translations and the pseudo-locale. */
export const SUPPORTED_LOCALES: readonly InvoiceLocale[] = [sourceLocale, ...targetLocales];

/** The locales translated for customers (the pseudo-locale excluded). */
export const TRANSLATED_LOCALES: readonly InvoiceLocale[] = SUPPORTED_LOCALES.filter((l) => l !== PSEUDO_LOCALE);

/** Each locale's name in its own language, for locale pickers (Storybook's toolbar). */
export const LOCALE_NAMES: Record<InvoiceLocale, string> = {
  en: 'English',
  ja: '日本語',
  ko: '한국어',
  'zh-Hant': '繁體中文（香港）',
  'zh-Hans': '简体中文（新加坡）',
  'en-XA': 'Pseudo-locale (en-XA)',
};

// Literal imports so every bundler and the test runner can see each chunk.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  ja: () => import('./generated/locales/ja.js'),
  ko: () => import('./generated/locales/ko.js'),
  'zh-Hant': () => import('./generated/locales/zh-Hant.js'),
  'zh-Hans': () => import('./generated/locales/zh-Hans.js'),
  'en-XA': () => import('./generated/locales/en-XA.js'),
};

/** The `Intl` locale used to format numbers, money and dates for each UI locale. */
const INTL_LOCALES: Record<InvoiceLocale, string> = {
  en: 'en',
  ja: 'ja-JP',
  ko: 'ko-KR',
  'zh-Hant': 'zh-Hant-HK',
  'zh-Hans': 'zh-Hans-SG',
  // The pseudo-locale tests text, not formats: numbers and dates stay English.
  'en-XA': 'en',
};

type LocalizationApi = ReturnType<typeof configureLocalization>;
const KEY = Symbol.for('invoice-section.localization');
const registry = globalThis as unknown as Record<symbol, LocalizationApi | undefined>;

// Configured once per page, even when two copies of this module are loaded.
const api: LocalizationApi =
  registry[KEY] ??
  (registry[KEY] = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) =>
      loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
  }));

/** The active UI locale. */
export function getLocale(): InvoiceLocale {
  return api.getLocale() as InvoiceLocale;
}

/**
 * Switches every element on the page (and every one created later) to `locale`. Accepts a
 * supported code or any BCP 47 tag it can match (`ja-JP` → `ja`, `zh-HK` → `zh-Hant`).
 */
export async function setLocale(locale: string): Promise<void> {
  await api.setLocale(matchLocale(locale));
}

/** Best supported locale for a BCP 47 tag; English when nothing matches. */
export function matchLocale(tag: string | null | undefined): InvoiceLocale {
  if (!tag) return sourceLocale;
  const lower = tag.toLowerCase();
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  if (lower.startsWith('zh')) {
    if (/hant|-hk|-tw|-mo/.test(lower)) return 'zh-Hant';
    return 'zh-Hans';
  }
  const language = lower.split('-')[0];
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase() === language) ?? sourceLocale;
}

/** The `Intl` locale for a UI locale (defaults to the active one). */
export function intlLocale(locale: string = getLocale()): string {
  return INTL_LOCALES[locale as InvoiceLocale] ?? locale;
}

let observer: MutationObserver | undefined;

/**
 * Follows `<html lang>`: sets the locale from it now and whenever it changes. Returns a
 * function that stops following.
 */
export function followDocumentLanguage(root: HTMLElement = document.documentElement): () => void {
  observer?.disconnect();
  void setLocale(root.lang);
  observer = new MutationObserver(() => void setLocale(root.lang));
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  return () => {
    observer?.disconnect();
    observer = undefined;
  };
}
