import { css } from 'lit';

/** The currency cards and the chart, loaded with them (see summary-view.ts). */
export const billingSummaryStyles = [
  css`
    .currency {
      container-type: inline-size;
    }
    .currency {
      min-width: 0;
      padding: var(--_inv-space-4);
      border: 1px solid var(--inv-summary-card-border-color, var(--_inv-color-border));
      border-radius: var(--inv-summary-card-radius, var(--_inv-radius-lg));
      background: var(--inv-summary-card-bg, var(--_inv-color-surface));
    }
    [part~='currency-heading'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_inv-space-2);
      margin: 0 0 var(--_inv-space-3);
      font-size: var(--_inv-font-size-md);
    }
    [part~='currency-heading'] .code {
      font-weight: var(--_inv-font-weight-bold);
    }
    [part~='currency-heading'] .name {
      color: var(--inv-summary-label-color, var(--_inv-color-text-muted));
      font-weight: var(--_inv-font-weight-normal);
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_inv-space-3);
      margin: 0 0 var(--_inv-space-4);
    }
    .figure {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
      padding: var(--_inv-space-2) var(--_inv-space-3);
      border-inline-start: 3px solid var(--_inv-color-border);
    }
    .figure.alert {
      border-inline-start-color: var(--inv-summary-overdue-color, var(--_inv-color-danger));
    }
    [part~='figure-label'] {
      color: var(--inv-summary-label-color, var(--_inv-color-text-muted));
      font-size: var(--_inv-font-size-sm);
      word-break: keep-all;
      overflow-wrap: anywhere;
    }
    [part~='figure-value'] {
      display: flex;
      flex-direction: column;
      margin: 0;
    }
    [part~='figure-link'],
    .amount {
      color: var(--inv-summary-value-color, var(--_inv-color-text));
      font-size: var(--_inv-font-size-lg);
      font-weight: var(--_inv-font-weight-bold);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    [part~='figure-link'] {
      color: var(--inv-summary-link-color, var(--_inv-color-primary));
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 3px;
      border-radius: var(--_inv-radius-sm);
    }
    .alert [part~='figure-link'] {
      color: var(--inv-summary-overdue-color, var(--_inv-color-danger));
    }
    .amount.invalid {
      color: var(--_inv-color-danger);
      font-size: var(--_inv-font-size-md);
      font-style: italic;
    }
    [part~='figure-count'] {
      color: var(--inv-summary-label-color, var(--_inv-color-text-muted));
      font-size: var(--_inv-font-size-sm);
    }
    /* Holds the chart's place while its code loads, so the card does not jump. */
    .chart-placeholder {
      min-height: 17rem;
    }
    .chart {
      display: grid;
      gap: var(--_inv-space-2);
      margin: 0;
    }
    [part~='chart-caption'] {
      color: var(--inv-summary-label-color, var(--_inv-color-text-muted));
      font-size: var(--_inv-font-size-sm);
    }
    .chart-plot {
      min-width: 0;
      overflow: hidden;
    }
    [part~='chart-svg'] {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
    }
    [part~='chart-bar'] {
      fill: var(--inv-summary-bar-color, var(--_inv-color-primary));
    }
    [part~='chart-bar-negative'] {
      fill: var(--inv-summary-bar-negative-color, var(--_inv-color-warning));
    }
    [part~='chart-grid'] {
      stroke: var(--inv-summary-grid-color, var(--_inv-color-border));
      stroke-width: 1;
    }
    [part~='chart-grid'].zero {
      stroke: var(--inv-summary-axis-color, var(--_inv-color-text-muted));
    }
    [part~='chart-axis-label'],
    [part~='chart-month-label'] {
      fill: var(--inv-summary-axis-color, var(--_inv-color-text-muted));
      font-family: var(--_inv-font-family);
      font-size: 11px;
    }
    .table-toggle {
      justify-self: start;
      min-height: 32px;
      font-size: var(--_inv-font-size-sm);
    }
    .table-toggle[aria-pressed='true'] {
      background: var(--_inv-color-selected);
    }
    .chart-table {
      width: 100%;
      border-collapse: collapse;
      font-size: var(--_inv-font-size-sm);
      font-variant-numeric: tabular-nums;
    }
    .chart-table caption {
      text-align: start;
      font-weight: var(--_inv-font-weight-bold);
      padding-bottom: var(--_inv-space-1);
    }
    .chart-table th,
    .chart-table td {
      padding: var(--_inv-space-1) var(--_inv-space-2);
      border-bottom: 1px solid var(--_inv-color-border);
      text-align: start;
    }
    .chart-table td {
      text-align: end;
    }
    .chart-table thead th:not(:first-child) {
      text-align: end;
    }
    /* Narrow cards list the figures one under the other, so no amount has to wrap. */
    @container (max-width: 440px) {
      .figures {
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_inv-space-2);
      }
      .figure {
        flex-direction: row;
        align-items: baseline;
        justify-content: space-between;
        gap: var(--_inv-space-3);
        padding-block: var(--_inv-space-1);
      }
      [part~='figure-value'] {
        align-items: flex-end;
        text-align: end;
      }
    }
    @media (forced-colors: active) {
      [part~='chart-bar'] {
        fill: CanvasText;
      }
      [part~='chart-bar-negative'] {
        fill: GrayText;
      }
      [part~='chart-axis-label'],
      [part~='chart-month-label'] {
        fill: CanvasText;
      }
    }
  `,
];
