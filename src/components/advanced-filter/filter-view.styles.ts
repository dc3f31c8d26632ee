import { css } from 'lit';
import { filterChipStyles } from './filter-chips.styles.js';

/**
 * The form and saved views, loaded with them (filter-view.ts). Kept apart from the element's own
 * styles: `css` is a call, which no bundler drops when unused.
 */
export const filterViewStyles = [
  filterChipStyles,
  css`
    [part~='panel'] {
      padding: var(--inv-filter-padding, var(--_inv-space-4));
      border: 1px solid var(--inv-filter-border-color, var(--_inv-color-border));
      border-radius: var(--inv-filter-radius, var(--_inv-radius-lg));
      background: var(--inv-filter-bg, var(--_inv-color-surface-alt));
      color: var(--_inv-color-text);
    }
    [part~='heading'] {
      margin: 0 0 var(--_inv-space-3);
      font-size: var(--_inv-font-size-lg);
      font-weight: var(--_inv-font-weight-bold);
    }
    [part~='fields'] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: var(--_inv-space-3) var(--_inv-space-4);
      margin: 0;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: var(--_inv-space-1);
      min-width: 0;
    }
    .field > label,
    fieldset > legend {
      font-weight: var(--_inv-font-weight-bold);
      font-size: var(--_inv-font-size-sm);
    }
    .field .input,
    .field select {
      width: 100%;
    }
    /* Month fields: the text box, the picker button, and the picker under them. */
    .month-field {
      position: relative;
    }
    .month-input {
      display: flex;
      gap: var(--_inv-space-1);
    }
    .month-input .input {
      flex: 1;
      min-width: 0;
    }
    .button.icon {
      min-width: var(--_inv-control-height);
      padding: 0;
    }
    [part~='month-picker'] {
      position: absolute;
      inset-block-start: 100%;
      inset-inline-start: 0;
      z-index: 5;
      width: max-content;
      max-width: min(20rem, 90vw);
      margin-block-start: var(--_inv-space-1);
      padding: var(--_inv-space-2);
      border: 1px solid var(--_inv-color-border);
      border-radius: var(--_inv-radius-md);
      background: var(--_inv-color-surface-raised);
      box-shadow: var(--_inv-shadow-md);
    }
    .picker-year {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_inv-space-2);
      margin-block-end: var(--_inv-space-2);
      font-weight: var(--_inv-font-weight-bold);
    }
    .picker-months {
      display: grid;
      grid-template-columns: repeat(4, minmax(3.5rem, 1fr));
      gap: var(--_inv-space-1);
    }
    .picker-months .button {
      padding: 0 var(--_inv-space-2);
    }
    :host(:dir(rtl)) .flip {
      transform: scaleX(-1);
    }
    .text-field {
      display: grid;
      grid-template-columns: minmax(6.5rem, auto) 1fr;
      gap: var(--_inv-space-1);
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_inv-space-1) var(--_inv-space-3);
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    fieldset > legend {
      width: 100%;
      margin-bottom: var(--_inv-space-1);
      padding: 0;
    }
    fieldset > .check {
      font-weight: var(--_inv-font-weight-normal);
      font-size: var(--_inv-font-size-md);
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: var(--_inv-space-1);
      min-height: 28px;
      cursor: pointer;
    }
    .check input {
      width: 1.1em;
      height: 1.1em;
      margin: 0;
      accent-color: var(--_inv-color-primary);
    }
    .error {
      display: flex;
      gap: var(--_inv-space-1);
      color: var(--inv-filter-error-color, var(--_inv-color-danger));
      font-size: var(--_inv-font-size-sm);
    }
    .hint {
      color: var(--_inv-color-text-muted);
      font-size: var(--_inv-font-size-sm);
    }
    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_inv-space-2);
      align-items: center;
      margin-top: var(--_inv-space-4);
    }
    [part~='status-message'] {
      color: var(--_inv-color-text-muted);
      font-size: var(--_inv-font-size-sm);
    }
    [part~='saved-views'] {
      margin-top: var(--_inv-space-4);
      padding-top: var(--_inv-space-3);
      border-top: 1px solid var(--_inv-color-border);
    }
    [part~='saved-views'] h3 {
      margin: 0 0 var(--_inv-space-2);
      font-size: var(--_inv-font-size-md);
    }
    .save-view {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_inv-space-2);
    }
    .save-view .field {
      flex: 0 1 22rem;
    }
    [part~='saved-view-list'] {
      display: flex;
      flex-direction: column;
      gap: var(--_inv-space-1);
      margin: var(--_inv-space-3) 0 0;
      padding: 0;
      list-style: none;
    }
    [part~='saved-view'] {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_inv-space-2);
      padding: var(--_inv-space-1) var(--_inv-space-2);
      border-radius: var(--_inv-radius-md);
      background: var(--_inv-color-surface);
    }
    [part~='saved-view-apply'] {
      flex: 1;
      justify-content: flex-start;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    [part~='saved-views'] > .field {
      max-width: 22rem;
      margin-top: var(--_inv-space-3);
    }
    [part~='saved-view-pager'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_inv-space-2);
      margin-top: var(--_inv-space-2);
      font-size: var(--_inv-font-size-sm);
    }
    [part~='saved-view-pager'] [role='status'] {
      margin-inline-end: auto;
      color: var(--_inv-color-text-muted);
    }
    .empty {
      margin: var(--_inv-space-2) 0 0;
      color: var(--_inv-color-text-muted);
    }
  `,
];
