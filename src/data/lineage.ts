import type { Invoice, LineageKind } from './types.js';

/** The parts of an invoice number: `2202008003470-2` is reissue 2 of `2202008003470`. */
export interface InvoiceNumberParts {
  /** The original monthly invoice's number. */
  base: string;
  /** 0 for the original, n for the n-th reissue (`-n`). */
  reissue: number;
  /** True for a credit note (`CN` suffix). */
  creditNote: boolean;
  kind: LineageKind;
}

const NUMBER_PATTERN = /^(.*?)(?:-(\d{1,4})|(CN))$/i;

/**
 * Parses an invoice number into its lineage parts. Numbers without a recognised suffix are
 * originals. Surrounding whitespace is ignored; anything else is kept as the base.
 */
export function parseInvoiceNumber(invoiceNumber: string): InvoiceNumberParts {
  const text = String(invoiceNumber ?? '').trim();
  const match = NUMBER_PATTERN.exec(text);
  if (match && match[1]) {
    if (match[3]) return { base: match[1], reissue: 0, creditNote: true, kind: 'credit-note' };
    const reissue = Number(match[2]);
    if (reissue > 0) return { base: match[1], reissue, creditNote: false, kind: 'reissue' };
  }
  return { base: text, reissue: 0, creditNote: false, kind: 'invoice' };
}

/**
 * True when the invoice number is a credit note's (`CN` suffix, any case, surrounding
 * whitespace ignored), exactly as `parseInvoiceNumber(number).creditNote`, without a regular
 * expression for the common case: totals test every row.
 */
export function isCreditNoteNumber(invoiceNumber: unknown): boolean {
  if (typeof invoiceNumber !== 'string') return false;
  const length = invoiceNumber.length;
  const last = invoiceNumber.charCodeAt(length - 1);
  if (last === 0x4e || last === 0x6e) {
    const before = invoiceNumber.charCodeAt(length - 2);
    // A base is needed: `CN` alone is an original numbered "CN".
    return (before === 0x43 || before === 0x63) && invoiceNumber.trimStart().length > 2;
  }
  // Only trailing whitespace (or a stray non-ASCII space) can hide a suffix.
  return (last <= 0x20 || last > 0x7e) && parseInvoiceNumber(invoiceNumber).creditNote;
}

export interface InvoiceLineage {
  base: string;
  /** The original monthly invoice, when present in the set. */
  original?: Invoice;
  /** Reissues in sequence order (`-1`, `-2`, …). */
  reissues: Invoice[];
  creditNotes: Invoice[];
  /** The invoice that currently stands: the latest reissue, else the original. */
  current?: Invoice;
  /** Members superseded by a later reissue; they read "NA". */
  superseded: Invoice[];
}

/** Groups invoices into lineages keyed by base number, in first-seen order. */
export function groupLineages(invoices: readonly Invoice[]): Map<string, InvoiceLineage> {
  const lineages = new Map<string, InvoiceLineage>();
  for (const invoice of invoices) {
    const parts = parseInvoiceNumber(invoice.invoiceNumber);
    let lineage = lineages.get(parts.base);
    if (!lineage) {
      lineage = { base: parts.base, reissues: [], creditNotes: [], superseded: [] };
      lineages.set(parts.base, lineage);
    }
    if (parts.kind === 'credit-note') lineage.creditNotes.push(invoice);
    else if (parts.kind === 'reissue') lineage.reissues.push(invoice);
    else lineage.original ??= invoice;
  }
  for (const lineage of lineages.values()) {
    lineage.reissues.sort((a, b) => parseInvoiceNumber(a.invoiceNumber).reissue - parseInvoiceNumber(b.invoiceNumber).reissue);
    const chain = [...(lineage.original ? [lineage.original] : []), ...lineage.reissues];
    lineage.current = chain.at(-1);
    lineage.superseded = chain.slice(0, -1);
  }
  return lineages;
}

/**
 * Returns the invoices with every superseded member's status set to `na`, as the portal
 * shows them once an invoice is reissued. The input is not modified.
 */
export function applyLineageStatuses(invoices: readonly Invoice[]): Invoice[] {
  const superseded = new Set<Invoice>();
  for (const lineage of groupLineages(invoices).values()) for (const s of lineage.superseded) superseded.add(s);
  return invoices.map((invoice) => (superseded.has(invoice) && invoice.status !== 'na' ? { ...invoice, status: 'na' } : invoice));
}
