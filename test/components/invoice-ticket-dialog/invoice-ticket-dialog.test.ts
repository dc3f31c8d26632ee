import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/invoice-ticket-dialog.js';
import type { InvoiceTicketDialog } from '../../../src/components/invoice-ticket-dialog/invoice-ticket-dialog.component.js';
import type { TicketRequest } from '../../../src/data/billing-types.js';
import { InvoiceAdapterError } from '../../../src/data/errors.js';
import { InMemoryInvoiceAdapter } from '../../../src/data/in-memory-adapter.js';
import type { Invoice, InvoiceDataAdapter } from '../../../src/data/types.js';
import type { InvoiceTicketRequestDetail } from '../../../src/events/invoice-events.js';
import { setLocale } from '../../../src/localization.js';
import { axeViolations } from '../../helpers/axe.js';
import { byRole, deepActiveElement, deepText, queryByRole, waitFor } from '../../helpers/dom.js';
import { detailInvoices } from '../../helpers/detail-fixtures.js';

const invoice = () => detailInvoices()[3] as Invoice;

async function openForm(
  options: { invoice?: Invoice | null; adapter?: InvoiceDataAdapter; opener?: HTMLElement } = {},
): Promise<InvoiceTicketDialog> {
  const el = await fixture<InvoiceTicketDialog>(html`<invoice-ticket-dialog></invoice-ticket-dialog>`);
  el.adapter = options.adapter ?? new InMemoryInvoiceAdapter(detailInvoices());
  el.show(options.invoice === null ? undefined : (options.invoice ?? invoice()), options.opener);
  await el.loaded;
  return el;
}

function withTickets(raise: (request: TicketRequest) => Promise<{ reference: string }>): InvoiceDataAdapter {
  return Object.assign(Object.create(new InMemoryInvoiceAdapter(detailInvoices())) as InMemoryInvoiceAdapter, { raiseTicket: raise });
}

async function fill(el: InvoiceTicketDialog, reason: string, message: string): Promise<void> {
  byRole(el, 'radio', reason).click();
  const textarea = byRole<HTMLTextAreaElement>(el, 'textbox', /^Message/);
  textarea.value = message;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<invoice-ticket-dialog>', () => {
  afterEach(() => setLocale('en'));

  it('asks for a reason and a message about the invoice it was opened for', async () => {
    const el = await openForm();
    const dialog = byRole(el, 'dialog', 'Raise a ticket');
    expect(deepText(dialog)).to.contain('About invoice 2226100000600');
    expect(byRole<HTMLInputElement>(el, 'textbox', 'Invoice').readOnly).to.equal(true);
    expect(
      ['Wrong amount', 'Missing credit', 'Duplicate invoice', 'Other'].map((name) => byRole(el, 'radio', name).getAttribute('value')),
    ).to.deep.equal(['wrong-amount', 'missing-credit', 'duplicate', 'other']);
    // Focus starts on the reasons.
    expect(deepActiveElement()).to.equal(byRole(el, 'radio', 'Wrong amount'));
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('sends the portal a cancelable invoice-ticket-request with what was entered', async () => {
    const el = await openForm();
    await fill(el, 'Missing credit', '  The credit for the outage in October is missing.  ');
    let cancelable = false;
    el.addEventListener('invoice-ticket-request', (e) => {
      cancelable = e.cancelable;
      e.preventDefault();
    });
    const request = oneEvent(el, 'invoice-ticket-request');
    byRole(el, 'button', 'Send').click();
    const { detail } = (await request) as CustomEvent<InvoiceTicketRequestDetail>;
    expect(cancelable).to.equal(true);
    expect(detail.invoice?.id).to.equal('d-2');
    expect({ ...detail, invoice: undefined }).to.deep.equal({
      invoice: undefined,
      invoiceNumber: '2226100000600',
      reason: 'missing-credit',
      message: 'The credit for the outage in October is missing.',
    });
    // Prevented: the portal took it over; the form closed.
    await waitFor(() => !el.open, 'the form closed');
  });

  it('says what is missing, next to each field, and sends nothing', async () => {
    const el = await openForm({ invoice: null });
    let sent = 0;
    el.addEventListener('invoice-ticket-request', () => sent++);
    byRole(el, 'button', 'Send').click();
    await el.updateComplete;
    expect(sent).to.equal(0);
    const number = byRole(el, 'textbox', 'Invoice number');
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    expect(deepText(el)).to.contain('Enter the invoice number.').and.contain('Choose a reason.');
    await waitFor(() => deepActiveElement() === number, 'focus on the first problem');
    // "Other" needs a message.
    number.focus();
    await sendKeys({ type: '2226100000600' });
    byRole(el, 'radio', 'Other').click();
    await el.updateComplete;
    byRole(el, 'button', 'Send').click();
    await el.updateComplete;
    expect(deepText(el)).to.contain('Tell us what is wrong.');
    expect(byRole(el, 'textbox', 'Message').getAttribute('aria-invalid')).to.equal('true');
    expect(sent).to.equal(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('refuses a message over 2,000 characters, keeping it', async () => {
    const el = await openForm();
    await fill(el, 'Wrong amount', 'x'.repeat(2001));
    byRole(el, 'button', 'Send').click();
    await el.updateComplete;
    expect(deepText(el)).to.contain('Use at most 2,000 characters (this message has 2,001).');
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', /^Message/).value).to.have.length(2001);
  });

  it('sends through adapter.raiseTicket and shows the reference it answers', async () => {
    const requests: TicketRequest[] = [];
    const el = await openForm({
      adapter: withTickets(async (request) => {
        requests.push(request);
        return { reference: 'BT-2026-0042' };
      }),
    });
    await fill(el, 'Duplicate invoice', '');
    const complete = oneEvent(el, 'invoice-ticket-complete');
    byRole(el, 'button', 'Send').click();
    expect((await complete).detail.reference).to.equal('BT-2026-0042');
    await el.updateComplete;
    expect(requests.map((r) => [r.invoiceNumber, r.reason, r.message])).to.deep.equal([['2226100000600', 'duplicate', '']]);
    expect(deepText(el)).to.contain('BT-2026-0042');
    await waitFor(() => deepActiveElement() === byRole(el, 'button', 'Done'), 'focus on Done');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps everything typed when sending fails, and sends again', async () => {
    let calls = 0;
    const el = await openForm({
      adapter: withTickets(async () => {
        if (++calls === 1) throw new InvoiceAdapterError('network', 'offline');
        return { reference: 'BT-2' };
      }),
    });
    await fill(el, 'Wrong amount', 'Charged twice for the same line.');
    const errors: string[] = [];
    el.addEventListener('invoice-error', (e) => errors.push(e.detail.kind));
    byRole(el, 'button', 'Send').click();
    await waitFor(() => deepText(el).includes('The ticket could not be sent.'), 'the failure');
    expect(errors).to.deep.equal(['ticket']);
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', /^Message/).value).to.equal('Charged twice for the same line.');
    expect((byRole(el, 'radio', 'Wrong amount') as HTMLInputElement).checked).to.equal(true);
    byRole(el, 'button', 'Send').click();
    await waitFor(() => deepText(el).includes('BT-2'), 'the reference');
  });

  it('says tickets cannot be raised here when nothing takes them, keeping the text', async () => {
    const el = await openForm();
    await fill(el, 'Other', 'Please call me.');
    byRole(el, 'button', 'Send').click();
    await el.updateComplete;
    expect(deepText(el)).to.contain('Tickets cannot be raised from this page.');
    expect(el.open).to.equal(true);
    expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'Message').value).to.equal('Please call me.');
  });

  it('Escape closes it and focus returns to the opener; reopening for the same invoice keeps the draft', async () => {
    const opener = document.createElement('button');
    opener.textContent = 'Raise ticket';
    document.body.append(opener);
    opener.focus();
    try {
      const el = await openForm({ opener });
      await fill(el, 'Other', 'Draft');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !el.open, 'closed');
      expect(deepActiveElement()).to.equal(opener);
      el.show(invoice());
      await el.loaded;
      expect(byRole<HTMLTextAreaElement>(el, 'textbox', 'Message').value).to.equal('Draft');
      el.close();
      el.show(detailInvoices()[1]);
      await el.loaded;
      expect(byRole<HTMLTextAreaElement>(el, 'textbox', /^Message/).value).to.equal('');
      expect(queryByRole(el, 'radio', 'Other')!.matches(':checked')).to.equal(false);
    } finally {
      opener.remove();
    }
  });

  it('speaks Japanese', async () => {
    await setLocale('ja');
    const el = await openForm();
    byRole(el, 'dialog', 'チケットの発行');
    byRole(el, 'radio', '金額の誤り');
    byRole(el, 'button', '送信');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
