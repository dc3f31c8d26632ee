import { css } from 'lit';
import { controlStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';

/** What shows before the cards have loaded: the heading, the placeholders, an error. */
export const billingSummaryHostStyles = [
  tokenStyles,
  controlStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    :host([hidden]),
    :host([unavailable]) {
      display: none;
    }
    [part~='base'] {
      display: grid;
      gap: var(--_inv-space-3);
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_inv-space-1) var(--_inv-space-3);
    }
    [part~='heading'] {
      margin: 0;
      font-size: var(--_inv-font-size-lg);
      font-weight: var(--_inv-font-weight-bold);
    }
    [part~='as-of'] {
      margin: 0;
      color: var(--inv-summary-label-color, var(--_inv-color-text-muted));
      font-size: var(--_inv-font-size-sm);
    }
    .currencies {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
      gap: var(--inv-summary-gap, var(--_inv-space-4));
    }
    [part~='empty'] {
      margin: 0;
      color: var(--inv-summary-label-color, var(--_inv-color-text-muted));
    }
    [part~='error'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_inv-space-2);
      padding: var(--_inv-space-2) var(--_inv-space-3);
      border-radius: var(--_inv-radius-md);
      background: var(--_inv-color-danger-subtle);
      color: var(--_inv-color-danger);
    }
    .skeleton {
      min-width: 0;
      min-height: 18rem;
      border: 1px solid var(--inv-summary-card-border-color, var(--_inv-color-border));
      border-radius: var(--inv-summary-card-radius, var(--_inv-radius-lg));
      background: var(--_inv-color-surface-alt);
      animation: pulse 1.2s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton {
        animation: none;
      }
    }
  `,
];
