import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** "No invoices match" with "Clear search and filters". */
export function emptyState(onClear: () => void): TemplateResult {
  return html`<div class="state empty" part="empty" role="status">
    <p class="state-title">${msg('No invoices match', { id: 'grid.empty' })}</p>
    <button type="button" class="button" @click=${onClear}>${msg('Clear search and filters', { id: 'grid.clear-filters' })}</button>
  </div>`;
}

/** The load error, in words, with one "Retry". */
export function errorState(message: string, onRetry: () => void): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <p class="state-title">${message}</p>
    <button type="button" class="button primary" @click=${onRetry}>${msg('Retry', { id: 'grid.retry' })}</button>
  </div>`;
}
