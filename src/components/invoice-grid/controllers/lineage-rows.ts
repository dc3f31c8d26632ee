import { parseInvoiceNumber } from '../../../data/lineage.js';
import type { Invoice } from '../../../data/types.js';

/** A page's rows with each lineage together: its reissues and credit notes under their original. */
export interface LineageRows {
  /** The rows at the top level, in the page's order. */
  top: Invoice[];
  /** An original's reissues (in sequence) and credit notes, shown as its sub-rows. */
  children: Map<Invoice, Invoice[]>;
}

/**
 * Groups a page's lineages: where the original of a reissue or a credit note is on the same
 * page, they become its sub-rows (reissues in sequence, then credit notes) and the group takes
 * the place of its first member in the page's order, so the chosen sort still orders the
 * groups. Rows without their original on the page stay where they are.
 */
export function groupPageLineages(rows: readonly Invoice[]): LineageRows {
  const originals = new Map<string, Invoice>();
  const members = new Map<string, Array<{ row: Invoice; reissue: number; creditNote: boolean }>>();
  const baseOf = new Map<Invoice, string>();
  for (const row of rows) {
    if (!row || typeof row.invoiceNumber !== 'string') continue;
    const parts = parseInvoiceNumber(row.invoiceNumber);
    baseOf.set(row, parts.base);
    if (parts.kind === 'invoice') {
      if (!originals.has(parts.base)) originals.set(parts.base, row);
    } else {
      const list = members.get(parts.base) ?? [];
      list.push({ row, reissue: parts.reissue, creditNote: parts.creditNote });
      members.set(parts.base, list);
    }
  }
  const children = new Map<Invoice, Invoice[]>();
  for (const [base, list] of members) {
    const original = originals.get(base);
    if (!original) continue;
    const ordered = [...list].sort((a, b) => Number(a.creditNote) - Number(b.creditNote) || a.reissue - b.reissue);
    children.set(
      original,
      ordered.map((m) => m.row),
    );
  }
  if (children.size === 0) return { top: [...rows], children };
  const placed = new Set<string>();
  const top: Invoice[] = [];
  for (const row of rows) {
    const base = baseOf.get(row);
    const original = base === undefined ? undefined : originals.get(base);
    if (!original || !children.has(original) || (row !== original && !children.get(original)!.includes(row))) {
      top.push(row);
      continue;
    }
    if (placed.has(base as string)) continue;
    placed.add(base as string);
    top.push(original);
  }
  return { top, children };
}
