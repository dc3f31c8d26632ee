import { css } from 'lit';

/**
 * The grid element: rows, cells, the pinned groups that stay while the middle scrolls
 * sideways, and the row detail (the cards of narrow grids load when first shown:
 * parts/cards.styles.ts). Widths are not set here: the width controller measures the content
 * and sets the tracks (`--_cols`, `--_cols-start`, `--_cols-end`, `--_grid-width`).
 */
export const gridBodyStyles = css`
  .grid {
    position: relative;
    overflow: auto;
    outline: none;
    /* A scrollbar that shows before it is used, so the columns beyond the edge can be found. */
    scrollbar-color: var(--_inv-color-border-strong) transparent;
  }
  .grid::-webkit-scrollbar {
    width: 10px;
    height: 10px;
  }
  .grid::-webkit-scrollbar-thumb {
    border: 2px solid transparent;
    border-radius: 6px;
    background: var(--_inv-color-border-strong) padding-box;
  }
  .grid.virtual {
    /* Fills the height its container gives the grid; at least --inv-grid-virtual-min-height. */
    flex: 1 1 var(--inv-grid-virtual-height, 0px);
    min-height: var(--inv-grid-virtual-height, var(--inv-grid-virtual-min-height, 15rem));
    max-height: var(--inv-grid-virtual-height, none);
    overscroll-behavior: contain;
    contain: content;
  }

  .row {
    --_row-bg: var(--inv-grid-bg, var(--_inv-color-surface));
    display: grid;
    grid-template-columns: var(--_cols);
    min-width: var(--_grid-width);
    min-height: var(--_row-h);
    border-block-end: 1px solid var(--_border);
    background: var(--_row-bg);
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 3;
  }
  .row.header {
    --_row-bg: var(--inv-grid-header-bg, var(--_inv-color-surface-alt));
    color: var(--inv-grid-header-color, var(--_inv-color-text));
    font-weight: var(--_inv-font-weight-bold);
    line-height: 1.25;
  }
  .body .row:hover {
    --_row-bg: var(--inv-grid-row-hover-bg, var(--_inv-color-hover));
  }
  .body .row.selected {
    --_row-bg: var(--inv-grid-row-selected-bg, var(--_inv-color-selected));
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
  }

  /* The start group (selection, Month, Invoice number) and the end group (Status, Actions) stay put. */
  .pin {
    position: sticky;
    z-index: 1;
    display: grid;
    min-width: 0;
    /* Opaque over the cells scrolling under it, whatever the row's own background. */
    background: linear-gradient(var(--_row-bg), var(--_row-bg)), var(--inv-grid-bg, var(--_inv-color-surface));
    transition: box-shadow var(--_inv-transition);
  }
  .pin-start {
    inset-inline-start: 0;
    grid-template-columns: var(--_cols-start);
  }
  .pin-end {
    inset-inline-end: 0;
    grid-template-columns: var(--_cols-end);
  }
  .grid {
    --_shadow: 0 0 8px 0 rgb(0 0 0 / 0.18);
  }
  .more-start .pin-start {
    box-shadow: var(--inv-grid-pinned-shadow, var(--_shadow));
    clip-path: inset(0 -12px 0 0);
  }
  .more-end .pin-end {
    box-shadow: var(--inv-grid-pinned-shadow, var(--_shadow));
    clip-path: inset(0 0 0 -12px);
  }
  :host(:dir(rtl)) .more-start .pin-start {
    clip-path: inset(0 0 0 -12px);
  }
  :host(:dir(rtl)) .more-end .pin-end {
    clip-path: inset(0 -12px 0 0);
  }

  .cell {
    position: relative;
    display: flex;
    align-items: center;
    min-width: 0;
    padding: 0 var(--_inv-space-3);
    overflow: hidden;
  }
  /*
   * A cell's content wraps between words only (paged mode), and never inside one: CJK text
   * keeps its words whole too. The column is at least as wide as the longest word.
   */
  .content {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px var(--_inv-space-2);
    min-width: 0;
    max-width: 100%;
    padding-block: var(--_inv-space-1);
    word-break: keep-all;
    overflow-wrap: normal;
    line-break: strict;
  }
  .virtual .content {
    flex-wrap: nowrap;
    white-space: nowrap;
  }
  .cell.align-end {
    justify-content: flex-end;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cell.align-end .content {
    justify-content: flex-end;
  }
  .cell.align-center,
  .cell.align-center .content {
    justify-content: center;
  }
  /*
   * Text that may be shortened: two lines (one when virtual), the whole of it in the title.
   * It breaks where words meet (CJK words too: "Colt / テクノロジーサービス株式会社"), and
   * inside a word only when that word alone is wider than the column.
   */
  .text[title] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  .virtual .text[title] {
    -webkit-line-clamp: 1;
    white-space: normal;
  }
  .cell.select {
    justify-content: center;
    gap: var(--_inv-space-1);
    padding: 0;
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

  /* Headers wrap between words only; CJK labels break only where words meet. */
  .row.header .cell {
    padding-block: var(--_inv-space-1);
  }
  .head .label {
    word-break: keep-all;
    overflow-wrap: normal;
    line-break: strict;
    hyphens: manual;
    text-wrap: balance;
  }

  /* Measuring: each column's content on one line, then at its longest word (see WidthController). */
  .measure-max .content,
  .measure-max .head .sort,
  .measure-max .head .cell > .label {
    flex: none;
    width: max-content;
    max-width: none;
  }
  .measure-max .content {
    flex-wrap: nowrap;
    white-space: nowrap;
  }
  .measure-max .text[title] {
    display: inline;
  }
  /* "Replaced by …" has a line of its own under the number: it does not widen the column. */
  .measure-max .replaced {
    display: none;
  }
  /* The hidden copy of the header row measured at its longest words in the same layout as the rest. */
  .head.measure-copy {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .measure-max .head.measure-copy .sort,
  .measure-max .head.measure-copy .cell > .label,
  .measure-min .content,
  .measure-min .head .sort,
  .measure-min .head .cell > .label,
  .head.measure-min .content,
  .head.measure-min .sort,
  .head.measure-min .cell > .label {
    flex: none;
    width: min-content;
    max-width: none;
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
  .align-end .sort {
    text-align: end;
  }
  .sort:hover {
    background: var(--_inv-color-hover);
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
    width: 8px;
    cursor: col-resize;
    touch-action: none;
  }
  .resizer:hover,
  .resizer:active {
    background: var(--_inv-color-primary);
  }

  .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .tag {
    flex: none;
    padding: 0 var(--_inv-space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_inv-radius-pill);
    font-size: var(--_inv-font-size-sm);
    line-height: 1.4;
    white-space: nowrap;
    color: var(--_inv-color-text-muted);
  }
  .tag.credit {
    border-color: var(--_inv-status-disputed);
    color: var(--_inv-status-disputed);
  }
  .tag.superseded {
    border-style: dashed;
  }
  .replaced {
    flex-basis: 100%;
    font-weight: normal;
    font-size: var(--_inv-font-size-sm);
    line-height: 1.25;
    color: var(--_inv-color-text-muted);
    white-space: nowrap;
  }
  /* Virtual rows are one line: the "Superseded" badge's title says which invoice replaced it. */
  .virtual .replaced {
    display: none;
  }
  /* A superseded original reads as history: muted, its reissue listed with it. */
  .row.superseded {
    color: var(--_inv-color-text-muted);
  }
  .expand,
  .detail-toggle {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 0;
    border-radius: var(--_inv-radius-sm);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .expand:hover,
  .detail-toggle:hover {
    background: var(--_inv-color-hover);
  }
  .expand svg,
  .detail-toggle svg {
    transition: transform var(--_inv-transition);
  }
  .expand[aria-expanded='true'] svg {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .expand[aria-expanded='true'] svg {
    transform: scaleX(-1) rotate(90deg);
  }
  /* A reissue or credit note under its original: indented, joined to it by a line. */
  .branch {
    flex: none;
    width: 16px;
    height: 12px;
    margin-inline-start: 8px;
    border-inline-start: 1px solid var(--_inv-color-border-strong);
    border-block-end: 1px solid var(--_inv-color-border-strong);
    border-end-start-radius: 4px;
    transform: translateY(-4px);
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
    flex: none;
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
    white-space: nowrap;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_inv-color-primary);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
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

  /* The columns that did not fit, under the row (across the visible width). */
  .cell.detail {
    position: sticky;
    inset-inline-start: 0;
    grid-column: 1 / -1;
    max-width: var(--_viewport, 100%);
    padding: 0 var(--_inv-space-3) var(--_inv-space-2) var(--_inv-space-6);
  }
  .detail dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--_inv-space-2) var(--_inv-space-4);
    width: 100%;
    margin: 0;
  }
  .detail dt {
    color: var(--_inv-color-text-muted);
    font-size: var(--_inv-font-size-sm);
  }
  .detail dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px var(--_inv-space-2);
    margin: 0;
    overflow-wrap: anywhere;
  }
  .detail .text[title] {
    display: inline;
  }

  .skeleton .row {
    border-block-end: 1px solid var(--_border);
  }
  .skeleton .cell {
    padding-block: var(--_inv-space-3);
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

  @media (forced-colors: active) {
    .pin {
      background: Canvas;
    }
    .body .row.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
