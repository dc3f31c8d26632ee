import { css } from 'lit';

export const gridStyles = css`
  :host {
    position: relative;
    --_row-h: var(--inv-grid-row-height, var(--_inv-row-height));
    --_border: var(--inv-grid-border-color, var(--_inv-color-border));
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

  .panel {
    margin-block-end: var(--_inv-space-3);
    padding: var(--_inv-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--inv-grid-radius, var(--_inv-radius-lg));
    background: var(--_inv-color-surface-raised);
    box-shadow: var(--_inv-shadow-sm);
  }
  .panel fieldset {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_inv-space-3);
    margin: 0 var(--_inv-space-4) var(--_inv-space-2) 0;
    padding: var(--_inv-space-2) var(--_inv-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_inv-radius-md);
  }
  .panel legend {
    padding: 0 var(--_inv-space-1);
    font-weight: var(--_inv-font-weight-bold);
  }
  .panel-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_inv-space-2);
    margin-block-start: var(--_inv-space-2);
  }
  .column-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
    gap: var(--_inv-space-1) var(--_inv-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .column-list li {
    display: flex;
    align-items: center;
    gap: var(--_inv-space-2);
    padding: var(--_inv-space-1) var(--_inv-space-2);
    border-radius: var(--_inv-radius-md);
    background: var(--_inv-color-surface-alt);
  }
  .column-list .check {
    display: flex;
    flex: 1;
    align-items: center;
    gap: var(--_inv-space-2);
  }
  .column-list .width {
    width: 5.5rem;
    min-height: 28px;
  }
  .grip {
    cursor: grab;
    color: var(--_inv-color-text-muted);
  }
  .button.icon {
    min-width: var(--_inv-control-height);
    padding: 0;
  }
  .export-progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-3);
  }
  .error-text {
    color: var(--_inv-color-danger);
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

  .grid {
    overflow: auto;
    outline: none;
  }
  .grid.virtual {
    height: var(--inv-grid-virtual-height, 480px);
    overscroll-behavior: contain;
    contain: content;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_cols);
    min-width: var(--_grid-width);
    min-height: var(--_row-h);
    border-block-end: 1px solid var(--_border);
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 2;
  }
  .row.header {
    background: var(--inv-grid-header-bg, var(--_inv-color-surface-alt));
    color: var(--inv-grid-header-color, var(--_inv-color-text));
    font-weight: var(--_inv-font-weight-bold);
    line-height: 1.25;
  }
  .row.header .cell {
    padding-block: var(--_inv-space-1);
    white-space: normal;
  }
  .body .row:hover {
    background: var(--inv-grid-row-hover-bg, var(--_inv-color-hover));
  }
  .body .row.selected {
    background: var(--inv-grid-row-selected-bg, var(--_inv-color-selected));
  }
  .body .row:last-child {
    border-block-end: 0;
  }
  .virtual .body {
    position: relative;
    min-width: var(--_grid-width);
  }
  .virtual .body .row {
    contain: layout style;
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    height: var(--_row-h);
    border-block-end: 1px solid var(--_border);
    background: var(--inv-grid-bg, var(--_inv-color-surface));
  }
  .virtual .body .row.selected {
    background: var(--inv-grid-row-selected-bg, var(--_inv-color-selected));
  }

  .cell {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--_inv-space-2);
    min-width: 0;
    padding: 0 var(--_inv-space-3);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .content {
    display: block;
    min-width: 0;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .content > * {
    vertical-align: middle;
  }
  .number + .tag {
    margin-inline-start: var(--_inv-space-1);
  }
  .cell.select {
    justify-content: center;
    padding: 0;
  }
  .cell.align-end {
    justify-content: flex-end;
    font-variant-numeric: tabular-nums;
  }
  .cell.align-center {
    justify-content: center;
  }
  .cell:focus-visible {
    outline: 2px solid var(--_inv-color-focus);
    outline-offset: -2px;
    box-shadow: none;
  }
  .cell input[type='checkbox'] {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--_inv-color-primary);
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_inv-space-1);
    max-width: 100%;
    margin: 0 calc(-1 * var(--_inv-space-1));
    padding: var(--_inv-space-1);
    border: 0;
    border-radius: var(--_inv-radius-sm);
    background: none;
    font-weight: inherit;
    cursor: pointer;
    text-align: start;
  }
  .sort:hover {
    background: var(--_inv-color-hover);
  }
  .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sort-icon {
    flex: none;
    width: 0;
    height: 0;
    border-inline: 4px solid transparent;
  }
  .sort-icon.asc {
    border-block-end: 5px solid currentColor;
  }
  .sort-icon.desc {
    border-block-start: 5px solid currentColor;
  }
  .sort-icon.none {
    border-block-end: 5px solid var(--_inv-color-border-strong);
    opacity: 0.5;
  }
  .sort-order {
    font-size: 0.7em;
    color: var(--_inv-color-text-muted);
  }
  .resizer {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    width: 6px;
    cursor: col-resize;
    touch-action: none;
  }
  .resizer:hover {
    background: var(--_inv-color-primary);
  }

  .number {
    font-variant-numeric: tabular-nums;
  }
  .tag {
    flex: none;
    padding: 0 var(--_inv-space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_inv-radius-pill);
    font-size: var(--_inv-font-size-sm);
    line-height: 1.4;
    color: var(--_inv-color-text-muted);
  }
  .tag.credit {
    border-color: var(--_inv-status-disputed);
    color: var(--_inv-status-disputed);
  }
  .tag.superseded {
    border-style: dashed;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_inv-space-1);
    padding: 0 var(--_inv-space-2);
    border-radius: var(--_inv-radius-pill);
    font-size: var(--_inv-font-size-sm);
    font-weight: var(--_inv-font-weight-bold);
    line-height: 1.6;
  }
  .badge .dot {
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  .badge.open {
    background: var(--_inv-status-open-bg);
    color: var(--_inv-status-open);
  }
  .badge.disputed {
    background: var(--_inv-status-disputed-bg);
    color: var(--_inv-status-disputed);
  }
  .badge.closed {
    background: var(--_inv-status-closed-bg);
    color: var(--_inv-status-closed);
  }
  .badge.na {
    background: var(--_inv-status-na-bg);
    color: var(--_inv-status-na);
  }
  .invalid {
    padding: 0 var(--_inv-space-1);
    border: 1px dashed var(--_inv-color-danger);
    border-radius: var(--_inv-radius-sm);
    background: var(--_inv-color-danger-subtle);
    color: var(--_inv-color-danger);
    font-size: var(--_inv-font-size-sm);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_inv-color-primary);
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 32px;
    height: 28px;
    border: 1px solid transparent;
    border-radius: var(--_inv-radius-md);
    background: none;
    cursor: pointer;
  }
  .icon-button:hover,
  .icon-button[aria-expanded='true'] {
    border-color: var(--_border);
    background: var(--_inv-color-hover);
  }

  .skeleton .row {
    border-block-end: 1px solid var(--_border);
  }
  .bone {
    display: block;
    width: 70%;
    height: 0.8em;
    border-radius: var(--_inv-radius-sm);
    background: linear-gradient(90deg, var(--_inv-color-surface-alt), var(--_inv-color-border), var(--_inv-color-surface-alt));
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .select .bone {
    width: 16px;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
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
    align-items: center;
    gap: var(--_inv-space-2);
  }
  .page-size {
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
    flex-wrap: wrap;
    gap: var(--_inv-space-3);
    color: var(--_inv-color-text);
  }
  .totals-label {
    font-weight: var(--_inv-font-weight-bold);
  }
  .refreshed {
    margin-inline-start: auto;
    font-size: var(--_inv-font-size-sm);
  }
  :host(:dir(rtl)) .flip {
    transform: scaleX(-1);
  }

  .menu {
    position: absolute;
    z-index: 10;
    display: flex;
    flex-direction: column;
    min-width: 200px;
    padding: var(--_inv-space-1);
    border: 1px solid var(--_border);
    border-radius: var(--_inv-radius-md);
    background: var(--_inv-color-surface-raised);
    box-shadow: var(--_inv-shadow-md);
  }
  .menu [role='menuitem'] {
    padding: var(--_inv-space-2) var(--_inv-space-3);
    border: 0;
    border-radius: var(--_inv-radius-sm);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .menu [role='menuitem']:hover,
  .menu [role='menuitem']:focus {
    background: var(--_inv-color-hover);
  }

  /* Narrow containers: each row becomes a card of label/value pairs (paged mode). */
  @container (max-width: 640px) {
    /* The header becomes a strip of sort buttons. */
    .grid.paged .head .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_inv-space-1);
      min-width: 0;
      padding: var(--_inv-space-1) 0;
    }
    .grid.paged .head .cell {
      flex: 0 0 auto;
      min-height: 2rem;
      padding: 0 var(--_inv-space-2);
    }
    .grid.paged .head .cell:not(.select):not([aria-sort]) {
      display: none;
    }
    .grid.paged .head .label {
      overflow: visible;
      white-space: nowrap;
    }
    .grid.paged .head .resizer {
      display: none;
    }
    .grid.paged .body .row {
      display: grid;
      grid-template-columns: 1fr;
      min-width: 0;
      padding: var(--_inv-space-2) 0;
    }
    .grid.paged .body .cell {
      justify-content: space-between;
      min-height: 2rem;
      white-space: normal;
    }
    .grid.paged .body .cell::before {
      content: attr(data-label);
      color: var(--_inv-color-text-muted);
      font-size: var(--_inv-font-size-sm);
    }
    .grid.paged .body .cell.select {
      justify-content: flex-start;
      padding: 0 var(--_inv-space-3);
    }
    .refreshed {
      margin-inline-start: 0;
    }
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
