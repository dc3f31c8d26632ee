import { localized, msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { TICKET_MESSAGE_MAX, TICKET_REASONS, type TicketReason, type TicketRequest } from '../../data/billing-types.js';
import { InvoiceAdapterError, isAbortError } from '../../data/errors.js';
import { LoadController } from '../../controllers/load-controller.js';
import type { Invoice } from '../../data/types.js';
import { textOf } from '../../data/validate.js';
import { formatCount } from '../../format/formatters.js';
import { InvoiceElement } from '../../internal/invoice-element.js';
import { loadErrorMessage } from '../../internal/labels.js';
import { ModalController } from '../../internal/modal-controller.js';
import { intlLocale } from '../../localization.js';
import { ticketDialogStyles } from './invoice-ticket-dialog.styles.js';
import {
  TICKET_FIELDS,
  reasonLabel,
  ticketErrorMessage,
  validateTicket,
  type TicketDraft,
  type TicketErrorCode,
  type TicketField,
} from './ticket-form.js';

/** Where the form stands: being filled in, being sent, sent (with a reference), or not sendable here. */
type Phase = 'editing' | 'sending' | 'sent' | 'failed' | 'no-handler';

const emptyDraft = (invoice?: Invoice): TicketDraft => ({ invoiceNumber: textOf(invoice?.invoiceNumber).trim(), reason: '', message: '' });

/**
 * @summary "Raise ticket": a small form in a modal dialog (the invoice, a reason — wrong
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
  static override styles = ticketDialogStyles;

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

  private sending: AbortController | undefined;
  private readonly modal = new ModalController(this, {
    dialog: () => this.dialog,
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>(this.invoice ? 'input[name="reason"]' : '#number'),
    onClose: () => {
      this.sending?.abort();
      if (this.phase === 'sent') this.reset();
    },
  });

  /** Opens the form for `invoice` (or for the current one); focus returns to `opener` (default: the focused element) on close. */
  show(invoice?: Invoice, opener?: HTMLElement | null): void {
    if (invoice !== undefined) this.invoice = invoice;
    this.modal.rememberOpener(opener);
    this.open = true;
  }

  /** Closes the form; what was typed stays until another invoice is shown or the ticket is sent. */
  close(): void {
    this.open = false;
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

  private errorFor(field: TicketField): TemplateResult | typeof nothing {
    const code = this.errors.get(field);
    if (!code) return nothing;
    return html`<span class="error" part="error" id=${`e-${field}`}>${ticketErrorMessage(code, this.draft)}</span>`;
  }

  private describedBy(field: TicketField, ...others: string[]): string | typeof nothing {
    const ids = [...others, this.errors.has(field) ? `e-${field}` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private renderNumberField(): TemplateResult {
    if (this.invoice) {
      return html`<div class="field" part="field">
        <label for="invoiceNumber">${msg('Invoice', { id: 'ticket.invoice' })}</label>
        <input id="invoiceNumber" class="input" part="input" type="text" readonly .value=${live(this.draft.invoiceNumber)} />
      </div>`;
    }
    return html`<div class="field" part="field">
      <label for="invoiceNumber">${msg('Invoice number', { id: 'ticket.invoice-number' })}</label>
      <input
        id="invoiceNumber"
        class="input"
        part="input"
        type="text"
        autocomplete="off"
        required
        .value=${live(this.draft.invoiceNumber)}
        aria-invalid=${this.errors.has('invoiceNumber') ? 'true' : 'false'}
        aria-describedby=${this.describedBy('invoiceNumber')}
        @input=${(e: Event) => this.edit({ invoiceNumber: (e.target as HTMLInputElement).value }, 'invoiceNumber')}
      />
      ${this.errorFor('invoiceNumber')}
    </div>`;
  }

  private renderReasons(): TemplateResult {
    return html`<fieldset
      class="field reasons"
      part="reasons"
      id="reason"
      role="radiogroup"
      aria-required="true"
      aria-invalid=${this.errors.has('reason') ? 'true' : 'false'}
      aria-describedby=${this.describedBy('reason')}
    >
      <legend>${msg('Reason', { id: 'ticket.reason' })}</legend>
      ${TICKET_REASONS.map(
        (reason) =>
          html`<label class="reason" part="reason">
            <input
              type="radio"
              name="reason"
              value=${reason}
              .checked=${live(this.draft.reason === reason)}
              @change=${() => this.edit({ reason }, 'reason')}
            />
            ${reasonLabel(reason)}
          </label>`,
      )}
      ${this.errorFor('reason')}
    </fieldset>`;
  }

  private renderMessage(): TemplateResult {
    const locale = intlLocale();
    const used = formatCount([...this.draft.message].length, locale);
    const max = formatCount(TICKET_MESSAGE_MAX, locale);
    const required = this.draft.reason === 'other';
    return html`<div class="field" part="field">
      <label for="message">
        ${required ? msg('Message', { id: 'ticket.message' }) : msg('Message (optional)', { id: 'ticket.message.optional' })}
      </label>
      <textarea
        id="message"
        class="input"
        part="textarea"
        rows="5"
        ?required=${required}
        .value=${live(this.draft.message)}
        aria-invalid=${this.errors.has('message') ? 'true' : 'false'}
        aria-describedby=${this.describedBy('message', 'counter')}
        @input=${(e: Event) => this.edit({ message: (e.target as HTMLTextAreaElement).value }, 'message')}
      ></textarea>
      <span id="counter" part="counter" class="counter">${msg(str`${used} / ${max} characters`, { id: 'ticket.counter' })}</span>
      ${this.errorFor('message')}
    </div>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    switch (this.phase) {
      case 'sending':
        return html`<p part="status" class="status">${msg('Sending…', { id: 'ticket.sending' })}</p>`;
      case 'failed':
        return html`<p part="status" class="status failed" role="alert">
          ${msg('The ticket could not be sent.', { id: 'ticket.failed' })} ${this.failure}
          ${msg('What you entered is kept; send it again when you are ready.', { id: 'ticket.failed.kept' })}
        </p>`;
      case 'no-handler':
        return html`<p part="status" class="status failed" role="alert">
          ${msg('Tickets cannot be raised from this page. Copy your message and contact your billing team.', {
            id: 'ticket.no-handler',
          })}
        </p>`;
      default:
        return nothing;
    }
  }

  private renderForm(): TemplateResult {
    const sending = this.phase === 'sending';
    return html`<form part="form" id="form" novalidate @submit=${this.onSubmit} aria-busy=${sending ? 'true' : 'false'}>
      <div part="body">${this.renderNumberField()} ${this.renderReasons()} ${this.renderMessage()} ${this.renderStatus()}</div>
      <div part="footer">
        <button type="button" class="button" part="cancel-button" @click=${() => this.close()}>
          ${msg('Cancel', { id: 'ticket.cancel' })}
        </button>
        <button type="submit" class="button primary" part="submit-button" ?disabled=${sending}>
          ${msg('Send', { id: 'ticket.send' })}
        </button>
      </div>
    </form>`;
  }

  private renderSent(): TemplateResult {
    const reference = this.reference;
    return html`<div part="body">
        <div part="confirmation" role="status">
          <p>${msg('Your ticket was raised.', { id: 'ticket.sent' })}</p>
          ${
            reference
              ? html`<p>${msg('Ticket reference:', { id: 'ticket.reference' })} <strong part="reference">${reference}</strong></p>`
              : nothing
          }
          <p>${msg('The billing team will contact you about it.', { id: 'ticket.sent.next' })}</p>
        </div>
      </div>
      <div part="footer">
        <button type="button" class="button primary" part="done-button" @click=${() => this.close()}>
          ${msg('Done', { id: 'ticket.done' })}
        </button>
      </div>`;
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
              ${this.phase === 'sent' ? this.renderSent() : this.renderForm()}`
          : nothing
      }
    </dialog>`;
  }
}
