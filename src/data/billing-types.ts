import type { Invoice } from './types.js';

/** What `<billing-summary>` asks an adapter for. */
export interface BillingSummaryRequest {
  /** The viewer's calendar date, `YYYY-MM-DD`: "overdue" and the windows are judged against it. */
  today: string;
  /** "Due in the next N days" (default 30). */
  dueWithinDays: number;
  /** "Paid in the last N months" (default 12). */
  paidWithinMonths: number;
  /** Billing months in the spend chart, ending with today's month (default 12). */
  months: number;
}

/** An amount and the number of invoices it adds up. */
export interface BillingFigure {
  /** Major units of the currency. */
  amount: number;
  count: number;
}

/** What was billed in one calendar month. */
export interface MonthSpend {
  /** `YYYY-MM`. */
  month: string;
  amount: number;
  count: number;
}

/**
 * The figures of one currency, never mixed with another's. Every figure follows the totals
 * rule ("Not applicable" rows left out, credit notes negative):
 *
 * - `outstanding`: what is still owed on open and disputed invoices (`amountStillDue`).
 * - `overdue`: the part of it past its due date (`isOverdue`).
 * - `dueSoon`: the part falling due from today to `dueWithinDays` days later (`isDueWithin`).
 * - `paid`: closed invoices paid in full in the last `paidWithinMonths` months (`isPaidWithin`).
 * - `spend`: the amount billed per billing month, `months` months ending with today's, oldest first.
 */
export interface CurrencyBillingSummary {
  /** ISO 4217. */
  currency: string;
  outstanding: BillingFigure;
  overdue: BillingFigure;
  dueSoon: BillingFigure;
  paid: BillingFigure;
  spend: MonthSpend[];
}

/** Account-wide billing figures, one entry per currency. */
export interface BillingSummaryData {
  /** The date the figures were judged against. */
  today: string;
  /** Currencies with anything to show, most invoices first (ties by code). */
  currencies: CurrencyBillingSummary[];
  /** ISO date-time when payment statuses were last refreshed. */
  lastRefreshed?: string;
}

/** A charge on an invoice. Text is untrusted and always shown as text. */
export interface InvoiceLineItem {
  id?: string;
  description: string;
  /** Major units, excluding tax. */
  amount: number;
  quantity?: number;
  /** Major units, excluding tax. */
  unitPrice?: number;
  /** Tax rate as a fraction (0.1 for 10%). */
  taxRate?: number;
  /** Japan: charged at the reduced rate (軽減税率), marked ※ on the invoice. */
  reducedRate?: boolean;
  /** Service period, `YYYY-MM-DD`. */
  periodStart?: string;
  periodEnd?: string;
}

/** The tax charged at one rate. */
export interface TaxLine {
  /** As a fraction: 0.1 for 10%, 0.08 for Japan's reduced 8%. */
  rate: number;
  /** What the rate applies to, excluding tax (major units). */
  taxableAmount: number;
  /** The tax at this rate (major units). */
  taxAmount: number;
  /** Japan: the reduced rate (軽減税率). */
  reduced?: boolean;
}

/**
 * The tax on an invoice, shown in the local form of its jurisdiction:
 *
 * - `JP` consumption tax (消費税) per rate, 10% and the reduced 8%, with the issuer's
 *   qualified-invoice registration number (T + 13 digits, `isValidJapanRegistrationNumber`).
 * - `SG` GST, with the issuer's GST registration number.
 * - `KR` VAT (부가가치세), with the issuer's business registration number (`123-45-67890`).
 * - `HK` none: Hong Kong levies no sales tax, and the breakdown says so.
 */
export interface TaxBreakdown {
  /** `JP`, `SG`, `KR` or `HK`. Default: the invoice's `legalEntity`. */
  jurisdiction?: string;
  /** The issuer's registration number in the jurisdiction. Untrusted text. */
  registrationNumber?: string;
  /** The issuer's registered name. Untrusted text. */
  issuerName?: string;
  lines: TaxLine[];
}

/**
 * What `getInvoiceDetail` answers: fields that complete (or correct) the listed row. Every
 * field is optional; `<invoice-detail>` shows what it gets.
 */
export interface InvoiceDetailData {
  lineItems?: InvoiceLineItem[];
  tax?: TaxBreakdown;
  ticketReference?: string;
  dueDate?: string;
  paidAt?: string;
  amountDue?: number;
  issuedAt?: string;
}

/** Why a customer raises a ticket about an invoice. */
export type TicketReason = 'wrong-amount' | 'missing-credit' | 'duplicate' | 'other';

export const TICKET_REASONS: readonly TicketReason[] = ['wrong-amount', 'missing-credit', 'duplicate', 'other'];

/** Longest ticket message accepted, in characters. */
export const TICKET_MESSAGE_MAX = 2000;

/** A ticket about one invoice, as the form collects it. */
export interface TicketRequest {
  /** The invoice, when the form was opened for one (from a row or the detail panel). */
  invoice?: Invoice;
  /** The invoice number the ticket is about (the invoice's own, or as the customer typed it, trimmed). */
  invoiceNumber: string;
  reason: TicketReason;
  /** The customer's words (required for `other`), at most `TICKET_MESSAGE_MAX` characters. */
  message: string;
}

/** What the billing service answers when it accepted a ticket. */
export interface TicketReceipt {
  /** The ticket's reference, shown to the customer. */
  reference: string;
}
