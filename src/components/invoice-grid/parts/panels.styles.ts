import { css } from 'lit';

/**
 * "Customize columns", the export panel and the row menu, loaded with them (panels.ts) and
 * adopted by each grid when one first shows, so that the grid's first load leaves them out.
 */
export const panelStyles = css`
  .menu {
    position: absolute;
    z-index: 10;
    display: flex;
    flex-direction: column;
    min-width: 200px;
    padding: var(--_inv-space-1);
    border: 1px solid var(--_border);
    border-radius: var(--_inv-radius-md);
    background: var(--_inv-color-surface-raised);
    box-shadow: var(--_inv-shadow-md);
  }
  .menu [role='menuitem'] {
    padding: var(--_inv-space-2) var(--_inv-space-3);
    border: 0;
    border-radius: var(--_inv-radius-sm);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .menu [role='menuitem']:hover,
  .menu [role='menuitem']:focus {
    background: var(--_inv-color-hover);
  }

  .panel {
    margin-block-end: var(--_inv-space-3);
    padding: var(--_inv-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--inv-grid-radius, var(--_inv-radius-lg));
    background: var(--_inv-color-surface-raised);
    box-shadow: var(--_inv-shadow-sm);
  }
  .panel fieldset {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_inv-space-3);
    margin: 0 var(--_inv-space-4) var(--_inv-space-2) 0;
    padding: var(--_inv-space-2) var(--_inv-space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_inv-radius-md);
  }
  .panel legend {
    padding: 0 var(--_inv-space-1);
    font-weight: var(--_inv-font-weight-bold);
  }
  .panel-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_inv-space-2);
    margin-block-start: var(--_inv-space-2);
  }
  .panel.columns {
    max-width: 36rem;
  }
  .hint {
    margin: 0 0 var(--_inv-space-2);
    color: var(--_inv-color-text-muted);
    font-size: var(--_inv-font-size-sm);
  }
  /* One column per row, in display order: the handle, the checkbox and name, the width, the move buttons. */
  .column-list {
    display: flex;
    flex-direction: column;
    gap: var(--_inv-space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .column-list li {
    display: flex;
    align-items: center;
    gap: var(--_inv-space-2);
    min-height: 44px;
    padding: var(--_inv-space-1) var(--_inv-space-2);
    border: 1px solid transparent;
    border-radius: var(--_inv-radius-md);
    background: var(--_inv-color-surface-alt);
  }
  .column-list li.dragging {
    border-color: var(--_inv-color-primary);
    background: var(--_inv-color-primary-subtle);
    box-shadow: var(--_inv-shadow-sm);
  }
  .column-list li[data-pin] + li:not([data-pin]),
  .column-list li:not([data-pin]) + li[data-pin] {
    margin-block-start: var(--_inv-space-2);
  }
  .column-list .check {
    display: flex;
    flex: 1;
    align-items: center;
    gap: var(--_inv-space-2);
    min-width: 0;
    min-height: 36px;
  }
  .column-list .name {
    overflow-wrap: anywhere;
  }
  .column-list .width {
    width: 5.5rem;
    min-height: 32px;
  }
  .pinned {
    display: inline-flex;
    color: var(--_inv-color-text-muted);
  }
  .grip {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 32px;
    height: 36px;
    color: var(--_inv-color-text-muted);
    cursor: grab;
    touch-action: none;
  }
  .dragging .grip {
    cursor: grabbing;
  }
  /* Cards have no column widths to set. */
  @container (max-width: 639px) {
    .column-list .width {
      display: none;
    }
  }
  .export-progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_inv-space-3);
  }
  .error-text {
    color: var(--_inv-color-danger);
  }
  .note {
    flex-basis: 100%;
    max-width: 40rem;
    margin: 0;
    color: var(--_inv-color-text-muted);
    font-size: var(--_inv-font-size-sm);
  }
`;
