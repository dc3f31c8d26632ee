import { css } from 'lit';

/**
 * The frame shared by the ticket form and the detail panel: a native `<dialog>` with a header
 * (title, subtitle, close button), a scrolling body and a footer that stays in view.
 */
export const dialogFrameStyles = css`
  [part~='dialog'] {
    padding: 0;
    border: 1px solid var(--inv-dialog-border-color, var(--_inv-color-border));
    background: var(--inv-dialog-bg, var(--_inv-color-surface-raised));
    color: var(--inv-dialog-color, var(--_inv-color-text));
    box-shadow: var(--inv-dialog-shadow, var(--_inv-shadow-lg));
    font-family: var(--_inv-font-family);
    font-size: var(--_inv-font-size-md);
    line-height: var(--_inv-line-height);
  }
  [part~='dialog'][open] {
    display: flex;
    flex-direction: column;
  }
  [part~='dialog']::backdrop {
    background: var(--inv-dialog-backdrop, var(--_inv-color-backdrop));
  }
  [part~='header'] {
    flex: none;
    display: flex;
    align-items: flex-start;
    gap: var(--_inv-space-3);
    padding: var(--_inv-space-4) var(--_inv-space-5);
    border-bottom: 1px solid var(--inv-dialog-border-color, var(--_inv-color-border));
  }
  .heading {
    flex: 1;
    min-width: 0;
  }
  [part~='title'] {
    margin: 0;
    font-size: var(--_inv-font-size-lg);
    font-weight: var(--_inv-font-weight-bold);
    overflow-wrap: anywhere;
  }
  [part~='subtitle'] {
    margin: var(--_inv-space-1) 0 0;
    color: var(--_inv-color-text-muted);
    overflow-wrap: anywhere;
  }
  [part~='close-button'] {
    min-width: var(--_inv-control-height);
    padding: 0;
    font-size: 1.25rem;
  }
  [part~='body'] {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    padding: var(--_inv-space-4) var(--_inv-space-5);
  }
  [part~='footer'] {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_inv-space-2);
    padding: var(--_inv-space-3) var(--_inv-space-5);
    border-top: 1px solid var(--inv-dialog-border-color, var(--_inv-color-border));
    background: var(--inv-dialog-footer-bg, var(--_inv-color-surface-alt));
  }
  @media (forced-colors: active) {
    [part~='dialog'] {
      border: 2px solid CanvasText;
    }
  }
`;
