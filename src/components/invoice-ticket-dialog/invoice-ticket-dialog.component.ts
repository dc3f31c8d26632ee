import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { TicketReason, TicketRequest } from '../../data/billing-types.js';
import { InvoiceAdapterError, isAbortError } from '../../data/errors.js';
import { LoadController } from '../../controllers/load-controller.js';
import type { Invoice } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { loadErrorMessage } from '../../internal/labels.js';
import { ModalController } from '../../internal/modal-controller.js';
import { LazyModuleController } from '../../controllers/lazy-module-controller.js';
import { ticketDialogHostStyles } from './invoice-ticket-dialog.host-styles.js';
import { adoptLateStyles } from '../../internal/late-styles.js';
import type { TicketDraft, TicketErrorCode, TicketField } from './ticket-form.js';
import type { TicketViewState } from './ticket-view.js';

/** Where the form stands: being filled in, being sent, sent (with a reference), or not sendable here. */
type Phase = 'editing' | 'sending' | 'sent' | 'failed' | 'no-handler';

const emptyDraft = (invoice?: Invoice): TicketDraft => ({ invoiceNumber: textOf(invoice?.invoiceNumber).trim(), reason: '', message: '' });

/**
 * "Raise ticket": a small form in a modal dialog (the invoice, a reason — wrong
 * amount, missing credit, duplicate invoice, other — and a message) that the portal receives
 * as a cancelable `invoice-ticket-request` with what the customer entered.
 *
 * Opened for an invoice (`show(invoice)`), the form names it; opened without one, it asks
 * for the invoice number. The form checks what it needs before sending (a reason; a message
 * for "Other"; at most 2,000 characters) and shows each problem next to its field. Then:
 *
 * - the portal may take the ticket over by preventing `invoice-ticket-request` (it has the
 *   data); the form closes;
 * - otherwise the form sends it through `adapter.raiseTicket()`, shows the reference the
 *   billing service gave it and fires `invoice-ticket-complete`; a failure keeps everything
 *   typed and offers to send again;
 * - with neither, it says that tickets cannot be raised from this page, keeping the text.
 *
 * A native modal `<dialog>`: focus moves in, Tab stays inside, Escape closes and focus returns
 * to the element that opened it.
 *
 * @summary "Raise ticket": the form a portal receives as a cancelable invoice-ticket-request.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - Title row.
 * @csspart title - "Raise a ticket".
 * @csspart subtitle - Which invoice.
 * @csspart close-button - The × button.
 * @csspart body - The form's fields.
 * @csspart form - The `<form>`.
 * @csspart field - A field with its label and message.
 * @csspart input - The invoice number input.
 * @csspart reasons - The reason radio group (`fieldset`).
 * @csspart reason - One reason (label and radio).
 * @csspart textarea - The message.
 * @csspart counter - "12 / 2,000 characters".
 * @csspart error - A field's validation message.
 * @csspart status - Sending, failure and "cannot be raised here" messages.
 * @csspart confirmation - The sent state.
 * @csspart reference - The ticket reference.
 * @csspart footer - The buttons.
 * @csspart submit-button - "Send".
 * @csspart cancel-button - "Cancel".
 * @csspart done-button - "Done" once sent.
 *
 * @cssprop --inv-dialog-width - Dialog width (default 32rem).
 * @cssprop --inv-dialog-bg - Dialog background.
 * @cssprop --inv-dialog-color - Dialog text.
 * @cssprop --inv-dialog-border-color - Dialog border and separators.
 * @cssprop --inv-dialog-radius - Dialog corner radius.
 * @cssprop --inv-dialog-shadow - Dialog shadow.
 * @cssprop --inv-dialog-backdrop - Backdrop colour.
 * @cssprop --inv-dialog-footer-bg - Footer background.
 *
 * @fires {InvoiceTicketRequestDetail} invoice-ticket-request - Cancelable; the form was sent. Prevent it to raise the ticket yourself.
 * @fires {InvoiceTicketCompleteDetail} invoice-ticket-complete - `adapter.raiseTicket` accepted the ticket; `reference` is its reference.
 * @fires {InvoiceErrorDetail} invoice-error - The ticket could not be sent (`kind: 'ticket'`).
 */
@localized()
export class InvoiceTicketDialog extends InvoiceElement {
  static override styles = ticketDialogHostStyles;

  /** Every `part` the element renders, as its JSDoc lists them (`<invoice-section>` exports them with a prefix). */
  static readonly parts: readonly string[] = [
    'dialog',
    'header',
    'title',
    'subtitle',
    'close-button',
    'body',
    'form',
    'field',
    'input',
    'reasons',
    'reason',
    'textarea',
    'counter',
    'error',
    'status',
    'confirmation',
    'reference',
    'footer',
    'submit-button',
    'cancel-button',
    'done-button',
  ];

  /** The invoice the ticket is about. Without one, the form asks for the invoice number. */
  @property({ attribute: false }) invoice: Invoice | undefined;

  /** Whether the dialog is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private draft: TicketDraft = emptyDraft();
  @state() private errors = new Map<TicketField, TicketErrorCode>();
  @state() private phase: Phase = 'editing';
  @state() private reference = '';
  @state() private failure = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;

  /** The form's fields and states, imported the first time a form opens. */
  private readonly view = new LazyModuleController(this, () => import('./ticket-view.js'));
  private lateStyles = false;
  private sending: AbortController | undefined;
  /** The form opened before its fields were loaded: focus moves to them once they are there. */
  private focusWhenReady = false;
  private readonly modal = new ModalController(this, {
    dialog: () => this.dialog,
    // The dialog shows once its form (and its styles) have loaded: no unstyled flash.
    ready: () => !!this.view.value,
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>(this.invoice ? 'input[name="reason"]' : '#invoiceNumber'),
    onClose: () => {
      this.sending?.abort();
      if (this.phase === 'sent') this.reset();
    },
  });

  /** Opens the form for `invoice` (or for the current one); focus returns to `opener` (default: the focused element) on close. */
  show(invoice?: Invoice, opener?: HTMLElement | null): void {
    void this.view.load();
    this.focusWhenReady = true;
    if (invoice !== undefined) this.invoice = invoice;
    this.modal.rememberOpener(opener);
    this.open = true;
  }

  /** Closes the form; what was typed stays until another invoice is shown or the ticket is sent. */
  close(): void {
    this.open = false;
  }

  /** Settles once the form's fields are loaded and rendered. */
  get loaded(): Promise<void> {
    return this.view.load().then(() => this.updateComplete.then(() => undefined));
  }

  /** What the form would send now. */
  get request(): TicketRequest {
    return {
      ...(this.invoice ? { invoice: this.invoice } : {}),
      invoiceNumber: this.draft.invoiceNumber.trim(),
      reason: this.draft.reason as TicketReason,
      message: this.draft.message.trim(),
    };
  }

  protected override updated(): void {
    const view = this.view.value;
    if (view && !this.lateStyles) {
      // The form's styles came with it.
      adoptLateStyles(this, view.ticketDialogStyles);
      this.lateStyles = true;
    }
    if (!this.focusWhenReady || !this.open || !view) return;
    this.focusWhenReady = false;
    const target = this.renderRoot.querySelector<HTMLElement>(this.invoice ? 'input[name="reason"]' : '#invoiceNumber');
    const active = (this.renderRoot as ShadowRoot).activeElement;
    // Only when focus is still where the dialog put it while the fields were loading.
    if (target && (!active || active.matches('[part~="close-button"]'))) target.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another invoice starts a new form; the same one (by id) keeps what was typed.
    if (changed.has('invoice') && textOf(changed.get('invoice')?.id) !== textOf(this.invoice?.id)) this.reset();
    else if (changed.has('invoice') && !this.draft.invoiceNumber)
      this.draft = { ...this.draft, invoiceNumber: textOf(this.invoice?.invoiceNumber).trim() };
  }

  private reset(): void {
    this.sending?.abort();
    this.draft = emptyDraft(this.invoice);
    this.errors = new Map();
    this.phase = 'editing';
    this.reference = '';
    this.failure = '';
  }

  private edit(patch: Partial<TicketDraft>, field: TicketField): void {
    this.draft = { ...this.draft, ...patch };
    if (this.errors.has(field)) {
      const errors = new Map(this.errors);
      errors.delete(field);
      this.errors = errors;
    }
    if (this.phase === 'failed' || this.phase === 'no-handler') this.phase = 'editing';
  }

  /** Checks the form and, when it is complete, hands the ticket on. Returns false when something is missing. */
  async submit(): Promise<boolean> {
    if (this.phase === 'sending') return false;
    // Loaded already when the form is shown; awaited only if submit() is called before.
    const { validateTicket, TICKET_FIELDS } = this.view.value ?? (await this.view.load());
    const errors = validateTicket(this.draft);
    this.errors = errors;
    if (errors.size > 0) {
      await this.updateComplete;
      const first = TICKET_FIELDS.find((field) => errors.has(field));
      this.renderRoot.querySelector<HTMLElement>(first === 'reason' ? 'input[name="reason"]' : `#${first}`)?.focus();
      return false;
    }
    const request = this.request;
    const event = this.emit('invoice-ticket-request', { ...request }, { cancelable: true });
    if (event.defaultPrevented) {
      this.reset();
      this.close();
      return true;
    }
    const adapter = this.adapter;
    if (typeof adapter?.raiseTicket !== 'function') {
      this.phase = 'no-handler';
      return false;
    }
    const controller = new AbortController();
    this.sending = controller;
    this.phase = 'sending';
    const timeoutMs = LoadController.defaultTimeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // A service that never answers must not leave the form sending for ever.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new InvoiceAdapterError('timeout', `No answer within ${timeoutMs} ms.`)), timeoutMs);
      });
      const receipt = await Promise.race([
        Promise.resolve().then(() => adapter.raiseTicket!(request, { signal: controller.signal })),
        timeout,
      ]);
      if (controller.signal.aborted) return false;
      this.reference = textOf(receipt?.reference);
      this.phase = 'sent';
      this.emit('invoice-ticket-complete', { ...request, reference: this.reference });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="done-button"]')?.focus();
      return true;
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return false;
      this.failure = loadErrorMessage(error);
      this.phase = 'failed';
      this.emit('invoice-error', {
        kind: 'ticket',
        message: this.failure,
        error,
        retryable: (error as { retryable?: boolean })?.retryable ?? true,
      });
      return false;
    } finally {
      clearTimeout(timer);
      if (this.sending === controller) this.sending = undefined;
      // Whatever happened, a request still in flight is no longer wanted.
      if (this.phase !== 'sending') controller.abort();
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  // ---- rendering --------------------------------------------------------------------

  private renderBody(): TemplateResult {
    const view = this.view.value;
    if (!view) {
      void this.view.load();
      return html`<div part="body"><p class="status">${msg('Loading…', { id: 'ticket.view.loading' })}</p></div>`;
    }
    const state: TicketViewState = {
      hasInvoice: !!this.invoice,
      draft: this.draft,
      errors: this.errors,
      phase: this.phase,
      failure: this.failure,
      reference: this.reference,
      edit: (patch, field) => this.edit(patch, field),
      close: () => this.close(),
      onSubmit: (event) => this.onSubmit(event),
    };
    return this.phase === 'sent' ? view.ticketSent(state) : view.ticketForm(state);
  }

  protected override render() {
    const number = this.draft.invoiceNumber.trim() || textOf(this.invoice?.invoiceNumber);
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      aria-describedby=${number ? 'subtitle' : nothing}
      @close=${this.modal.onNativeClose}
    >
      ${
        this.open
          ? html`<header part="header">
                <div class="heading">
                  <h2 id="title" part="title">${msg('Raise a ticket', { id: 'ticket.title' })}</h2>
                  ${number ? html`<p id="subtitle" part="subtitle">${msg(str`About invoice ${number}`, { id: 'ticket.subtitle' })}</p>` : nothing}
                </div>
                <button
                  type="button"
                  class="button ghost"
                  part="close-button"
                  aria-label=${msg('Close', { id: 'ticket.close' })}
                  @click=${() => this.close()}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </header>
              ${this.renderBody()}`
          : nothing
      }
    </dialog>`;
  }
}
