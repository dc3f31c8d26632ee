import { css } from 'lit';

export const gridStyles = css`
  :host {
    position: relative;
    --_row-h: var(--inv-grid-row-height, var(--_inv-row-height));
    --_border: var(--inv-grid-border-color, var(--_inv-color-border));
  }
  /*
   * Virtual mode fills the height the grid is given: all of a sized container's height, or
   * the free space of a flex or grid parent; the rows' scrolling area takes what is left.
   */
  :host([virtual]) {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  :host([virtual]) > *:not(.frame) {
    flex: none;
  }
  :host([virtual]) .frame {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    min-height: 0;
  }
  :host([density='compact']) {
    --_row-h: var(--inv-grid-row-height-compact, var(--_inv-row-height-compact));
    font-size: var(--_inv-font-size-sm);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-2);
    margin-block-end: var(--_inv-space-3);
  }
  .search {
    flex: 1 1 14rem;
    min-width: 10rem;
    max-width: 24rem;
  }
  .count {
    margin-inline-start: auto;
    color: var(--_inv-color-text-muted);
    white-space: nowrap;
  }

  .button.icon {
    min-width: var(--_inv-control-height);
    padding: 0;
  }

  .export-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-2);
    margin-block-end: var(--_inv-space-2);
    padding: var(--_inv-space-1) var(--_inv-space-3);
    border-radius: var(--_inv-radius-md);
    background: var(--_inv-color-success-subtle);
    color: var(--_inv-color-success);
    overflow-wrap: anywhere;
  }
  .export-notice .button {
    margin-inline-start: auto;
    color: var(--_inv-color-text);
  }
  .selection-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-2);
    margin-block-end: var(--_inv-space-2);
    padding: var(--_inv-space-1) var(--_inv-space-3);
    border-radius: var(--_inv-radius-md);
    background: var(--_inv-color-primary-subtle);
  }

  .frame {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--inv-grid-radius, var(--_inv-radius-lg));
    background: var(--inv-grid-bg, var(--_inv-color-surface));
    overflow: hidden;
  }
  .progress {
    position: absolute;
    inset: 0 0 auto;
    z-index: 3;
    height: 3px;
    overflow: hidden;
    background: var(--_inv-color-primary-subtle);
  }
  .progress::after {
    content: '';
    position: absolute;
    inset: 0 auto 0 0;
    width: 30%;
    background: var(--_inv-color-primary);
    animation: slide 1.1s ease-in-out infinite;
  }
  @keyframes slide {
    from {
      transform: translateX(-100%);
    }
    to {
      transform: translateX(340%);
    }
  }

  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_inv-space-3);
    padding: var(--_inv-space-6) var(--_inv-space-4);
    text-align: center;
  }
  .state-title {
    margin: 0;
    font-size: var(--_inv-font-size-lg);
  }
  .state-text {
    max-width: 36rem;
    margin: 0;
    color: var(--_inv-color-text-muted);
  }
  .state.error .state-title {
    color: var(--_inv-color-danger);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-2) var(--_inv-space-5);
    margin-block-start: var(--_inv-space-3);
    color: var(--_inv-color-text-muted);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-2);
  }
  .page-size {
    display: inline-flex;
    align-items: center;
    gap: var(--_inv-space-2);
  }
  /* The range and its Previous and Next buttons wrap as one. */
  .pages {
    display: inline-flex;
    align-items: center;
    gap: var(--_inv-space-2);
  }
  .range {
    min-width: 8em;
    font-variant-numeric: tabular-nums;
  }
  .totals {
    display: flex;
    flex: 1 1 20rem;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_inv-space-1) var(--_inv-space-4);
    color: var(--_inv-color-text);
  }
  .sums {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_inv-space-1) var(--_inv-space-4);
    margin: 0;
  }
  .sum {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_inv-space-2);
  }
  .sum dt {
    font-weight: var(--_inv-font-weight-bold);
  }
  .sum dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .sum dd + dd::before {
    content: '·';
    margin-inline-end: var(--_inv-space-2);
    color: var(--_inv-color-text-muted);
  }
  /* A figure being summed: a placeholder as wide as a typical amount, on the figure's line. */
  .totals.pending .bone {
    display: inline-block;
    width: 7em;
    vertical-align: middle;
  }
  .totals-note {
    flex-basis: 100%;
    margin: 0;
    color: var(--_inv-color-text-muted);
    font-size: var(--_inv-font-size-sm);
  }
  .refreshed {
    margin-inline-start: auto;
    font-size: var(--_inv-font-size-sm);
  }
  :host(:dir(rtl)) .flip {
    transform: scaleX(-1);
  }

  @media (prefers-reduced-motion: reduce) {
    .bone,
    .progress::after {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .tag,
    .invalid {
      border: 1px solid CanvasText;
    }
    .body .row.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
