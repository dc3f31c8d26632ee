import { css } from 'lit';
import { dialogFrameStyles } from '../../internal/dialog-styles.js';

/** The dialog and its form, loaded with the form (see ticket-view.ts). */
export const ticketDialogStyles = [
  dialogFrameStyles,
  css`
    [part~='dialog'] {
      width: min(var(--inv-dialog-width, 32rem), calc(100vw - 2 * var(--_inv-space-4)));
      max-height: min(90vh, 46rem);
      border-radius: var(--inv-dialog-radius, var(--_inv-radius-lg));
    }
    [part~='form'] {
      display: flex;
      flex-direction: column;
      min-height: 0;
      flex: 1 1 auto;
    }
    [part~='body'] {
      display: grid;
      gap: var(--_inv-space-4);
    }
    .field {
      display: grid;
      gap: var(--_inv-space-1);
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .field > label,
    .reasons > legend {
      font-weight: var(--_inv-font-weight-bold);
      padding: 0;
    }
    .input[readonly] {
      background: var(--_inv-color-surface-alt);
      font-family: var(--_inv-font-family-mono);
    }
    textarea.input {
      padding: var(--_inv-space-2) var(--_inv-space-3);
      resize: vertical;
      min-height: 6rem;
    }
    .reasons {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
    .reasons > legend {
      margin-bottom: var(--_inv-space-1);
    }
    .reasons > .reason {
      font-weight: var(--_inv-font-weight-normal);
    }
    .reason {
      display: flex;
      align-items: center;
      gap: var(--_inv-space-2);
      min-height: 32px;
      word-break: keep-all;
      overflow-wrap: anywhere;
    }
    .reason input {
      width: 18px;
      height: 18px;
      margin: 0;
      accent-color: var(--_inv-color-primary);
    }
    .counter {
      color: var(--_inv-color-text-muted);
      font-size: var(--_inv-font-size-sm);
    }
    .error {
      color: var(--_inv-color-danger);
      font-size: var(--_inv-font-size-sm);
    }
    .reasons .error {
      grid-column: 1 / -1;
    }
    .status {
      margin: 0;
      padding: var(--_inv-space-2) var(--_inv-space-3);
      border-radius: var(--_inv-radius-md);
      background: var(--_inv-color-info-subtle);
    }
    .status.failed {
      background: var(--_inv-color-danger-subtle);
      color: var(--_inv-color-danger);
    }
    [part~='confirmation'] p {
      margin: 0 0 var(--_inv-space-2);
    }
    [part~='reference'] {
      font-family: var(--_inv-font-family-mono);
      overflow-wrap: anywhere;
    }
  `,
];
