import { css } from 'lit';
import { controlStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';

/** What the element needs before its content has loaded: how the host box behaves. */
export const invoiceDetailHostStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: contents;
    }
    :host([inline]) {
      display: block;
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
  `,
];
