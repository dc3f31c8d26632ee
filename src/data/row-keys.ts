import type { Invoice } from './types.js';
import { textOf } from './validate.js';

/**
 * Row identity for selection and rendering. A row's key is built from its `id` (else its
 * number) with a prefix, so no key is ever a name that objects inherit (`__proto__`,
 * `constructor`, `toString`): keys are safe in plain records as well as in Maps.
 *
 * Ids are data, and data can repeat: two rows with one `id` get distinct keys (`#2`, `#3` by
 * order of arrival) for as long as the result lasts, and a key held by a selected invoice is
 * never handed to a different invoice, on any page or in any later result. "The same
 * invoice" means the same id, number and month (a fresh copy of a row after a reload keeps
 * its key, and so its selection).
 */
export class RowKeys {
  private readonly keys = new WeakMap<object, string>();
  /** Keys given out in the current result, with the invoice each one names. */
  private issued = new Map<string, string>();
  /** Keys that selected invoices hold across results. */
  private readonly held = new Map<string, string>();
  private generated = 0;

  /** Starts a new result: keys given out so far may be reused, held keys may not. */
  newResult(): void {
    this.issued = new Map();
  }

  /**
   * Gives each row its key. Returns the ids that more than one distinct invoice carries
   * within this result (each once), for the caller to report.
   */
  assign(rows: readonly Invoice[]): string[] {
    const duplicates = new Set<string>();
    for (const row of rows) {
      const base = baseKey(row, () => ++this.generated);
      const print = fingerprint(row);
      let key = base;
      for (let n = 2; this.takenByOther(key, print, row); n++) key = `${base}#${n}`;
      if (key !== base) duplicates.add(textOf(row?.id) || textOf(row?.invoiceNumber));
      this.issued.set(key, print);
      this.keys.set(row, key);
      // Two identical rows in one answer are still two rows: the second takes the next key.
      this.claimedInBatch.add(key);
    }
    this.claimedInBatch.clear();
    return [...duplicates].filter(Boolean);
  }

  /** The key of a row read by `assign` (a row never read gets one now). */
  keyOf(row: Invoice): string {
    let key = this.keys.get(row);
    if (key === undefined) {
      this.assign([row]);
      key = this.keys.get(row) as string;
    }
    return key;
  }

  /** Reserves a row's key for it (it was selected); a row whose key another invoice holds is given a new one first. */
  hold(row: Invoice): string {
    let key = this.keyOf(row);
    const print = fingerprint(row);
    const holder = this.held.get(key);
    if (holder !== undefined && holder !== print) {
      const base = key.replace(/#\d+$/, '');
      for (let n = 2; this.held.has(key) || this.issued.has(key); n++) key = `${base}#${n}`;
      this.issued.set(key, print);
      this.keys.set(row, key);
    }
    this.held.set(key, print);
    return key;
  }

  /** Gives up a reservation (the row was deselected). */
  release(key: string): void {
    this.held.delete(key);
  }

  /** Whether `row` is the invoice that holds `key`. */
  holds(key: string, row: Invoice): boolean {
    return this.held.get(key) === fingerprint(row);
  }

  private readonly claimedInBatch = new Set<string>();

  private takenByOther(key: string, print: string, row: Invoice): boolean {
    if (this.claimedInBatch.has(key) && this.keys.get(row) !== key) return true;
    const holder = this.held.get(key);
    if (holder !== undefined && holder !== print) return true;
    const issued = this.issued.get(key);
    return issued !== undefined && issued !== print;
  }
}

/** Escapes the suffix mark, so `a#2` (an id) never equals `a` + `#2` (a second key for `a`). */
const escape = (text: string) => text.replace(/[%#]/g, (c) => (c === '%' ? '%25' : '%23'));

function baseKey(row: Invoice, next: () => number): string {
  const id = textOf(row?.id);
  if (id) return `i:${escape(id)}`;
  const number = textOf(row?.invoiceNumber);
  if (number) return `n:${escape(number)}`;
  return `x:${next()}`;
}

/** What tells two invoices with one id apart. */
function fingerprint(row: Invoice): string {
  return `${textOf(row?.id)}\u0000${textOf(row?.invoiceNumber)}\u0000${textOf(row?.billingMonth)}`;
}
