import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** The confirmation of a finished export, naming the file, until dismissed or the next export. */
export function exportNotice(message: string, onDismiss: () => void): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<div class="export-notice" part="export-notice">
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path d="m3 8.5 3 3 7-7" fill="none" stroke="currentColor" stroke-width="1.8" />
    </svg>
    <span>${message}</span>
    <button type="button" class="button ghost" @click=${onDismiss}>${msg('Dismiss', { id: 'grid.export.dismiss' })}</button>
  </div>`;
}
