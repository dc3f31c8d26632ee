import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isKnownCurrency } from '../../../data/validate.js';
import { formatCount, formatDateTime, formatMoney } from '../../../format/formatters.js';

export const PAGE_SIZES = [10, 25, 50, 100];

export interface FooterView {
  locale: string;
  /** Show the pager (paged mode, once a result is in). */
  pager: boolean;
  offset: number;
  limit: number;
  total: number;
  totals: Record<string, number> | undefined;
  lastRefreshed: string | undefined;
  onPageSize: (event: Event) => void;
  onPage: (offset: number) => void;
}

/** Rows per page, the range, previous/next page, totals per currency and "Payment status as of …". */
export function footer(v: FooterView): TemplateResult {
  // A malformed row's unknown currency is not a currency to total.
  const totals = v.totals ? Object.entries(v.totals).filter(([code, sum]) => Number.isFinite(sum) && isKnownCurrency(code)) : [];
  const refreshed = v.lastRefreshed ? formatDateTime(v.lastRefreshed, v.locale) : '';
  return html`<div class="footer" part="footer">
    ${v.pager ? pager(v) : nothing}
    ${
      totals.length
        ? html`<div class="totals" part="totals">
            <span class="totals-label">${msg('Total', { id: 'grid.total' })}</span>
            ${totals.map(([currency, sum]) => html`<span class="total">${formatMoney(sum, currency, v.locale) || `${sum} ${currency}`}</span>`)}
          </div>`
        : nothing
    }
    ${refreshed ? html`<div class="refreshed" part="refreshed">${msg(str`Payment status as of ${refreshed}`, { id: 'grid.refreshed' })}</div>` : nothing}
  </div>`;
}

function pager(v: FooterView): TemplateResult {
  const { offset, limit, total, locale } = v;
  const from = total === 0 ? 0 : Math.min(total, offset + 1);
  const to = Math.min(total, offset + limit);
  const range = msg(str`${formatCount(from, locale)}–${formatCount(to, locale)} of ${formatCount(total, locale)}`, { id: 'grid.range' });
  return html`<div class="pager" part="pager">
    <label class="page-size" for="page-size">${msg('Rows per page', { id: 'grid.page-size' })}</label>
    <select id="page-size" class="input" part="page-size" .value=${String(limit)} @change=${v.onPageSize}>
      ${PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === limit}>${formatCount(size, locale)}</option>`)}
    </select>
    <span class="range" aria-live="polite">${range}</span>
    <button
      type="button"
      class="button icon"
      aria-label=${msg('Previous page', { id: 'grid.previous-page' })}
      ?disabled=${offset <= 0}
      @click=${() => v.onPage(offset - limit)}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="flip">
        <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>
    </button>
    <button
      type="button"
      class="button icon"
      aria-label=${msg('Next page', { id: 'grid.next-page' })}
      ?disabled=${offset + limit >= total}
      @click=${() => v.onPage(offset + limit)}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="flip">
        <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>
    </button>
  </div>`;
}
