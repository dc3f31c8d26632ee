import { parseInvoiceNumber } from '../../data/lineage.js';
import type { Invoice } from '../../data/types.js';
import { textOf } from '../../data/validate.js';

/**
 * An invoice's lineage in order: the original monthly invoice, its reissues (`-1`, `-2`, …)
 * and its credit notes (`CN`). Rows of other lineages are dropped; `invoice` is kept even
 * when the adapter did not list it.
 */
export function orderLineage(invoice: Invoice, rows: readonly Invoice[]): Invoice[] {
  const base = parseInvoiceNumber(textOf(invoice.invoiceNumber)).base;
  const members = new Map<string, Invoice>();
  for (const row of [invoice, ...rows]) {
    if (!row || typeof row !== 'object') continue;
    const number = textOf(row.invoiceNumber);
    if (parseInvoiceNumber(number).base !== base || members.has(number)) continue;
    members.set(number, row);
  }
  const rank = (row: Invoice) => {
    const parts = parseInvoiceNumber(textOf(row.invoiceNumber));
    return parts.kind === 'invoice' ? 0 : parts.kind === 'reissue' ? parts.reissue : 10_000;
  };
  return [...members.values()].sort((a, b) => rank(a) - rank(b));
}
