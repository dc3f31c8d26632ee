/**
 * Every global design token (`--inv-*`), with its default (the light theme, the same value
 * `tokenStyles` falls back to), its dark-theme value and what it is for. The Theming docs
 * page renders this list; test/themes/tokens.test.ts checks it against the sources, so a
 * token is documented here or it does not exist.
 *
 * Per-component properties (`--inv-grid-header-bg`, …) are documented with `@cssprop` in
 * each component's JSDoc and fall back to these tokens.
 */
export type TokenGroup = 'color' | 'status' | 'typography' | 'space' | 'radius' | 'elevation' | 'focus' | 'size' | 'motion' | 'control';

export interface TokenInfo {
  name: `--inv-${string}`;
  group: TokenGroup;
  /** Light-theme value; `var(--inv-…)` when the token follows another one. */
  default: string;
  /** Value in dark.css, when the dark theme changes it. */
  dark?: string;
  description: string;
}

const CJK_AWARE_FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Noto Sans JP', Meiryo, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'PingFang HK', 'PingFang SC', 'Microsoft JhengHei', 'Microsoft YaHei', 'Noto Sans CJK TC', 'Noto Sans CJK SC', sans-serif";

export const TOKENS: readonly TokenInfo[] = [
  // Colour roles
  {
    name: '--inv-color-primary',
    group: 'color',
    default: '#00786f',
    dark: '#4fc1b5',
    description: 'Brand colour: primary buttons, selected tab indicator, links and checked controls.',
  },
  {
    name: '--inv-color-on-primary',
    group: 'color',
    default: '#ffffff',
    dark: '#08201d',
    description: 'Text and icons on the primary colour.',
  },
  {
    name: '--inv-color-primary-subtle',
    group: 'color',
    default: '#e0f3f1',
    dark: '#12322e',
    description: 'Tinted background in the brand colour (selected counts, highlights).',
  },
  { name: '--inv-color-surface', group: 'color', default: '#ffffff', dark: '#141b22', description: 'Main background of every element.' },
  {
    name: '--inv-color-surface-alt',
    group: 'color',
    default: '#f4f6f7',
    dark: '#1c252e',
    description: 'Secondary background: table header, toolbars, striped areas.',
  },
  {
    name: '--inv-color-surface-raised',
    group: 'color',
    default: '#ffffff',
    dark: '#222c36',
    description: 'Background of dialogs, popovers and menus.',
  },
  { name: '--inv-color-text', group: 'color', default: '#1b2631', dark: '#e7ecf0', description: 'Body text.' },
  {
    name: '--inv-color-text-muted',
    group: 'color',
    default: '#56636f',
    dark: '#a7b3bd',
    description: 'Secondary text: hints, counts, "last refreshed" (AA on every surface).',
  },
  { name: '--inv-color-border', group: 'color', default: '#d5dbe0', dark: '#34424e', description: 'Dividers and quiet borders.' },
  {
    name: '--inv-color-border-strong',
    group: 'color',
    default: '#8a96a1',
    dark: '#7d8b97',
    description: 'Borders of controls (inputs, buttons, checkboxes): 3:1 against the surface.',
  },
  {
    name: '--inv-color-hover',
    group: 'color',
    default: '#eef5f4',
    dark: '#1f2d33',
    description: 'Background of a hovered row, tab or button.',
  },
  { name: '--inv-color-selected', group: 'color', default: '#dff1ee', dark: '#193b37', description: 'Background of a selected row.' },
  {
    name: '--inv-color-focus',
    group: 'color',
    default: '#005fcc',
    dark: '#8ab8ff',
    description: 'Focus ring colour (3:1 against the surface).',
  },
  {
    name: '--inv-color-danger',
    group: 'color',
    default: '#b3261e',
    dark: '#ff8f85',
    description: 'Errors: failed loads, invalid fields, refused downloads.',
  },
  { name: '--inv-color-danger-subtle', group: 'color', default: '#fdecea', dark: '#3d1a17', description: 'Background of error messages.' },
  {
    name: '--inv-color-warning',
    group: 'color',
    default: '#8a5300',
    dark: '#f2b865',
    description: 'Warnings: malformed rows, retention notice.',
  },
  { name: '--inv-color-warning-subtle', group: 'color', default: '#fff4e0', dark: '#3a2a12', description: 'Background of warnings.' },
  {
    name: '--inv-color-success',
    group: 'color',
    default: '#1e7b34',
    dark: '#74d08b',
    description: 'Success: finished downloads, closed invoices.',
  },
  {
    name: '--inv-color-success-subtle',
    group: 'color',
    default: '#e6f4ea',
    dark: '#14311d',
    description: 'Background of success messages.',
  },
  { name: '--inv-color-info', group: 'color', default: '#0b5cad', dark: '#8ab8ff', description: 'Information: open invoices, notices.' },
  {
    name: '--inv-color-info-subtle',
    group: 'color',
    default: '#e7f0fb',
    dark: '#152a42',
    description: 'Background of information notices.',
  },
  {
    name: '--inv-color-neutral',
    group: 'color',
    default: '#4f5b66',
    dark: '#b9c3cc',
    description: 'Neutral marks: "Not applicable" invoices, counts.',
  },
  {
    name: '--inv-color-neutral-subtle',
    group: 'color',
    default: '#eceff1',
    dark: '#2b353e',
    description: 'Background of neutral badges and count pills.',
  },
  {
    name: '--inv-color-backdrop',
    group: 'color',
    default: 'rgb(15 23 31 / 0.5)',
    dark: 'rgb(0 0 0 / 0.65)',
    description: 'Veil behind modal dialogs.',
  },

  // Payment status badges (follow the colour roles unless set)
  {
    name: '--inv-status-open-color',
    group: 'status',
    default: 'var(--inv-color-info)',
    description: 'Text of the "Open" status badge and tab count.',
  },
  {
    name: '--inv-status-open-bg',
    group: 'status',
    default: 'var(--inv-color-info-subtle)',
    description: 'Background of the "Open" status badge.',
  },
  {
    name: '--inv-status-disputed-color',
    group: 'status',
    default: 'var(--inv-color-warning)',
    description: 'Text of the "Disputed" status badge.',
  },
  {
    name: '--inv-status-disputed-bg',
    group: 'status',
    default: 'var(--inv-color-warning-subtle)',
    description: 'Background of the "Disputed" status badge.',
  },
  {
    name: '--inv-status-closed-color',
    group: 'status',
    default: 'var(--inv-color-success)',
    description: 'Text of the "Closed" status badge.',
  },
  {
    name: '--inv-status-closed-bg',
    group: 'status',
    default: 'var(--inv-color-success-subtle)',
    description: 'Background of the "Closed" status badge.',
  },
  {
    name: '--inv-status-na-color',
    group: 'status',
    default: 'var(--inv-color-neutral)',
    description: 'Text of the "Not applicable" status badge.',
  },
  {
    name: '--inv-status-na-bg',
    group: 'status',
    default: 'var(--inv-color-neutral-subtle)',
    description: 'Background of the "Not applicable" status badge.',
  },

  // Typography
  {
    name: '--inv-font-family',
    group: 'typography',
    default: CJK_AWARE_FONT_STACK,
    description:
      'Text font. CJK-aware: Japanese, Korean, Traditional and Simplified Chinese faces follow the Latin ones, so each script finds a native font.',
  },
  {
    name: '--inv-font-family-mono',
    group: 'typography',
    default: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
    description: 'Monospace font (invoice numbers, file names where aligned digits help).',
  },
  { name: '--inv-font-size-sm', group: 'typography', default: '0.8125rem', description: 'Small text: badges, hints, counts.' },
  { name: '--inv-font-size-md', group: 'typography', default: '0.875rem', description: 'Body text and controls.' },
  { name: '--inv-font-size-lg', group: 'typography', default: '1.125rem', description: 'Headings (dialog title).' },
  { name: '--inv-font-weight-normal', group: 'typography', default: '400', description: 'Regular weight.' },
  { name: '--inv-font-weight-bold', group: 'typography', default: '600', description: 'Emphasis: headers, selected tab, totals.' },
  { name: '--inv-line-height', group: 'typography', default: '1.5', description: 'Line height of body text.' },

  // Spacing
  { name: '--inv-space-1', group: 'space', default: '0.25rem', description: 'Smallest gap (icon to text).' },
  { name: '--inv-space-2', group: 'space', default: '0.5rem', description: 'Gap between related controls.' },
  { name: '--inv-space-3', group: 'space', default: '0.75rem', description: 'Cell and control padding.' },
  { name: '--inv-space-4', group: 'space', default: '1rem', description: 'Gap between groups.' },
  { name: '--inv-space-5', group: 'space', default: '1.5rem', description: 'Dialog padding, section gaps.' },
  { name: '--inv-space-6', group: 'space', default: '2rem', description: 'Largest gap (empty and error states).' },

  // Radius
  { name: '--inv-radius-sm', group: 'radius', default: '3px', description: 'Checkboxes, small badges.' },
  { name: '--inv-radius-md', group: 'radius', default: '6px', description: 'Buttons, inputs, menus.' },
  { name: '--inv-radius-lg', group: 'radius', default: '10px', description: 'Dialogs and panels.' },
  { name: '--inv-radius-pill', group: 'radius', default: '999px', description: 'Pills: status badges, tab counts, filter chips.' },

  // Elevation
  {
    name: '--inv-shadow-sm',
    group: 'elevation',
    default: '0 1px 2px rgb(15 23 31 / 0.12)',
    dark: '0 1px 2px rgb(0 0 0 / 0.5)',
    description: 'Sticky header, raised buttons.',
  },
  {
    name: '--inv-shadow-md',
    group: 'elevation',
    default: '0 4px 16px rgb(15 23 31 / 0.16)',
    dark: '0 4px 16px rgb(0 0 0 / 0.55)',
    description: 'Menus and popovers.',
  },
  {
    name: '--inv-shadow-lg',
    group: 'elevation',
    default: '0 12px 40px rgb(15 23 31 / 0.24)',
    dark: '0 12px 40px rgb(0 0 0 / 0.6)',
    description: 'Dialogs.',
  },

  // Focus
  {
    name: '--inv-focus-ring',
    group: 'focus',
    default: '0 0 0 2px var(--inv-color-surface), 0 0 0 4px var(--inv-color-focus)',
    description: 'Box shadow of the visible focus indicator (forced-colors mode uses a system outline instead).',
  },

  // Sizes
  { name: '--inv-row-height', group: 'size', default: '44px', description: 'Grid row height (comfortable density).' },
  { name: '--inv-row-height-compact', group: 'size', default: '32px', description: 'Grid row height in compact density.' },
  { name: '--inv-control-height', group: 'size', default: '36px', description: 'Minimum height of buttons and inputs.' },

  // Motion
  { name: '--inv-transition', group: 'motion', default: '120ms ease', description: 'Duration and easing of hover and state transitions.' },

  // Shared controls (buttons and inputs in every element)
  { name: '--inv-button-bg', group: 'control', default: 'var(--inv-color-surface)', description: 'Background of secondary buttons.' },
  { name: '--inv-button-color', group: 'control', default: 'var(--inv-color-text)', description: 'Text of secondary buttons.' },
  {
    name: '--inv-button-border-color',
    group: 'control',
    default: 'var(--inv-color-border-strong)',
    description: 'Border of secondary buttons.',
  },
  { name: '--inv-button-hover-bg', group: 'control', default: 'var(--inv-color-hover)', description: 'Background of a hovered button.' },
  { name: '--inv-button-radius', group: 'control', default: 'var(--inv-radius-md)', description: 'Corner radius of buttons.' },
  {
    name: '--inv-button-primary-bg',
    group: 'control',
    default: 'var(--inv-color-primary)',
    description: 'Background and border of primary buttons (Apply, Download).',
  },
  { name: '--inv-button-primary-color', group: 'control', default: 'var(--inv-color-on-primary)', description: 'Text of primary buttons.' },
  { name: '--inv-input-bg', group: 'control', default: 'var(--inv-color-surface)', description: 'Background of inputs and selects.' },
  {
    name: '--inv-input-border-color',
    group: 'control',
    default: 'var(--inv-color-border-strong)',
    description: 'Border of inputs and selects.',
  },
  { name: '--inv-input-radius', group: 'control', default: 'var(--inv-radius-md)', description: 'Corner radius of inputs and selects.' },
];

export const TOKEN_GROUPS: ReadonlyArray<{ group: TokenGroup; title: string }> = [
  { group: 'color', title: 'Colour roles' },
  { group: 'status', title: 'Payment status' },
  { group: 'typography', title: 'Typography' },
  { group: 'space', title: 'Spacing' },
  { group: 'radius', title: 'Radius' },
  { group: 'elevation', title: 'Elevation' },
  { group: 'focus', title: 'Focus' },
  { group: 'size', title: 'Sizes' },
  { group: 'motion', title: 'Motion' },
  { group: 'control', title: 'Buttons and inputs' },
];

/**
 * Colour pairs that must keep WCAG AA contrast in every theme: [foreground, background,
 * minimum ratio]. Text needs 4.5:1; control borders and the focus ring need 3:1.
 */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [string, string, number]> = [
  ['--inv-color-text', '--inv-color-surface', 4.5],
  ['--inv-color-text', '--inv-color-surface-alt', 4.5],
  ['--inv-color-text', '--inv-color-surface-raised', 4.5],
  ['--inv-color-text', '--inv-color-hover', 4.5],
  ['--inv-color-text', '--inv-color-selected', 4.5],
  ['--inv-color-text', '--inv-color-primary-subtle', 4.5],
  ['--inv-color-text-muted', '--inv-color-surface', 4.5],
  ['--inv-color-text-muted', '--inv-color-surface-alt', 4.5],
  ['--inv-color-text-muted', '--inv-color-surface-raised', 4.5],
  ['--inv-color-on-primary', '--inv-color-primary', 4.5],
  ['--inv-color-primary', '--inv-color-surface', 4.5],
  // Links (the grid's Download link) sit on hovered and selected rows too.
  ['--inv-color-primary', '--inv-color-hover', 4.5],
  ['--inv-color-primary', '--inv-color-selected', 4.5],
  ['--inv-color-text-muted', '--inv-color-hover', 4.5],
  ['--inv-color-text-muted', '--inv-color-selected', 4.5],
  ['--inv-color-danger', '--inv-color-surface', 4.5],
  ['--inv-color-danger', '--inv-color-danger-subtle', 4.5],
  ['--inv-color-warning', '--inv-color-warning-subtle', 4.5],
  ['--inv-color-success', '--inv-color-success-subtle', 4.5],
  ['--inv-color-info', '--inv-color-info-subtle', 4.5],
  ['--inv-color-neutral', '--inv-color-neutral-subtle', 4.5],
  ['--inv-color-border-strong', '--inv-color-surface', 3],
  ['--inv-color-focus', '--inv-color-surface', 3],
  ['--inv-color-focus', '--inv-color-surface-alt', 3],
];
