import { css } from 'lit';
import { controlStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';

/** What the element needs before its form has loaded. */
export const ticketDialogHostStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: contents;
    }
  `,
];
