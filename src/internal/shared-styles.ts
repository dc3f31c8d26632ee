import { css } from 'lit';

/**
 * The one `:host` reset every element starts from: a block that sizes its box by its border,
 * a size container (so parts respond to the element's width, not the window's), and hidden
 * when `hidden` is set. An element changes only what differs (the dialog is `display:
 * contents`).
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none !important;
  }
`;

/** Controls shared by every element: buttons, inputs, focus ring, visually hidden text. */
export const controlStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_inv-space-2);
    min-height: var(--_inv-control-height);
    padding: 0 var(--_inv-space-3);
    border: 1px solid var(--inv-button-border-color, var(--_inv-color-border-strong));
    border-radius: var(--inv-button-radius, var(--_inv-radius-md));
    background: var(--inv-button-bg, var(--_inv-color-surface));
    color: var(--inv-button-color, var(--_inv-color-text));
    cursor: pointer;
    white-space: nowrap;
    transition:
      background-color var(--_inv-transition),
      border-color var(--_inv-transition);
  }
  .button:hover:not(:disabled) {
    background: var(--inv-button-hover-bg, var(--_inv-color-hover));
  }
  .button.primary {
    border-color: var(--inv-button-primary-bg, var(--_inv-color-primary));
    background: var(--inv-button-primary-bg, var(--_inv-color-primary));
    color: var(--inv-button-primary-color, var(--_inv-color-on-primary));
  }
  .button.primary:hover:not(:disabled) {
    background: var(--inv-button-primary-bg, var(--_inv-color-primary));
    filter: brightness(1.08);
  }
  .button.ghost {
    border-color: transparent;
    background: transparent;
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .input {
    min-height: var(--_inv-control-height);
    padding: 0 var(--_inv-space-3);
    border: 1px solid var(--inv-input-border-color, var(--_inv-color-border-strong));
    border-radius: var(--inv-input-radius, var(--_inv-radius-md));
    background: var(--inv-input-bg, var(--_inv-color-surface));
    color: var(--_inv-color-text);
  }
  .input[aria-invalid='true'] {
    border-color: var(--_inv-color-danger);
  }
  :is(button, input, select, textarea, a, [tabindex]):focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_inv-focus-ring);
  }
  @media (prefers-reduced-motion: reduce) {
    .button,
    .input {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    :is(button, input, select, textarea, a, [tabindex]):focus-visible {
      outline: 2px solid Highlight;
    }
    .button {
      border: 1px solid ButtonText;
    }
  }
`;
