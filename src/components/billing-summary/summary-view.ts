import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { BillingSummaryRequest, CurrencyBillingSummary, MonthSpend } from '../../data/billing-types.js';
import { isCurrencyCode } from '../../data/totals.js';
import type { InvoiceFilter } from '../../data/types.js';
import { isPlausibleAmount, isValidMonth, readCount } from '../../data/validate.js';
import { currencyDisplayName, formatMoney } from '../../format/formatters.js';
import { invalidValueLabel } from '../../internal/labels.js';
import { spendChart } from './spend-chart.js';
import { SUMMARY_FIGURES, figureFilter, figureLabel, invoiceCountLabel, type SummaryFigure } from './summary-figures.js';

export { billingSummaryStyles as summaryStyles } from './billing-summary.styles.js';

/**
 * The currency cards of `<billing-summary>` (figures and chart), loaded with `import()` while
 * the figures themselves load, so the element's first load stays small. The element passes
 * its state and callbacks in.
 */
export interface SummaryViewState {
  request: BillingSummaryRequest;
  locale: string;
  hrefFor: (filter: InvoiceFilter) => string;
  onFigure: (event: MouseEvent, filter: InvoiceFilter) => void;
  chartWidth: (currency: string) => number;
  tableShown: (currency: string) => boolean;
  toggleTable: (currency: string) => void;
}

/** A figure as an adapter sent it, read defensively: an implausible amount is `undefined` (shown as a placeholder). */
export function readFigure(figure: unknown): { amount: number | undefined; count: number } {
  const { amount, count } = (figure && typeof figure === 'object' ? figure : {}) as { amount?: unknown; count?: unknown };
  return { amount: isPlausibleAmount(amount) ? amount : undefined, count: readCount(count) ?? 0 };
}

/** Spend months as an adapter sent them: real months only; an implausible amount counts as 0 in the chart. */
export function readSpend(spend: unknown): MonthSpend[] {
  if (!Array.isArray(spend)) return [];
  return spend
    .filter((m): m is MonthSpend => !!m && typeof m === 'object' && isValidMonth((m as MonthSpend).month))
    .map((m) => ({ month: m.month, amount: isPlausibleAmount(m.amount) ? m.amount : 0, count: readCount(m.count) ?? 0 }));
}

function figureView(state: SummaryViewState, figure: SummaryFigure, currency: CurrencyBillingSummary): TemplateResult {
  const { request, locale } = state;
  const { amount, count } = readFigure(currency[figure]);
  const label = figureLabel(figure, request, locale);
  // A code that is not a currency (three capital letters) is shown as sent, its figures unlinked.
  const valid = isCurrencyCode(currency.currency);
  const money =
    amount === undefined
      ? ''
      : formatMoney(amount, currency.currency, locale) || new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(amount);
  const countText = invoiceCountLabel(count, locale);
  const part = `figure figure-${figure === 'dueSoon' ? 'due-soon' : figure}`;
  const alert = figure === 'overdue' && (amount ?? 0) > 0;
  return html`<div part=${part} class=${alert ? 'figure alert' : 'figure'}>
    <dt part="figure-label">${label}</dt>
    <dd part="figure-value">
      ${
        !money
          ? html`<span part="invalid-value" class="amount invalid">${invalidValueLabel()}</span>`
          : count > 0 && valid
            ? html`<a
                part="figure-link"
                href=${state.hrefFor(figureFilter(figure, currency.currency, request))}
                aria-label=${msg(str`${label}: ${money}, ${countText}`, { id: 'summary.figure.link' })}
                @click=${(event: MouseEvent) => state.onFigure(event, figureFilter(figure, currency.currency, request))}
                >${money}</a
              >`
            : html`<span class="amount">${money}</span>`
      }
      <span part="figure-count">${countText}</span>
    </dd>
  </div>`;
}

function chartView(state: SummaryViewState, currency: CurrencyBillingSummary): TemplateResult {
  return spendChart({
    currency: currency.currency,
    spend: readSpend(currency.spend),
    width: state.chartWidth(currency.currency),
    locale: state.locale,
    tableShown: state.tableShown(currency.currency),
    onToggleTable: () => state.toggleTable(currency.currency),
  });
}

function currencyView(state: SummaryViewState, currency: CurrencyBillingSummary): TemplateResult {
  const locale = state.locale;
  const id = `currency-${currency.currency}`;
  return html`<section part="currency" class="currency" aria-labelledby=${id}>
    <h3 part="currency-heading" id=${id}>
      <span class="code">${currency.currency}</span>
      <span class="name">${currencyDisplayName(currency.currency, locale)}</span>
    </h3>
    <dl part="figures" class="figures">${SUMMARY_FIGURES.map((figure) => figureView(state, figure, currency))}</dl>
    ${chartView(state, currency)}
  </section>`;
}

/** One card per currency: its figures (each a link to the invoices it adds up) and its spend chart. */
export function summaryCurrencies(currencies: readonly CurrencyBillingSummary[], state: SummaryViewState): TemplateResult {
  return html`<div part="currencies" class="currencies">${currencies.map((c) => currencyView(state, c))}</div>`;
}
