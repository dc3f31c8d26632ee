import type { TaxBreakdown } from './billing-types.js';
import type { Invoice } from './types.js';

/** The tax systems `<invoice-detail>` shows in their local form. */
export type TaxJurisdiction = 'JP' | 'SG' | 'KR' | 'HK';

const JURISDICTIONS: readonly TaxJurisdiction[] = ['JP', 'SG', 'KR', 'HK'];

/** The jurisdiction of an invoice's tax: the breakdown's own, else the invoice's legal entity. */
export function taxJurisdiction(invoice: Pick<Invoice, 'legalEntity'> | undefined, tax?: TaxBreakdown): TaxJurisdiction | undefined {
  for (const code of [tax?.jurisdiction, invoice?.legalEntity]) {
    const upper = typeof code === 'string' ? code.trim().toUpperCase() : '';
    if ((JURISDICTIONS as readonly string[]).includes(upper)) return upper as TaxJurisdiction;
  }
  return undefined;
}

/** Full-width letters and digits folded, spaces and hyphens dropped: how people type these numbers. */
function compact(value: unknown): string {
  return typeof value === 'string' ? value.normalize('NFKC').replace(/[\s\-‐‑–—]/g, '') : '';
}

/**
 * A Japanese qualified-invoice registration number (適格請求書発行事業者登録番号) as printed:
 * `T` and 13 digits, or `undefined` when `value` is not one. Full-width characters, spaces and
 * hyphens are accepted (`Ｔ１２３４-…`). The 13 digits carry the check digit of Japan's
 * corporate number (法人番号): the first digit is 9 − (Σ Pₙ × Qₙ mod 9) over the other twelve,
 * counted from the right, with Qₙ 1 for odd n and 2 for even n.
 */
export function normalizeJapanRegistrationNumber(value: unknown): string | undefined {
  const text = compact(value).toUpperCase();
  const match = /^T([1-9]\d{12})$/.exec(text);
  if (!match) return undefined;
  const digits = match[1] as string;
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(digits[13 - n]) * (n % 2 === 1 ? 1 : 2);
  return Number(digits[0]) === 9 - (sum % 9) ? `T${digits}` : undefined;
}

/** True for a valid Japanese qualified-invoice registration number (see `normalizeJapanRegistrationNumber`). */
export function isValidJapanRegistrationNumber(value: unknown): boolean {
  return normalizeJapanRegistrationNumber(value) !== undefined;
}

/**
 * A Korean business registration number (사업자등록번호) as printed, `123-45-67890`, or
 * `undefined` when `value` is not ten digits with a valid check digit (weights 1 3 7 1 3 7 1 3 5,
 * plus the tens of 5 × the ninth digit).
 */
export function normalizeKoreaBusinessNumber(value: unknown): string | undefined {
  const digits = compact(value);
  if (!/^\d{10}$/.test(digits)) return undefined;
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = 0;
  weights.forEach((w, i) => (sum += Number(digits[i]) * w));
  sum += Math.floor((Number(digits[8]) * 5) / 10);
  if ((10 - (sum % 10)) % 10 !== Number(digits[9])) return undefined;
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}

/**
 * A Singapore GST registration number as printed: a UEN (`201912345K`, `53123456A`) or an
 * IRAS GST number (`M2-1234567-8`, `MR-8500001-X`); `undefined` when it has neither shape.
 * IRAS publishes no check digit, so only the shape is checked.
 */
export function normalizeSingaporeGstNumber(value: unknown): string | undefined {
  const text = compact(value).toUpperCase();
  if (/^(?:\d{8}[A-Z]|\d{9}[A-Z]|[ST]\d{2}[A-Z]{2}\d{4}[A-Z])$/.test(text)) return text;
  const gst = /^(M[0-9A-Z])(\d{7})([0-9A-Z])$/.exec(text);
  return gst ? `${gst[1]}-${gst[2]}-${gst[3]}` : undefined;
}

/** The registration number of a jurisdiction as printed, or `undefined` when it is malformed. */
export function normalizeRegistrationNumber(jurisdiction: TaxJurisdiction, value: unknown): string | undefined {
  switch (jurisdiction) {
    case 'JP':
      return normalizeJapanRegistrationNumber(value);
    case 'KR':
      return normalizeKoreaBusinessNumber(value);
    case 'SG':
      return normalizeSingaporeGstNumber(value);
    case 'HK':
      return undefined;
  }
}
