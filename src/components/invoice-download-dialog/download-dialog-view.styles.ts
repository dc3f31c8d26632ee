import { css } from 'lit';

/**
 * The dialog and its content, loaded with them on first use (download-dialog-view.ts). Kept apart
 * from the element's own styles: `css` is a call, which no bundler drops when unused.
 */
export const downloadDialogViewStyles = [
  css`
    [part~='dialog'] {
      width: min(var(--inv-dialog-width, 40rem), calc(100vw - 2 * var(--_inv-space-4)));
      max-height: min(90vh, 52rem);
      padding: 0;
      border: 1px solid var(--inv-dialog-border-color, var(--_inv-color-border));
      border-radius: var(--inv-dialog-radius, var(--_inv-radius-lg));
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
    /* Header and footer keep their size and the list scrolls between them, so the actions stay in view. */
    [part~='header'] {
      flex: none;
      display: flex;
      align-items: flex-start;
      gap: var(--_inv-space-3);
      padding: var(--_inv-space-4) var(--_inv-space-5);
      border-bottom: 1px solid var(--inv-dialog-border-color, var(--_inv-color-border));
    }
    [part~='heading'] {
      flex: 1;
      min-width: 0;
    }
    [part~='title'] {
      margin: 0;
      font-size: var(--_inv-font-size-lg);
      font-weight: var(--_inv-font-weight-bold);
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
      line-height: 1;
    }
    [part~='body'] {
      flex: 1;
      min-height: 0;
      overflow: auto;
      padding: var(--_inv-space-4) var(--_inv-space-5);
    }
    [part~='invoice'] + [part~='invoice'] {
      margin-top: var(--_inv-space-5);
    }
    [part~='invoice-heading'] {
      margin: 0 0 var(--_inv-space-2);
      font-size: var(--_inv-font-size-md);
      font-weight: var(--_inv-font-weight-bold);
    }
    [part~='select-all'] {
      display: flex;
      align-items: center;
      gap: var(--_inv-space-2);
      margin-bottom: var(--_inv-space-3);
      font-weight: var(--_inv-font-weight-bold);
    }
    [part~='group'] {
      margin: 0 0 var(--_inv-space-3);
      padding: 0;
      border: 0;
    }
    [part~='group-label'] {
      padding: 0;
      margin-bottom: var(--_inv-space-1);
      color: var(--inv-dialog-group-color, var(--_inv-color-text-muted));
      font-size: var(--_inv-font-size-sm);
      font-weight: var(--_inv-font-weight-bold);
      text-transform: var(--inv-dialog-group-transform, none);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='document'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--_inv-space-3);
      padding: var(--_inv-space-2) var(--_inv-space-3);
      border: 1px solid var(--inv-dialog-item-border-color, var(--_inv-color-border));
      border-radius: var(--_inv-radius-md);
      background: var(--inv-dialog-item-bg, var(--_inv-color-surface));
    }
    /* Rows out of view skip layout and paint: a list of thousands stays cheap while it updates. */
    [part~='document'] {
      content-visibility: auto;
      contain-intrinsic-size: auto 4rem;
    }
    [part~='document'] + [part~='document'] {
      margin-top: var(--_inv-space-1);
    }
    [part~='document'][data-availability='removed'],
    [part~='document'][data-availability='preparing'] {
      background: var(--inv-dialog-item-unavailable-bg, var(--_inv-color-surface-alt));
    }
    [part~='select-all'] input[type='checkbox'],
    [part~='document'] input[type='checkbox'] {
      width: 1.125rem;
      height: 1.125rem;
      margin: 0.2rem 0 0;
      flex: none;
      accent-color: var(--_inv-color-primary);
    }
    [part~='document-text'] {
      flex: 1 1 12rem;
      min-width: 0;
    }
    [part~='document-name'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--_inv-space-2);
      font-weight: var(--_inv-font-weight-bold);
      overflow-wrap: anywhere;
    }
    [part~='invoice-heading'],
    [part~='file-name'] {
      overflow-wrap: anywhere;
    }
    [part~='document-number'] {
      font-family: var(--_inv-font-family-mono);
      font-weight: var(--_inv-font-weight-normal);
      font-size: var(--_inv-font-size-sm);
    }
    [part~='lineage-badge'] {
      padding: 0 var(--_inv-space-2);
      border-radius: var(--_inv-radius-pill);
      background: var(--inv-dialog-badge-bg, var(--_inv-color-neutral-subtle));
      color: var(--inv-dialog-badge-color, var(--_inv-color-neutral));
      font-size: var(--_inv-font-size-sm);
      font-weight: var(--_inv-font-weight-normal);
    }
    [part~='document-meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_inv-space-3);
      color: var(--_inv-color-text-muted);
      font-size: var(--_inv-font-size-sm);
    }
    [part~='availability'][data-availability='preparing'] {
      color: var(--inv-dialog-preparing-color, var(--_inv-color-warning));
    }
    [part~='availability'][data-availability='removed'] {
      color: var(--inv-dialog-removed-color, var(--_inv-color-danger));
    }
    /* Beside the text when there is room, else on its own line below it. */
    [part~='file-status'] {
      flex: 0 0 7rem;
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: var(--_inv-space-1);
      margin-inline-start: auto;
      font-size: var(--_inv-font-size-sm);
      text-align: end;
    }
    progress {
      width: 100%;
      height: 0.5rem;
      accent-color: var(--inv-dialog-progress-color, var(--_inv-color-primary));
    }
    [part~='file-failure'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_inv-space-1) var(--_inv-space-3);
      margin-top: var(--_inv-space-1);
    }
    [part~='file-error'] {
      color: var(--inv-dialog-error-color, var(--_inv-color-danger));
      font-size: var(--_inv-font-size-sm);
    }
    /* The shared hover background would otherwise cover a primary button's colour. */
    .button.primary:hover:not(:disabled) {
      background: var(--inv-button-primary-bg, var(--_inv-color-primary));
    }
    [part~='file-done'] {
      color: var(--_inv-color-success);
    }
    [part~='message'],
    [part~='error'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_inv-space-3);
      margin: 0 0 var(--_inv-space-3);
      padding: var(--_inv-space-3);
      border-radius: var(--_inv-radius-md);
      background: var(--_inv-color-info-subtle);
    }
    [part~='error'] {
      background: var(--inv-dialog-error-bg, var(--_inv-color-danger-subtle));
      color: var(--inv-dialog-error-color, var(--_inv-color-danger));
    }
    [part~='loading'] {
      color: var(--_inv-color-text-muted);
    }
    [part~='notice'] {
      margin-top: var(--_inv-space-4);
      padding: var(--_inv-space-3) var(--_inv-space-4);
      border-inline-start: 4px solid var(--inv-dialog-notice-accent, var(--_inv-color-info));
      border-radius: var(--_inv-radius-sm);
      background: var(--inv-dialog-notice-bg, var(--_inv-color-info-subtle));
      font-size: var(--_inv-font-size-sm);
    }
    [part~='notice'] p {
      margin: 0;
    }
    [part~='notice'] p + p {
      margin-top: var(--_inv-space-1);
    }
    [part~='notice'] a {
      color: var(--inv-dialog-link-color, var(--_inv-color-info));
    }
    [part~='footer'] {
      flex: none;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_inv-space-3);
      padding: var(--_inv-space-3) var(--_inv-space-5);
      border-top: 1px solid var(--inv-dialog-border-color, var(--_inv-color-border));
      background: var(--inv-dialog-footer-bg, var(--_inv-color-surface-alt));
      border-radius: 0 0 var(--inv-dialog-radius, var(--_inv-radius-lg)) var(--inv-dialog-radius, var(--_inv-radius-lg));
    }
    [part~='summary'] {
      flex: 1;
      min-width: 10rem;
      color: var(--_inv-color-text-muted);
    }
    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: var(--_inv-space-2);
      margin-inline-start: auto;
    }
    [part~='total-progress'] {
      display: block;
      margin-top: var(--_inv-space-1);
    }
    @media (forced-colors: active) {
      [part~='dialog'] {
        border: 2px solid CanvasText;
      }
      [part~='document'] {
        border-color: CanvasText;
      }
    }
  `,
];
