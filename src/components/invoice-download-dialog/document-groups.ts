import { parseInvoiceNumber } from '../../data/lineage.js';
import type { Invoice, InvoiceDocument, LineageKind } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { documentAvailability, type DocumentAvailabilityInfo, type RetentionRule } from '../../download/availability.js';

/** The dialog's groups, in the order shown. */
export type DocumentGroupId = 'invoice' | 'cdr' | 'universal-number-list' | 'other';

export const DOCUMENT_GROUPS: readonly DocumentGroupId[] = ['invoice', 'cdr', 'universal-number-list', 'other'];

/** One document as listed: which invoice it came for, its lineage place and availability. */
export interface ListedDocument {
  /** Unique key in the dialog. */
  key: string;
  document: InvoiceDocument;
  /** The invoice the dialog was opened for that listed this document. */
  invoice: Invoice;
  /** Invoice number of the lineage member the document belongs to. */
  invoiceNumber: string;
  lineage: LineageKind;
  /** 0 for the original, n for reissue n. */
  reissue: number;
  availability: DocumentAvailabilityInfo;
}

export interface DocumentGroup {
  id: DocumentGroupId;
  documents: ListedDocument[];
}

export interface InvoiceDocuments {
  invoice: Invoice;
  groups: DocumentGroup[];
}

export function groupOf(document: InvoiceDocument): DocumentGroupId {
  switch (document.kind) {
    case 'invoice':
    case 'credit-note':
      return 'invoice';
    case 'cdr':
      return 'cdr';
    case 'universal-number-list':
      return 'universal-number-list';
    default:
      return 'other';
  }
}

const LINEAGE_ORDER: Record<LineageKind, number> = { invoice: 0, reissue: 1, 'credit-note': 2 };

/**
 * Groups each invoice's documents: Invoice (the original, then its reissues in sequence,
 * then credit notes, placed by their invoice numbers' lineage), Call data records,
 * Universal number list, Other reports. A document listed for an earlier invoice is not
 * listed again (a reissue and its original share one lineage). Malformed entries are skipped.
 */
export function groupDocuments(
  lists: ReadonlyArray<{ invoice: Invoice; documents: readonly unknown[] }>,
  rule: RetentionRule = {},
): InvoiceDocuments[] {
  const seen = new Set<string>();
  return lists.map(({ invoice, documents }) => {
    const byGroup = new Map<DocumentGroupId, ListedDocument[]>(DOCUMENT_GROUPS.map((id) => [id, []]));
    const invoiceNumber = textOf(invoice?.invoiceNumber);
    const base = parseInvoiceNumber(invoiceNumber).base;
    (Array.isArray(documents) ? documents : []).forEach((raw, index) => {
      if (!raw || typeof raw !== 'object') return;
      const document = raw as InvoiceDocument;
      const id = textOf(document.id) || `${base}#${index}`;
      if (seen.has(id)) return;
      seen.add(id);
      const number = textOf(document.invoiceNumber) || invoiceNumber;
      const parts = parseInvoiceNumber(number);
      // A credit-note document is a credit note even when its number lacks the suffix.
      const lineage: LineageKind = document.kind === 'credit-note' ? 'credit-note' : parts.kind;
      const month = textOf(invoice?.billingMonth);
      byGroup.get(groupOf(document))?.push({
        key: id,
        document,
        invoice,
        invoiceNumber: number,
        lineage,
        reissue: parts.reissue,
        availability: documentAvailability(document, month, rule),
      });
    });
    const invoiceGroup = byGroup.get('invoice') as ListedDocument[];
    invoiceGroup.sort((a, b) => LINEAGE_ORDER[a.lineage] - LINEAGE_ORDER[b.lineage] || a.reissue - b.reissue);
    return {
      invoice,
      groups: DOCUMENT_GROUPS.map((id) => ({ id, documents: byGroup.get(id) as ListedDocument[] })).filter((g) => g.documents.length > 0),
    };
  });
}
