import { css } from 'lit';
import { controlStyles, hostStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';

/** What the element needs before its content has loaded: the tokens, controls and how the host box behaves. */
export const downloadDialogStyles = [
  tokenStyles,
  hostStyles,
  controlStyles,
  css`
    :host {
      display: contents;
      font-family: var(--_inv-font-family);
      font-size: var(--_inv-font-size-md);
      line-height: var(--_inv-line-height);
    }
  `,
];
