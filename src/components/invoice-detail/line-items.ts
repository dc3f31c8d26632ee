import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { InvoiceLineItem } from '../../data/billing-types.js';
import { isValidDate } from '../../data/dates.js';
import { textOf } from '../../data/validate.js';
import { formatDate, formatMoney, formatPercent } from '../../format/formatters.js';

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The charges of an invoice as a table: description (with its service period), quantity,
 * unit price, tax rate and amount before tax; reduced-rate items marked ※. Untrusted text is
 * text. Renders nothing without line items.
 */
export function lineItemsTable(items: unknown, currency: string, locale: string): TemplateResult | typeof nothing {
  const rows = (Array.isArray(items) ? items : []).filter((item): item is InvoiceLineItem => !!item && typeof item === 'object');
  if (rows.length === 0) return nothing;
  const money = (amount: unknown) => (finite(amount) ? formatMoney(amount, currency, locale) || String(amount) : '—');
  const subtotal = rows.reduce((sum, item) => sum + (finite(item.amount) ? item.amount : 0), 0);
  // The scrolling table is the region (named by the heading), so the block itself is not one.
  return html`<div part="line-items" class="block">
    <h3 id="items-heading" part="section-heading">${msg('Charges', { id: 'detail.items.heading' })}</h3>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="items-heading">
      <table part="line-items-table" class="table">
        <thead>
          <tr>
            <th scope="col">${msg('Description', { id: 'detail.items.description' })}</th>
            <th scope="col">${msg('Quantity', { id: 'detail.items.quantity' })}</th>
            <th scope="col">${msg('Unit price', { id: 'detail.items.unit-price' })}</th>
            <th scope="col">${msg('Tax rate', { id: 'tax.rate' })}</th>
            <th scope="col">${msg('Amount', { id: 'detail.items.amount' })}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((item) => {
            const period =
              isValidDate(item.periodStart) && isValidDate(item.periodEnd)
                ? `${formatDate(item.periodStart, locale)} – ${formatDate(item.periodEnd, locale)}`
                : '';
            return html`<tr>
              <th scope="row" class="line-description">
                <span class="description">${textOf(item.description) || '—'}</span>
                ${item.reducedRate ? html`<span class="reduced" title=${msg('※ reduced rate', { id: 'tax.jp.reduced' })}>※</span>` : nothing}
                ${period ? html`<span class="period">${period}</span>` : nothing}
              </th>
              <td>${finite(item.quantity) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(item.quantity) : '—'}</td>
              <td>${money(item.unitPrice)}</td>
              <td>${finite(item.taxRate) ? formatPercent(item.taxRate, locale) : '—'}</td>
              <td>${money(item.amount)}</td>
            </tr>`;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="4">${msg('Subtotal before tax', { id: 'detail.items.subtotal' })}</th>
            <td>${money(subtotal)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  </div>`;
}
