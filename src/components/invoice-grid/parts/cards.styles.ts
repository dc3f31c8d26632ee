import { css } from 'lit';

/**
 * The cards of a narrow grid (under 640 px), loaded with the cards' parts (cards.ts) and adopted
 * by a grid before it first shows cards, so that wider grids never load them.
 */
export const cardStyles = css`
  /*
   * Cards (narrow grids): number and lineage on top, month and amount, status and the row's
   * actions, then its documents. Virtual cards all have one height, so the window arithmetic
   * holds; paged cards open a detail with the other columns.
   */
  .cards-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_inv-space-2) var(--_inv-space-3);
    padding: var(--_inv-space-2) var(--_inv-space-3);
    border-block-end: 1px solid var(--_border);
    background: var(--inv-grid-header-bg, var(--_inv-color-surface-alt));
  }
  .cards-bar .check,
  .cards-bar .sort-by {
    display: inline-flex;
    align-items: center;
    gap: var(--_inv-space-2);
  }
  .cards-bar .sort-by {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .cards-bar .sort-by select {
    flex: 1;
    width: 100%;
    min-width: 0;
  }
  .cards-bar input[type='checkbox'] {
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: var(--_inv-color-primary);
  }
  .grid.cards .head {
    display: none;
  }
  .grid.cards .row {
    grid-template-columns: 2.5rem minmax(0, 1fr) auto;
    grid-template-areas:
      'select number number'
      'select month amount'
      'select status status'
      'select documents actions';
    align-content: start;
    gap: 2px var(--_inv-space-2);
    min-width: 0;
    min-height: 0;
    padding: var(--_inv-space-2) var(--_inv-space-3) var(--_inv-space-2) 0;
  }
  .grid.cards .pin {
    display: contents;
  }
  .grid.cards .cell {
    min-height: 1.75rem;
    padding: 0;
    overflow: visible;
  }
  .virtual.cards .cell {
    min-height: 0;
  }
  .grid.cards .content {
    padding-block: 0;
  }
  .grid.cards .cell.select {
    grid-area: select;
    flex-direction: column;
    justify-content: flex-start;
    gap: var(--_inv-space-2);
    padding-block-start: var(--_inv-space-1);
  }
  .grid.cards .cell.select input {
    order: -1;
    margin-block: 4px;
  }
  .grid.cards [data-column-id='invoiceNumber'] {
    grid-area: number;
    font-weight: var(--_inv-font-weight-bold);
  }
  .grid.cards [data-column-id='billingMonth'] {
    grid-area: month;
  }
  .grid.cards [data-column-id='amount'] {
    grid-area: amount;
    justify-content: flex-end;
  }
  .grid.cards [data-column-id='status'] {
    grid-area: status;
  }
  .grid.cards [data-column-id='actions'] {
    grid-area: actions;
    justify-content: flex-end;
  }
  .grid.cards [data-column-id='documents'] {
    grid-area: documents;
  }
  .grid.cards .cell.detail {
    position: static;
    grid-column: 2 / -1;
    padding: var(--_inv-space-2) 0 0;
  }
  .grid.cards .row.child {
    padding-inline-start: var(--_inv-space-4);
  }
  .virtual.cards .body .row {
    height: var(--_row-h);
    overflow: hidden;
  }
  /*
   * Room for the four lines with the number and the status each wrapped once, between words
   * ("2202008003470CN / Credit note", "Not applicable / (superseded)") on the narrowest phones.
   */
  .virtual.cards {
    --_row-h: var(--inv-grid-card-height, 9.5rem);
  }
  .virtual.cards .content {
    flex-wrap: nowrap;
  }
  .virtual.cards [data-column-id='invoiceNumber'] .content,
  .virtual.cards [data-column-id='status'] .content {
    flex-wrap: wrap;
    white-space: normal;
  }
  /* A virtual card has four lines: what says "superseded" twice is left to the status. */
  .virtual.cards .tag.superseded,
  .virtual.cards .replaced {
    display: none;
  }
`;
