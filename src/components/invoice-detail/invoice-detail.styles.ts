import { css } from 'lit';
import { dialogFrameStyles } from '../../internal/dialog-styles.js';

/** The panel and its content, loaded with the content (see detail-view.ts). */
export const invoiceDetailStyles = [
  dialogFrameStyles,
  css`
    /* A side panel at the inline end, the full height of the window; the whole screen on a phone. */
    .panel {
      width: min(var(--inv-detail-width, 44rem), 100vw);
      max-width: 100vw;
      height: 100dvh;
      max-height: 100dvh;
      margin: 0 0 0 auto;
      border-width: 0 0 0 1px;
      border-radius: 0;
      container-type: inline-size;
    }
    :host(:dir(rtl)) .panel {
      margin: 0 auto 0 0;
      border-width: 0 1px 0 0;
    }
    .inline {
      border: 1px solid var(--inv-dialog-border-color, var(--_inv-color-border));
      border-radius: var(--_inv-radius-lg);
      background: var(--inv-dialog-bg, var(--_inv-color-surface));
    }
    [part~='title']:focus {
      outline: none;
    }
    [part~='title']:focus-visible {
      box-shadow: var(--_inv-focus-ring);
    }
    .subtitle {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_inv-space-2);
    }
    .badge {
      display: inline-block;
      padding: 0 var(--_inv-space-2);
      border-radius: var(--_inv-radius-pill);
      background: var(--_inv-color-neutral-subtle);
      color: var(--_inv-color-text);
      font-size: var(--_inv-font-size-sm);
      white-space: nowrap;
    }
    [part~='status-open'] {
      background: var(--_inv-status-open-bg);
      color: var(--_inv-status-open);
    }
    [part~='status-disputed'] {
      background: var(--_inv-status-disputed-bg);
      color: var(--_inv-status-disputed);
    }
    [part~='status-closed'] {
      background: var(--_inv-status-closed-bg);
      color: var(--_inv-status-closed);
    }
    [part~='status-na'] {
      background: var(--_inv-status-na-bg);
      color: var(--_inv-status-na);
    }
    [part~='payment-overdue'] {
      background: var(--_inv-color-danger-subtle);
      color: var(--inv-detail-overdue-color, var(--_inv-color-danger));
      font-weight: var(--_inv-font-weight-bold);
    }
    [part~='payment-paid'] {
      background: var(--_inv-color-success-subtle);
      color: var(--_inv-color-success);
    }
    [part~='body'] {
      display: grid;
      align-content: start;
      gap: var(--_inv-space-5);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_inv-space-2);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
      gap: var(--_inv-space-3) var(--_inv-space-4);
      margin: 0;
    }
    .facts dt {
      color: var(--_inv-color-text-muted);
      font-size: var(--_inv-font-size-sm);
    }
    .facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    [part~='fact-amount'] dd,
    [part~='fact-amount-due'] dd {
      font-size: var(--_inv-font-size-lg);
      font-weight: var(--_inv-font-weight-bold);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .mono {
      font-family: var(--_inv-font-family-mono);
    }
    .muted {
      color: var(--_inv-color-text-muted);
    }
    .invalid {
      color: var(--_inv-color-danger);
      font-style: italic;
    }
    .block {
      display: grid;
      gap: var(--_inv-space-2);
      min-width: 0;
    }
    [part~='section-heading'] {
      margin: 0;
      font-size: var(--_inv-font-size-md);
      font-weight: var(--_inv-font-weight-bold);
    }
    .block p {
      margin: 0;
    }
    a {
      color: var(--inv-detail-link-color, var(--_inv-color-primary));
    }
    .lineage {
      display: grid;
      gap: var(--_inv-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: member;
    }
    .lineage li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_inv-space-1) var(--_inv-space-2);
      padding: var(--_inv-space-2) var(--_inv-space-3);
      border: 1px solid var(--_inv-color-border);
      border-radius: var(--_inv-radius-md);
    }
    .lineage li[part~='lineage-current'] {
      border-color: var(--_inv-color-primary);
      background: var(--_inv-color-primary-subtle);
    }
    [part~='lineage-link'] {
      font-family: var(--_inv-font-family-mono);
      font-weight: var(--_inv-font-weight-bold);
      overflow-wrap: anywhere;
    }
    [part~='lineage-link'][aria-current='true'] {
      color: var(--_inv-color-text);
    }
    .meta {
      color: var(--_inv-color-text-muted);
      font-size: var(--_inv-font-size-sm);
      margin-inline-start: auto;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      font-size: var(--_inv-font-size-sm);
      font-variant-numeric: tabular-nums;
    }
    .table th,
    .table td {
      padding: var(--_inv-space-2);
      border-bottom: 1px solid var(--_inv-color-border);
      text-align: end;
      vertical-align: top;
    }
    .table th:first-child {
      text-align: start;
      font-weight: var(--_inv-font-weight-normal);
    }
    .table thead th {
      color: var(--_inv-color-text-muted);
      font-weight: var(--_inv-font-weight-bold);
      white-space: nowrap;
    }
    .table tfoot th,
    .table tfoot td {
      font-weight: var(--_inv-font-weight-bold);
      border-bottom: 0;
    }
    .table td {
      white-space: nowrap;
    }
    /* Descriptions wrap between words only; on a narrow screen the table scrolls sideways in its region instead. */
    .table th.line-description {
      min-width: 10rem;
    }
    .description {
      word-break: keep-all;
      overflow-wrap: break-word;
    }
    .period {
      display: block;
      color: var(--_inv-color-text-muted);
    }
    .reduced {
      margin-inline-start: var(--_inv-space-1);
      color: var(--_inv-color-text-muted);
    }
    .warning {
      padding: var(--_inv-space-2) var(--_inv-space-3);
      border-radius: var(--_inv-radius-md);
      background: var(--_inv-color-warning-subtle);
      color: var(--_inv-color-warning);
    }
    .documents {
      display: grid;
      gap: var(--_inv-space-1);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .documents li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_inv-space-1) var(--_inv-space-3);
    }
    [part~='preview-frame'] {
      width: 100%;
      height: var(--inv-detail-preview-height, 32rem);
      border: 1px solid var(--_inv-color-border);
      border-radius: var(--_inv-radius-md);
      background: var(--_inv-color-surface-alt);
    }
    [part~='preview-link'] {
      justify-self: start;
    }
    .block-error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_inv-space-2);
      padding: var(--_inv-space-2) var(--_inv-space-3);
      border-radius: var(--_inv-radius-md);
      background: var(--_inv-color-danger-subtle);
      color: var(--_inv-color-danger);
    }
    @container (max-width: 30rem) {
      [part~='preview-frame'] {
        height: var(--inv-detail-preview-height, 24rem);
      }
    }
  `,
];
