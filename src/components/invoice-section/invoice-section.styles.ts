import { css } from 'lit';
import { filterChipStyles } from '../advanced-filter/filter-chips.styles.js';
import { controlStyles, hostStyles } from '../../internal/shared-styles.js';
import { tokenStyles } from '../../internal/tokens.js';

export const invoiceSectionStyles = [
  tokenStyles,
  hostStyles,
  controlStyles,
  filterChipStyles,
  css`
    [part~='base'] {
      display: flex;
      flex-direction: column;
      gap: var(--inv-section-gap, var(--_inv-space-3));
      color: var(--_inv-color-text);
    }
    /*
     * With virtual scrolling the grid fills the height the section is given; when the rest
     * (summary, tabs, notice) leaves it less than its least height, the section grows instead
     * of the grid collapsing.
     */
    [part~='base']:has(> invoice-grid[virtual]) {
      min-height: 100%;
    }
    invoice-grid[virtual] {
      flex: 1 0 auto;
      height: auto;
    }
    [part~='header'] {
      display: grid;
      gap: var(--_inv-space-1);
    }
    [part~='refreshed'] {
      margin: 0;
      text-align: end;
      color: var(--inv-section-muted-color, var(--_inv-color-text-muted));
      font-size: var(--_inv-font-size-sm);
    }
    [part~='refreshed'].reserved {
      min-height: 1lh;
    }
    [part~='below-toolbar'] {
      display: flex;
      flex-direction: column;
      gap: var(--_inv-space-3);
    }
    [part~='below-toolbar']:empty {
      display: none;
    }
    /* The section shows the refresh stamp once, in its header. */
    invoice-grid::part(refreshed) {
      display: none;
    }
    [part~='notice'] {
      margin: 0;
      padding: var(--_inv-space-3) var(--_inv-space-4);
      border-inline-start: 4px solid var(--inv-section-notice-accent, var(--_inv-color-info));
      border-radius: var(--_inv-radius-md);
      background: var(--inv-section-notice-bg, var(--_inv-color-info-subtle));
      font-size: var(--_inv-font-size-sm);
    }
    [part~='notice'] p {
      margin: 0;
    }
    [part~='notice'] p + p {
      margin-top: var(--_inv-space-1);
    }
    [part~='link-notice'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_inv-space-2) var(--_inv-space-4);
      padding: var(--_inv-space-3) var(--_inv-space-4);
      border-inline-start: 4px solid var(--inv-section-link-notice-accent, var(--_inv-color-warning));
      border-radius: var(--_inv-radius-md);
      background: var(--inv-section-link-notice-bg, var(--_inv-color-warning-subtle));
      font-size: var(--_inv-font-size-sm);
    }
    [part~='link-notice-text'] p {
      margin: 0;
    }
    [part~='link-notice-text'] p + p {
      margin-top: var(--_inv-space-1);
    }
    [part~='contact-link'] {
      color: var(--inv-section-link-color, var(--_inv-color-info));
      font-weight: var(--_inv-font-weight-bold);
    }
  `,
];
