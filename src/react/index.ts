/**
 * React components for the elements, made with @lit/react: properties (the `adapter`,
 * a `query`, …) are set as properties, not attributes, and every `invoice-*` event is an
 * `onInvoice…` prop with its typed `CustomEvent`.
 *
 *   import { InvoiceSection } from '@invoice-section/elements/react';
 *   <InvoiceSection adapter={adapter} onInvoiceAction={(e) => openTicket(e.detail.invoice)} />
 *
 * Importing this module registers the default tags. Events bubble and cross shadow
 * roots, so each component takes every event prop: `onInvoiceSelectionChange` on
 * `<InvoiceSection>` hears its inner grid. For tags of your own, pass `INVOICE_EVENT_PROPS`
 * to `createComponent` with your class.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { InvoiceEvent, InvoiceEventName } from '../events/invoice-events.js';
import { AdvancedFilter as AdvancedFilterElement } from '../define/advanced-filter.js';
import { InvoiceDownloadDialog as InvoiceDownloadDialogElement } from '../define/invoice-download-dialog.js';
import { InvoiceGrid as InvoiceGridElement } from '../define/invoice-grid.js';
import { InvoiceSection as InvoiceSectionElement } from '../define/invoice-section.js';
import { InvoiceStatusTabs as InvoiceStatusTabsElement } from '../define/invoice-status-tabs.js';
import { BillingSummary as BillingSummaryElement } from '../define/billing-summary.js';
import { InvoiceDetail as InvoiceDetailElement } from '../define/invoice-detail.js';
import { InvoiceTicketDialog as InvoiceTicketDialogElement } from '../define/invoice-ticket-dialog.js';

/** `invoice-query-change` → `InvoiceQueryChange`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The React prop of each event: `onInvoiceQueryChange` → `'invoice-query-change'`, typed. */
export type InvoiceEventProps = { [K in InvoiceEventName as `on${Pascal<K>}`]: EventName<InvoiceEvent<K>> };

// A Record over every event name, so an event added to InvoiceEventMap must be added here.
const EVENT_NAMES: Record<InvoiceEventName, true> = {
  'invoice-query-change': true,
  'invoice-selection-change': true,
  'invoice-status-change': true,
  'invoice-filter-change': true,
  'invoice-action': true,
  'invoice-error': true,
  'invoice-download-request': true,
  'invoice-download-complete': true,
  'invoice-export-request': true,
  'invoice-export-complete': true,
  'invoice-columns-change': true,
  'invoice-filter-toggle': true,
  'invoice-open-documents': true,
  'invoice-load': true,
  'invoice-view-apply': true,
  'invoice-ticket-request': true,
  'invoice-ticket-complete': true,
  'invoice-open-detail': true,
  'invoice-open-ticket': true,
};

const propName = (name: string) => `on${name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;

/** Event props for `createComponent`, for partners wrapping the classes under their own tags. */
export const INVOICE_EVENT_PROPS = Object.fromEntries(Object.keys(EVENT_NAMES).map((name) => [propName(name), name])) as InvoiceEventProps;

export const InvoiceGrid: ReactWebComponent<InvoiceGridElement, InvoiceEventProps> = createComponent({
  react: React,
  tagName: 'invoice-grid',
  elementClass: InvoiceGridElement,
  events: INVOICE_EVENT_PROPS,
  displayName: 'InvoiceGrid',
});

export const InvoiceStatusTabs: ReactWebComponent<InvoiceStatusTabsElement, InvoiceEventProps> = createComponent({
  react: React,
  tagName: 'invoice-status-tabs',
  elementClass: InvoiceStatusTabsElement,
  events: INVOICE_EVENT_PROPS,
  displayName: 'InvoiceStatusTabs',
});

export const InvoiceDownloadDialog: ReactWebComponent<InvoiceDownloadDialogElement, InvoiceEventProps> = createComponent({
  react: React,
  tagName: 'invoice-download-dialog',
  elementClass: InvoiceDownloadDialogElement,
  events: INVOICE_EVENT_PROPS,
  displayName: 'InvoiceDownloadDialog',
});

export const AdvancedFilter: ReactWebComponent<AdvancedFilterElement, InvoiceEventProps> = createComponent({
  react: React,
  tagName: 'advanced-filter',
  elementClass: AdvancedFilterElement,
  events: INVOICE_EVENT_PROPS,
  displayName: 'AdvancedFilter',
});

export const InvoiceSection: ReactWebComponent<InvoiceSectionElement, InvoiceEventProps> = createComponent({
  react: React,
  tagName: 'invoice-section',
  elementClass: InvoiceSectionElement,
  events: INVOICE_EVENT_PROPS,
  displayName: 'InvoiceSection',
});

export const BillingSummary: ReactWebComponent<BillingSummaryElement, InvoiceEventProps> = createComponent({
  react: React,
  tagName: 'billing-summary',
  elementClass: BillingSummaryElement,
  events: INVOICE_EVENT_PROPS,
  displayName: 'BillingSummary',
});

export const InvoiceDetail: ReactWebComponent<InvoiceDetailElement, InvoiceEventProps> = createComponent({
  react: React,
  tagName: 'invoice-detail',
  elementClass: InvoiceDetailElement,
  events: INVOICE_EVENT_PROPS,
  displayName: 'InvoiceDetail',
});

export const InvoiceTicketDialog: ReactWebComponent<InvoiceTicketDialogElement, InvoiceEventProps> = createComponent({
  react: React,
  tagName: 'invoice-ticket-dialog',
  elementClass: InvoiceTicketDialogElement,
  events: INVOICE_EVENT_PROPS,
  displayName: 'InvoiceTicketDialog',
});

export type {
  InvoiceGridElement,
  InvoiceStatusTabsElement,
  InvoiceDownloadDialogElement,
  AdvancedFilterElement,
  InvoiceSectionElement,
  BillingSummaryElement,
  InvoiceDetailElement,
  InvoiceTicketDialogElement,
};
