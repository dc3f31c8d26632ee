import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ReadSums } from '../../../data/read-page.js';
import { formatCount, formatDateTime, formatMoney } from '../../../format/formatters.js';
import { invalidPlaceholder } from '../columns.js';

export const PAGE_SIZES = [10, 25, 50, 100];

export interface FooterView {
  locale: string;
  /** Show the pager (paged mode, once a result is in). */
  pager: boolean;
  offset: number;
  limit: number;
  total: number;
  /** The adapter's total could not be read: the range shows a placeholder for it. */
  totalUnreadable: boolean;
  /** Sums per currency of the matching invoices that count (see the note); `null` for one that cannot be read. */
  totals: ReadSums | undefined;
  /** The open and disputed part of `totals`. */
  outstanding: ReadSums | undefined;
  /** The adapter is still summing the totals: placeholders hold their place. */
  totalsPending: boolean;
  lastRefreshed: string | undefined;
  onPageSize: (event: Event) => void;
  onPage: (offset: number) => void;
}

/** Rows per page, the range, previous/next page, totals and outstanding per currency with what they count, and "Payment status as of …". */
export function footer(v: FooterView): TemplateResult {
  const refreshed = v.lastRefreshed ? formatDateTime(v.lastRefreshed, v.locale) : '';
  return html`<div class="footer" part="footer">
    ${v.pager ? pager(v) : nothing} ${totals(v)}
    ${refreshed ? html`<div class="refreshed" part="refreshed">${msg(str`Payment status as of ${refreshed}`, { id: 'grid.refreshed' })}</div>` : nothing}
  </div>`;
}

/**
 * Totals and outstanding amounts per currency (never summed across currencies), and a note
 * saying what they count: the adapter sums every matching invoice except "Not applicable"
 * ones, with credit notes negative; outstanding is the open and disputed part.
 */
function totals(v: FooterView): TemplateResult | typeof nothing {
  if (v.totalsPending) return pendingTotals();
  const currencies = v.totals ? Object.keys(v.totals) : [];
  if (currencies.length === 0) return nothing;
  const outstanding = v.outstanding;
  const amount = (sum: number | null | undefined, currency: string) =>
    (typeof sum === 'number' && formatMoney(sum, currency, v.locale)) || invalidPlaceholder();
  return html`<div class="totals" part="totals">
    <dl class="sums">
      <div class="sum">
        <dt>${msg('Total', { id: 'grid.total' })}</dt>
        ${currencies.map((currency) => html`<dd class="total">${amount(v.totals?.[currency], currency)}</dd>`)}
      </div>
      ${
        outstanding
          ? html`<div class="sum">
              <dt>${msg('Outstanding', { id: 'grid.outstanding' })}</dt>
              ${currencies.map((currency) => html`<dd class="outstanding">${amount(currency in outstanding ? outstanding[currency] : 0, currency)}</dd>`)}
            </div>`
          : nothing
      }
    </dl>
    <p class="totals-note">
      ${
        outstanding
          ? msg(
              'All matching invoices, per currency: "Not applicable" ones left out, credit notes deducted. Outstanding: open and disputed.',
              {
                id: 'grid.totals-note.outstanding',
              },
            )
          : msg('All matching invoices, per currency: "Not applicable" ones left out, credit notes deducted.', { id: 'grid.totals-note' })
      }
    </p>
  </div>`;
}

/** The totals' place while they are summed: the same lines, a placeholder for each figure. */
function pendingTotals(): TemplateResult {
  const bone = html`<span class="bone" aria-hidden="true"></span>`;
  return html`<div class="totals pending" part="totals" aria-busy="true">
    <dl class="sums">
      <div class="sum">
        <dt>${msg('Total', { id: 'grid.total' })}</dt>
        <dd class="total">${bone}<span class="visually-hidden">${msg('Calculating…', { id: 'grid.totals-pending' })}</span></dd>
      </div>
      <div class="sum">
        <dt>${msg('Outstanding', { id: 'grid.outstanding' })}</dt>
        <dd class="outstanding">${bone}</dd>
      </div>
    </dl>
    <p class="totals-note">
      ${msg('All matching invoices, per currency: "Not applicable" ones left out, credit notes deducted. Outstanding: open and disputed.', {
        id: 'grid.totals-note.outstanding',
      })}
    </p>
  </div>`;
}

function pager(v: FooterView): TemplateResult {
  const { offset, limit, total, locale } = v;
  const from = total === 0 ? 0 : Math.min(total, offset + 1);
  const to = Math.min(total, offset + limit);
  const of = v.totalUnreadable ? '—' : formatCount(total, locale);
  const range = msg(str`${formatCount(from, locale)}–${formatCount(to, locale)} of ${of}`, { id: 'grid.range' });
  return html`<div class="pager" part="pager">
    <label class="page-size" for="page-size">${msg('Rows per page', { id: 'grid.page-size' })}</label>
    <select id="page-size" class="input" part="page-size" .value=${String(limit)} @change=${v.onPageSize}>
      ${PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === limit}>${formatCount(size, locale)}</option>`)}
    </select>
    <span class="pages">
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
        ?disabled=${v.totalUnreadable ? to - offset < limit : offset + limit >= total}
        @click=${() => v.onPage(offset + limit)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="flip">
          <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </button>
    </span>
  </div>`;
}
