import { msg, str } from '@lit/localize';
import type { InvoiceDocument, InvoiceDocumentKind, InvoiceStatus, LineageKind } from '../data/types.js';
import { textOf } from '../data/validate.js';
import { formatCount, pluralCategory } from '../format/formatters.js';
import { isBlankText } from '../format/visible-text.js';
import { intlLocale } from '../localization.js';

/** Localised label of a payment status ("Open", "Disputed", "Closed", "Not applicable"). */
export function statusLabel(status: InvoiceStatus): string {
  switch (status) {
    case 'open':
      return msg('Open', { id: 'status.open' });
    case 'disputed':
      return msg('Disputed', { id: 'status.disputed' });
    case 'closed':
      return msg('Closed', { id: 'status.closed' });
    case 'na':
      return msg('Not applicable', { id: 'status.na' });
  }
}

/** The status of an original that a reissue replaced ("NA-該当なし" on the original screen). */
export function supersededStatusLabel(): string {
  return msg('Not applicable (superseded)', { id: 'status.na.superseded' });
}

export function documentKindLabel(kind: InvoiceDocumentKind): string {
  switch (kind) {
    case 'invoice':
      return msg('Invoice', { id: 'doc.invoice' });
    case 'cdr':
      return msg('Call data records (CDR)', { id: 'doc.cdr' });
    case 'universal-number-list':
      return msg('Universal number list', { id: 'doc.unl' });
    case 'report':
      return msg('Report', { id: 'doc.report' });
    case 'credit-note':
      return msg('Credit note', { id: 'doc.credit-note' });
  }
}

/**
 * Names an adapter gives a document when it has no name of its own: the English label of its
 * kind, in any letter case or spacing. Such a name is shown as the localised kind instead.
 */
const DEFAULT_DOCUMENT_NAMES: Readonly<Record<InvoiceDocumentKind, readonly string[]>> = {
  invoice: ['invoice', 'monthly invoice'],
  'credit-note': ['credit note'],
  cdr: ['call data records (cdr)', 'call data records', 'cdr', 'cdr report'],
  'universal-number-list': ['universal number list'],
  report: ['report', 'other report'],
};

const normalizeName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The label of one document: the localised kind when the adapter's name is missing, shows
 * nothing (blank, invisible or bidi characters only) or is the kind's default English name
 * ("Invoice", "Call data records (CDR)"), else the adapter's own name (a report's title,
 * "Invoice 2202008003470-1 (corrected)"), kept as it is.
 */
export function documentLabel(document: Pick<InvoiceDocument, 'kind' | 'name' | 'fileName'>): string {
  const kind = document.kind;
  const known = Object.hasOwn(DEFAULT_DOCUMENT_NAMES, kind);
  const name = isBlankText(textOf(document.name)) ? '' : textOf(document.name);
  if (known && (!name || DEFAULT_DOCUMENT_NAMES[kind].includes(normalizeName(name)))) return documentKindLabel(kind);
  const fileName = isBlankText(textOf(document.fileName)) ? '' : textOf(document.fileName);
  return name || fileName || documentKindLabel(known ? kind : 'report');
}

export function lineageKindLabel(kind: LineageKind): string {
  switch (kind) {
    case 'invoice':
      return msg('Monthly invoice', { id: 'lineage.invoice' });
    case 'reissue':
      return msg('Reissued invoice', { id: 'lineage.reissue' });
    case 'credit-note':
      return msg('Credit note', { id: 'lineage.credit-note' });
  }
}

/** "Reissue 2" badge text. */
export function reissueLabel(sequence: number): string {
  const n = formatCount(sequence, intlLocale());
  return msg(str`Reissue ${n}`, { id: 'lineage.reissue-n' });
}

/** Summary of an invoice's documents: "Invoice, 2 reports". */
export function documentsSummary(hasInvoice: boolean, others: number): string {
  const n = formatCount(others, intlLocale());
  const reports =
    others === 0
      ? ''
      : pluralCategory(others, intlLocale()) === 'one'
        ? msg(str`${n} report`, { id: 'docs.reports.one' })
        : msg(str`${n} reports`, { id: 'docs.reports.other' });
  if (hasInvoice && reports) return msg(str`Invoice, ${reports}`, { id: 'docs.invoice-and-reports' });
  if (hasInvoice) return documentKindLabel('invoice');
  return reports || msg('No documents', { id: 'docs.none' });
}

/** Placeholder shown in a cell whose value is missing or malformed. */
export function invalidValueLabel(): string {
  return msg('Invalid value', { id: 'cell.invalid' });
}

/** Localised message for an adapter or network failure. */
export function loadErrorMessage(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'timeout':
      return msg('The billing service took too long to answer.', { id: 'error.timeout' });
    case 'network':
      return msg('The billing service could not be reached. Check your connection.', { id: 'error.network' });
    case 'unauthorized':
    case 'forbidden':
      return msg('You are not allowed to see these invoices. Sign in again or ask your administrator.', { id: 'error.forbidden' });
    case 'rate-limited':
      return msg('Too many requests. Wait a moment, then try again.', { id: 'error.rate-limited' });
    case 'bad-response':
      return msg('The billing service sent an answer that could not be read.', { id: 'error.bad-response' });
    case 'unsafe-url':
      return msg('This document link is not safe to open, so it was refused.', { id: 'error.unsafe-url' });
    case 'not-found':
      return msg('This item could not be found.', { id: 'error.not-found' });
    default:
      return msg('The invoices could not be loaded.', { id: 'error.generic' });
  }
}
