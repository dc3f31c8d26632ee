import { css } from 'lit';

/** Styles for `filterChips()`; they read the same tokens as the components. */
export const filterChipStyles = css`
  .filter-chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-2);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_inv-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_inv-space-1);
    max-width: 100%;
    padding: 0 0 0 var(--_inv-space-3);
    border: 1px solid var(--inv-chip-border-color, var(--_inv-color-primary));
    border-radius: var(--inv-chip-radius, var(--_inv-radius-pill));
    background: var(--inv-chip-bg, var(--_inv-color-primary-subtle));
    color: var(--inv-chip-color, var(--_inv-color-text));
    font-size: var(--_inv-font-size-sm);
  }
  .chip [part~='chip-label'] {
    color: var(--_inv-color-text-muted);
  }
  .chip [part~='chip-value'] {
    overflow: hidden;
    font-weight: var(--_inv-font-weight-bold);
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .chip-remove {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 28px;
    height: 28px;
    border: 0;
    border-radius: var(--_inv-radius-pill);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--inv-chip-remove-hover-bg, var(--_inv-color-hover));
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
  }
`;
