import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { TICKET_MESSAGE_MAX, TICKET_REASONS } from '../../data/billing-types.js';
import { formatCount } from '../../format/formatters.js';
import { intlLocale } from '../../localization.js';
import { reasonLabel, ticketErrorMessage, type TicketDraft, type TicketErrorCode, type TicketField } from './ticket-form.js';

export { TICKET_FIELDS, validateTicket } from './ticket-form.js';
export { ticketDialogStyles } from './invoice-ticket-dialog.styles.js';

/**
 * The ticket form's fields and states, loaded with `import()` when a form first opens so that
 * pages that never raise a ticket do not load them. The element passes its state in.
 */
export interface TicketViewState {
  /** The form was opened for an invoice (its number is shown, not asked for). */
  hasInvoice: boolean;
  draft: TicketDraft;
  errors: ReadonlyMap<TicketField, TicketErrorCode>;
  phase: 'editing' | 'sending' | 'sent' | 'failed' | 'no-handler';
  failure: string;
  reference: string;
  edit: (patch: Partial<TicketDraft>, field: TicketField) => void;
  close: () => void;
  onSubmit: (event: SubmitEvent) => void;
}

function errorFor(state: TicketViewState, field: TicketField): TemplateResult | typeof nothing {
  const code = state.errors.get(field);
  if (!code) return nothing;
  return html`<span class="error" part="error" id=${`e-${field}`}>${ticketErrorMessage(code, state.draft)}</span>`;
}

function describedBy(state: TicketViewState, field: TicketField, ...others: string[]): string | typeof nothing {
  const ids = [...others, state.errors.has(field) ? `e-${field}` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

function numberField(state: TicketViewState): TemplateResult {
  if (state.hasInvoice) {
    return html`<div class="field" part="field">
      <label for="invoiceNumber">${msg('Invoice', { id: 'ticket.invoice' })}</label>
      <input id="invoiceNumber" class="input" part="input" type="text" readonly .value=${live(state.draft.invoiceNumber)} />
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
      .value=${live(state.draft.invoiceNumber)}
      aria-invalid=${state.errors.has('invoiceNumber') ? 'true' : 'false'}
      aria-describedby=${describedBy(state, 'invoiceNumber')}
      @input=${(e: Event) => state.edit({ invoiceNumber: (e.target as HTMLInputElement).value }, 'invoiceNumber')}
    />
    ${errorFor(state, 'invoiceNumber')}
  </div>`;
}

function reasons(state: TicketViewState): TemplateResult {
  return html`<fieldset
    class="field reasons"
    part="reasons"
    id="reason"
    role="radiogroup"
    aria-required="true"
    aria-invalid=${state.errors.has('reason') ? 'true' : 'false'}
    aria-describedby=${describedBy(state, 'reason')}
  >
    <legend>${msg('Reason', { id: 'ticket.reason' })}</legend>
    ${TICKET_REASONS.map(
      (reason) =>
        html`<label class="reason" part="reason">
          <input
            type="radio"
            name="reason"
            value=${reason}
            .checked=${live(state.draft.reason === reason)}
            @change=${() => state.edit({ reason }, 'reason')}
          />
          ${reasonLabel(reason)}
        </label>`,
    )}
    ${errorFor(state, 'reason')}
  </fieldset>`;
}

function message(state: TicketViewState): TemplateResult {
  const locale = intlLocale();
  const used = formatCount([...state.draft.message].length, locale);
  const max = formatCount(TICKET_MESSAGE_MAX, locale);
  const required = state.draft.reason === 'other';
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
      .value=${live(state.draft.message)}
      aria-invalid=${state.errors.has('message') ? 'true' : 'false'}
      aria-describedby=${describedBy(state, 'message', 'counter')}
      @input=${(e: Event) => state.edit({ message: (e.target as HTMLTextAreaElement).value }, 'message')}
    ></textarea>
    <span id="counter" part="counter" class="counter">${msg(str`${used} / ${max} characters`, { id: 'ticket.counter' })}</span>
    ${errorFor(state, 'message')}
  </div>`;
}

function status(state: TicketViewState): TemplateResult | typeof nothing {
  switch (state.phase) {
    case 'sending':
      return html`<p part="status" class="status">${msg('Sending…', { id: 'ticket.sending' })}</p>`;
    case 'failed':
      return html`<p part="status" class="status failed" role="alert">
        ${msg('The ticket could not be sent.', { id: 'ticket.failed' })} ${state.failure}
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

/** The form: invoice, reason, message, status, Cancel and Send. */
export function ticketForm(state: TicketViewState): TemplateResult {
  const sending = state.phase === 'sending';
  return html`<form part="form" id="form" novalidate @submit=${state.onSubmit} aria-busy=${sending ? 'true' : 'false'}>
    <div part="body">${numberField(state)} ${reasons(state)} ${message(state)} ${status(state)}</div>
    <div part="footer">
      <button type="button" class="button" part="cancel-button" @click=${() => state.close()}>
        ${msg('Cancel', { id: 'ticket.cancel' })}
      </button>
      <button type="submit" class="button primary" part="submit-button" ?disabled=${sending}>${msg('Send', { id: 'ticket.send' })}</button>
    </div>
  </form>`;
}

/** The sent state: the reference and Done. */
export function ticketSent(state: TicketViewState): TemplateResult {
  const reference = state.reference;
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
      <button type="button" class="button primary" part="done-button" @click=${() => state.close()}>
        ${msg('Done', { id: 'ticket.done' })}
      </button>
    </div>`;
}
