import { css } from 'lit';

/**
 * Private defaults for the global `--inv-*` tokens. Each component includes these on its
 * host; component styles read `var(--inv-<component>-<thing>, var(--_inv-<token>))`, so a
 * partner can set either the global token or the component property on any ancestor.
 */
export const tokenStyles = css`
  :host {
    --_inv-color-primary: var(--inv-color-primary, #00786f);
    --_inv-color-on-primary: var(--inv-color-on-primary, #ffffff);
    --_inv-color-primary-subtle: var(--inv-color-primary-subtle, #e0f3f1);
    --_inv-color-surface: var(--inv-color-surface, #ffffff);
    --_inv-color-surface-alt: var(--inv-color-surface-alt, #f4f6f7);
    --_inv-color-surface-raised: var(--inv-color-surface-raised, #ffffff);
    --_inv-color-text: var(--inv-color-text, #1b2631);
    --_inv-color-text-muted: var(--inv-color-text-muted, #56636f);
    --_inv-color-border: var(--inv-color-border, #d5dbe0);
    --_inv-color-border-strong: var(--inv-color-border-strong, #8a96a1);
    --_inv-color-hover: var(--inv-color-hover, #eef5f4);
    --_inv-color-selected: var(--inv-color-selected, #dff1ee);
    --_inv-color-focus: var(--inv-color-focus, #005fcc);
    --_inv-color-danger: var(--inv-color-danger, #b3261e);
    --_inv-color-danger-subtle: var(--inv-color-danger-subtle, #fdecea);
    --_inv-color-warning: var(--inv-color-warning, #8a5300);
    --_inv-color-warning-subtle: var(--inv-color-warning-subtle, #fff4e0);
    --_inv-color-success: var(--inv-color-success, #1e7b34);
    --_inv-color-success-subtle: var(--inv-color-success-subtle, #e6f4ea);
    --_inv-color-info: var(--inv-color-info, #0b5cad);
    --_inv-color-info-subtle: var(--inv-color-info-subtle, #e7f0fb);
    --_inv-color-neutral: var(--inv-color-neutral, #4f5b66);
    --_inv-color-neutral-subtle: var(--inv-color-neutral-subtle, #eceff1);
    --_inv-color-backdrop: var(--inv-color-backdrop, rgb(15 23 31 / 0.5));
    --_inv-font-family: var(
      --inv-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      'Noto Sans CJK JP',
      'Noto Sans JP',
      Meiryo,
      'Apple SD Gothic Neo',
      'Malgun Gothic',
      'Noto Sans KR',
      'PingFang HK',
      'PingFang SC',
      'Microsoft JhengHei',
      'Microsoft YaHei',
      'Noto Sans CJK TC',
      'Noto Sans CJK SC',
      sans-serif
    );
    --_inv-font-family-mono: var(--inv-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_inv-font-size-sm: var(--inv-font-size-sm, 0.8125rem);
    --_inv-font-size-md: var(--inv-font-size-md, 0.875rem);
    --_inv-font-size-lg: var(--inv-font-size-lg, 1.125rem);
    --_inv-font-weight-normal: var(--inv-font-weight-normal, 400);
    --_inv-font-weight-bold: var(--inv-font-weight-bold, 600);
    --_inv-line-height: var(--inv-line-height, 1.5);
    --_inv-space-1: var(--inv-space-1, 0.25rem);
    --_inv-space-2: var(--inv-space-2, 0.5rem);
    --_inv-space-3: var(--inv-space-3, 0.75rem);
    --_inv-space-4: var(--inv-space-4, 1rem);
    --_inv-space-5: var(--inv-space-5, 1.5rem);
    --_inv-space-6: var(--inv-space-6, 2rem);
    --_inv-radius-sm: var(--inv-radius-sm, 3px);
    --_inv-radius-md: var(--inv-radius-md, 6px);
    --_inv-radius-lg: var(--inv-radius-lg, 10px);
    --_inv-radius-pill: var(--inv-radius-pill, 999px);
    --_inv-shadow-sm: var(--inv-shadow-sm, 0 1px 2px rgb(15 23 31 / 0.12));
    --_inv-shadow-md: var(--inv-shadow-md, 0 4px 16px rgb(15 23 31 / 0.16));
    --_inv-shadow-lg: var(--inv-shadow-lg, 0 12px 40px rgb(15 23 31 / 0.24));
    --_inv-focus-ring: var(--inv-focus-ring, 0 0 0 2px var(--_inv-color-surface), 0 0 0 4px var(--_inv-color-focus));
    --_inv-row-height: var(--inv-row-height, 44px);
    --_inv-row-height-compact: var(--inv-row-height-compact, 32px);
    --_inv-control-height: var(--inv-control-height, 36px);
    --_inv-transition: var(--inv-transition, 120ms ease);

    --_inv-status-open: var(--inv-status-open-color, var(--_inv-color-info));
    --_inv-status-open-bg: var(--inv-status-open-bg, var(--_inv-color-info-subtle));
    --_inv-status-disputed: var(--inv-status-disputed-color, var(--_inv-color-warning));
    --_inv-status-disputed-bg: var(--inv-status-disputed-bg, var(--_inv-color-warning-subtle));
    --_inv-status-closed: var(--inv-status-closed-color, var(--_inv-color-success));
    --_inv-status-closed-bg: var(--inv-status-closed-bg, var(--_inv-color-success-subtle));
    --_inv-status-na: var(--inv-status-na-color, var(--_inv-color-neutral));
    --_inv-status-na-bg: var(--inv-status-na-bg, var(--_inv-color-neutral-subtle));

    font-family: var(--_inv-font-family);
    font-size: var(--_inv-font-size-md);
    line-height: var(--_inv-line-height);
    color: var(--_inv-color-text);
  }
`;
