/**
 * The look of a story's own "open" button (outside the element it opens): the theme's
 * surface, text and border tokens, so it reads in the light and dark themes in every browser
 * (WebKit's default button face is a fixed light grey).
 */
export const OPENER_STYLE =
  'font: inherit; min-height: 36px; padding: 0 12px; border-radius: 6px; border: 1px solid var(--inv-color-border-strong, #8a96a1); background: var(--inv-color-surface, #fff); color: var(--inv-color-text, #1b2631); cursor: pointer';

type StoryLocale = 'en' | 'ja' | 'ko' | 'zh-Hant' | 'zh-Hans';

/** A portal's own controls next to the elements, in the toolbar's locale as a portal writes them (the Japanese as on the original screen). */
const PORTAL_LABELS: Record<StoryLocale, { raiseTicket: string; callAnalyser: string }> = {
  en: { raiseTicket: 'Raise ticket', callAnalyser: 'Call Analyser Tool V 1.0.8' },
  ja: { raiseTicket: 'チケット発行', callAnalyser: 'Call Analyser Tool V 1.0.8 ダウンロード' },
  ko: { raiseTicket: '티켓 발행', callAnalyser: 'Call Analyser Tool V 1.0.8 다운로드' },
  'zh-Hant': { raiseTicket: '提交工單', callAnalyser: '下載 Call Analyser Tool V 1.0.8' },
  'zh-Hans': { raiseTicket: '提交工单', callAnalyser: '下载 Call Analyser Tool V 1.0.8' },
};

/** The portal's labels for the story's current locale (the toolbar's `locale` global). */
export function portalLabels(context: { globals: Record<string, unknown> }): { raiseTicket: string; callAnalyser: string } {
  const value = context.globals['locale'];
  return PORTAL_LABELS[typeof value === 'string' && value in PORTAL_LABELS ? (value as StoryLocale) : 'en'];
}
