import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { TaxBreakdown, TaxLine } from '../../data/billing-types.js';
import { normalizeRegistrationNumber, taxJurisdiction, type TaxJurisdiction } from '../../data/tax.js';
import type { Invoice } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { formatMoney, formatPercent } from '../../format/formatters.js';

interface TaxWords {
  heading: string;
  registration: string;
  rate: string;
  taxable: string;
  tax: string;
  invalid: string;
}

/** The words of each tax system, as its invoices print them. */
function wordsFor(jurisdiction: TaxJurisdiction | undefined): TaxWords {
  switch (jurisdiction) {
    case 'JP':
      return {
        heading: msg('Consumption tax', { id: 'tax.jp.heading' }),
        registration: msg('Registration number (qualified invoice)', { id: 'tax.jp.registration' }),
        rate: msg('Tax rate', { id: 'tax.rate' }),
        taxable: msg('Amount subject to tax', { id: 'tax.jp.taxable' }),
        tax: msg('Consumption tax', { id: 'tax.jp.tax' }),
        invalid: msg('This is not a valid qualified-invoice registration number: T followed by 13 digits with a correct check digit.', {
          id: 'tax.jp.invalid',
        }),
      };
    case 'SG':
      return {
        heading: msg('GST', { id: 'tax.sg.heading' }),
        registration: msg('GST registration number', { id: 'tax.sg.registration' }),
        rate: msg('GST rate', { id: 'tax.sg.rate' }),
        taxable: msg('Value excluding GST', { id: 'tax.sg.taxable' }),
        tax: msg('GST', { id: 'tax.sg.tax' }),
        invalid: msg('This is not a valid GST registration number.', { id: 'tax.sg.invalid' }),
      };
    case 'KR':
      return {
        heading: msg('VAT', { id: 'tax.kr.heading' }),
        registration: msg('Business registration number', { id: 'tax.kr.registration' }),
        rate: msg('Tax rate', { id: 'tax.rate' }),
        taxable: msg('Supply value', { id: 'tax.kr.taxable' }),
        tax: msg('VAT', { id: 'tax.kr.tax' }),
        invalid: msg('This is not a valid business registration number.', { id: 'tax.kr.invalid' }),
      };
    default:
      return {
        heading: msg('Tax', { id: 'tax.heading' }),
        registration: msg('Tax registration number', { id: 'tax.registration' }),
        rate: msg('Tax rate', { id: 'tax.rate' }),
        taxable: msg('Taxable amount', { id: 'tax.taxable' }),
        tax: msg('Tax', { id: 'tax.tax' }),
        invalid: '',
      };
  }
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Tax lines that can be shown: a finite rate and amounts. */
function usableLines(tax: TaxBreakdown | undefined): TaxLine[] {
  return Array.isArray(tax?.lines) ? tax.lines.filter((l) => l && finite(l.rate) && finite(l.taxableAmount) && finite(l.taxAmount)) : [];
}

/**
 * The tax of an invoice in its jurisdiction's form: Japan's consumption tax per rate with the
 * qualified-invoice registration number (checked; a number that fails is shown with a
 * warning, as is a missing one, since without it the invoice is not a qualified invoice),
 * Singapore GST, Korea VAT (supply value and tax), and Hong Kong's "no sales tax". Renders
 * nothing without a breakdown.
 */
export function taxBreakdown(invoice: Invoice, tax: TaxBreakdown | undefined, locale: string): TemplateResult | typeof nothing {
  if (!tax || typeof tax !== 'object') return nothing;
  const jurisdiction = taxJurisdiction(invoice, tax);
  const words = wordsFor(jurisdiction);
  const currency = textOf(invoice.currency);
  const money = (amount: number) => formatMoney(amount, currency, locale) || String(amount);
  if (jurisdiction === 'HK') {
    return html`<section part="tax" class="block" aria-labelledby="tax-heading">
      <h3 id="tax-heading" part="section-heading">${msg('Tax', { id: 'tax.heading' })}</h3>
      <p part="tax-note">${msg('Hong Kong levies no sales tax or VAT, so no tax is charged on this invoice.', { id: 'tax.hk.none' })}</p>
    </section>`;
  }
  const lines = usableLines(tax);
  const raw = textOf(tax.registrationNumber).trim();
  const normalized = jurisdiction && raw ? normalizeRegistrationNumber(jurisdiction, raw) : undefined;
  const invalid = !!raw && !!jurisdiction && !normalized;
  const missingQualified = jurisdiction === 'JP' && !raw;
  const reduced = lines.some((line) => line.reduced);
  const total = (key: 'taxableAmount' | 'taxAmount') => lines.reduce((sum, line) => sum + line[key], 0);
  const issuer = textOf(tax.issuerName).trim();
  return html`<section part="tax" class="block" aria-labelledby="tax-heading">
    <h3 id="tax-heading" part="section-heading">${words.heading}</h3>
    ${
      issuer || raw
        ? html`<dl part="tax-registration" class="facts">
            ${
              issuer
                ? html`<div>
                    <dt>${msg('Issued by', { id: 'tax.issuer' })}</dt>
                    <dd>${issuer}</dd>
                  </div>`
                : nothing
            }
            ${
              raw
                ? html`<div>
                    <dt>${words.registration}</dt>
                    <dd class="mono" data-valid=${invalid ? 'false' : 'true'}>${normalized ?? raw}</dd>
                  </div>`
                : nothing
            }
          </dl>`
        : nothing
    }
    ${invalid ? html`<p part="tax-warning" class="warning" role="note">${words.invalid}</p>` : nothing}
    ${
      missingQualified
        ? html`<p part="tax-warning" class="warning" role="note">
            ${msg('This invoice carries no registration number, so it is not a qualified invoice.', { id: 'tax.jp.missing' })}
          </p>`
        : nothing
    }
    ${
      lines.length
        ? html`<table part="tax-table" class="table">
            <caption class="visually-hidden">
              ${words.heading}
            </caption>
            <thead>
              <tr>
                <th scope="col">${words.rate}</th>
                <th scope="col">${words.taxable}</th>
                <th scope="col">${words.tax}</th>
              </tr>
            </thead>
            <tbody>
              ${lines.map(
                (line) =>
                  html`<tr>
                    <th scope="row">
                      ${formatPercent(line.rate, locale)}
                      ${line.reduced ? html`<span class="reduced">${msg('※ reduced rate', { id: 'tax.jp.reduced' })}</span>` : nothing}
                    </th>
                    <td>${money(line.taxableAmount)}</td>
                    <td>${money(line.taxAmount)}</td>
                  </tr>`,
              )}
            </tbody>
            ${
              lines.length > 1
                ? html`<tfoot>
                    <tr>
                      <th scope="row">${msg('Total', { id: 'tax.total' })}</th>
                      <td>${money(total('taxableAmount'))}</td>
                      <td>${money(total('taxAmount'))}</td>
                    </tr>
                  </tfoot>`
                : nothing
            }
          </table>`
        : nothing
    }
    ${
      reduced
        ? html`<p part="tax-note">${msg('Items marked ※ are charged at the reduced rate.', { id: 'tax.jp.reduced-note' })}</p>`
        : nothing
    }
  </section>`;
}
