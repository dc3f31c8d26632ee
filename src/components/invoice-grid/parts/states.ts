import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** Why nothing is listed: the account has no invoices, none has the chosen status, or the search or filter matches none. */
export type EmptyKind = 'no-invoices' | 'no-status' | 'no-match';

/**
 * The empty result, said as it is: an account with no invoices yet (and what will appear
 * here), no invoice with the chosen status, or no match for the search or filter with
 * "Clear search and filters" (the only case where clearing changes anything).
 */
export function emptyState(kind: EmptyKind, onClear: () => void): TemplateResult {
  const title =
    kind === 'no-invoices'
      ? msg('No invoices yet', { id: 'grid.empty.none' })
      : kind === 'no-status'
        ? msg('No invoices with this status', { id: 'grid.empty.status' })
        : msg('No invoices match', { id: 'grid.empty' });
  const text =
    kind === 'no-invoices'
      ? msg('Your monthly invoices, reissued invoices and credit notes will appear here once they are issued.', {
          id: 'grid.empty.none-text',
        })
      : kind === 'no-status'
        ? msg('Choose another status to see other invoices.', { id: 'grid.empty.status-text' })
        : msg('Try other words, or clear the search and filters.', { id: 'grid.empty.match-text' });
  return html`<div class="state empty" part="empty" role="status" data-empty=${kind}>
    <p class="state-title">${title}</p>
    <p class="state-text">${text}</p>
    ${
      kind === 'no-match'
        ? html`<button type="button" class="button" @click=${onClear}>
            ${msg('Clear search and filters', { id: 'grid.clear-filters' })}
          </button>`
        : nothing
    }
  </div>`;
}

/** The load error, in words, with one "Retry". */
export function errorState(message: string, onRetry: () => void): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <p class="state-title">${message}</p>
    <button type="button" class="button primary" @click=${onRetry}>${msg('Retry', { id: 'grid.retry' })}</button>
  </div>`;
}
