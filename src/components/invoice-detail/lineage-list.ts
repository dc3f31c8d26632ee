import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { parseInvoiceNumber } from '../../data/lineage.js';
import type { Invoice } from '../../data/types.js';
import { INVOICE_STATUSES } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { formatMoney } from '../../format/formatters.js';
import { lineageKindLabel, reissueLabel, statusLabel } from '../../internal/labels.js';

/** "Monthly invoice", "Reissue 2" or "Credit note". */
export function lineageBadge(invoice: Invoice): string {
  const parts = parseInvoiceNumber(textOf(invoice.invoiceNumber));
  return parts.kind === 'reissue' ? reissueLabel(parts.reissue) : lineageKindLabel(parts.kind);
}

export interface LineageListOptions {
  locale: string;
  /** The link of a member. */
  href: (invoice: Invoice) => string;
  onOpen: (event: MouseEvent, invoice: Invoice) => void;
}

/** The lineage as an ordered list of links, the shown invoice marked `aria-current`. */
export function lineageList(current: Invoice, members: readonly Invoice[], options: LineageListOptions): TemplateResult {
  const currentNumber = textOf(current.invoiceNumber);
  return html`<section part="lineage" class="block" aria-labelledby="lineage-heading">
    <h3 id="lineage-heading" part="section-heading">${msg('Invoice history', { id: 'detail.lineage.heading' })}</h3>
    ${
      members.length > 1
        ? html`<ol part="lineage-list" class="lineage">
            ${members.map((member) => {
              const number = textOf(member.invoiceNumber);
              const isCurrent = number === currentNumber;
              const status = INVOICE_STATUSES.includes(member.status) ? statusLabel(member.status) : '';
              return html`<li part=${isCurrent ? 'lineage-item lineage-current' : 'lineage-item'}>
                <a
                  part="lineage-link"
                  href=${options.href(member)}
                  aria-current=${isCurrent ? 'true' : 'false'}
                  @click=${(event: MouseEvent) => options.onOpen(event, member)}
                  >${number}</a
                >
                <span part="lineage-badge" class="badge">${lineageBadge(member)}</span>
                <span class="meta"
                  >${[status, formatMoney(member.amount, member.currency, options.locale)].filter(Boolean).join(' · ')}</span
                >
              </li>`;
            })}
          </ol>`
        : html`<p part="lineage-empty" class="muted">${msg('No reissues or credit notes.', { id: 'detail.lineage.none' })}</p>`
    }
  </section>`;
}
