import { css } from 'lit';
import { controlStyles, hostStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';

export const statusTabsStyles = [
  tokenStyles,
  hostStyles,
  controlStyles,
  css`
    [part~='tablist'] {
      display: flex;
      /* One line that scrolls sideways on narrow screens rather than tabs wrapping under each other. */
      overflow-x: auto;
      overflow-y: hidden;
      scrollbar-width: thin;
      gap: var(--inv-tabs-gap, var(--_inv-space-1));
      border-bottom: 1px solid var(--inv-tabs-border-color, var(--_inv-color-border));
    }
    [part~='tab'] {
      display: inline-flex;
      align-items: center;
      gap: var(--_inv-space-2);
      min-height: var(--_inv-control-height);
      flex: none;
      padding: var(--_inv-space-2) var(--inv-tabs-tab-padding-inline, var(--_inv-space-4));
      border: 0;
      border-bottom: 3px solid transparent;
      border-radius: var(--_inv-radius-sm) var(--_inv-radius-sm) 0 0;
      background: var(--inv-tabs-tab-bg, transparent);
      color: var(--inv-tabs-tab-color, var(--_inv-color-text-muted));
      font-weight: var(--_inv-font-weight-normal);
      cursor: pointer;
    }
    /* Inset, so the scrolling tablist cannot clip it. */
    [part~='tab']:focus-visible {
      box-shadow: inset 0 0 0 2px var(--_inv-color-focus);
    }
    [part~='tab']:hover {
      background: var(--inv-tabs-tab-hover-bg, var(--_inv-color-hover));
      color: var(--_inv-color-text);
    }
    /* A phone: the count goes under its label and the tabs share the width, so the four tabs of
       the section fit a 320 px screen in every locale; more tabs still scroll sideways. */
    @container (max-width: 480px) {
      [part~='tab'] {
        flex: 1 0 auto;
        flex-direction: column;
        justify-content: center;
        gap: 2px;
        padding-inline: var(--inv-tabs-tab-padding-inline, var(--_inv-space-2));
        line-height: 1.25;
        white-space: nowrap;
      }
    }
    [part~='tab'][aria-selected='true'] {
      border-bottom-color: var(--inv-tabs-indicator-color, var(--_inv-color-primary));
      color: var(--inv-tabs-tab-selected-color, var(--_inv-color-text));
      font-weight: var(--_inv-font-weight-bold);
    }
    [part~='count'] {
      display: inline-block;
      min-width: 1.75em;
      padding: 0 var(--_inv-space-2);
      border-radius: var(--_inv-radius-pill);
      background: var(--inv-tabs-count-bg, var(--_inv-color-neutral-subtle));
      color: var(--inv-tabs-count-color, var(--_inv-color-text));
      font-size: var(--_inv-font-size-sm);
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    [part~='tab'][aria-selected='true'] [part~='count'] {
      background: var(--inv-tabs-count-selected-bg, var(--_inv-color-primary-subtle));
    }
    [part~='count-placeholder'] {
      display: inline-block;
      width: 1.5em;
      height: 0.75em;
      border-radius: var(--_inv-radius-pill);
      background: var(--_inv-color-border);
      animation: pulse 1.2s ease-in-out infinite;
      vertical-align: middle;
    }
    @keyframes pulse {
      50% {
        opacity: 0.4;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      [part~='count-placeholder'] {
        animation: none;
      }
    }
    [part~='error'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_inv-space-2);
      margin-top: var(--_inv-space-2);
      padding: var(--_inv-space-2) var(--_inv-space-3);
      border-radius: var(--_inv-radius-md);
      background: var(--inv-tabs-error-bg, var(--_inv-color-danger-subtle));
      color: var(--inv-tabs-error-color, var(--_inv-color-danger));
    }
    @media (forced-colors: active) {
      [part~='tab'][aria-selected='true'] {
        border-bottom-color: Highlight;
      }
      [part~='count'] {
        border: 1px solid CanvasText;
      }
    }
  `,
];
