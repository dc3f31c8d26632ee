import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import '../../src/define/invoice-section.js';
import { RestInvoiceAdapter } from '../../src/data/rest-adapter.js';
import type { InvoiceDataAdapter } from '../../src/data/types.js';

/** Where Storybook's middleware (.storybook/middleware.mjs) serves the reference backend. */
const BASE_URL = '/reference-api';

type SignedInAs = 'every-account' | 'seed-customer';

interface Args {
  signedInAs: SignedInAs;
}

const ACCOUNTS: Record<SignedInAs, string | undefined> = {
  // No list: the demo issuer signs a token for every account in the database.
  'every-account': undefined,
  // The customer of the original screen: its token reads only its five invoices.
  'seed-customer': '22848',
};

/**
 * A RestInvoiceAdapter with the billing routes and tickets (`POST /tickets`, what the ticket
 * form collects) that signs in as `signedInAs` through the demo token route.
 */
function adapterFor(signedInAs: SignedInAs): InvoiceDataAdapter {
  let token: Promise<string> | undefined;
  const accounts = ACCOUNTS[signedInAs];
  const signIn = async (): Promise<string> => {
    const response = await fetch(`${BASE_URL}/demo/token${accounts ? `?accounts=${accounts}` : ''}`);
    if (!response.ok) throw new Error(`Demo sign-in failed: HTTP ${response.status}`);
    return ((await response.json()) as { token: string }).token;
  };
  return new RestInvoiceAdapter({
    baseUrl: BASE_URL,
    billing: true,
    tickets: true,
    headers: async () => ({ authorization: `Bearer ${await (token ??= signIn())}` }),
  });
}

const notice = (text: TemplateResult): TemplateResult =>
  html`<p style="max-width: 60ch; font: var(--inv-font-body, 14px/1.5 system-ui); color: var(--inv-color-text, #1b2631)">${text}</p>`;

/**
 * Renders the section once the reference server answers its health check; without it (a static
 * Storybook build, the test runner) it says how to get one.
 */
function reference(args: Args): HTMLElement {
  const host = document.createElement('div');
  const show = (content: unknown) => import('lit').then(({ render }) => render(content, host));
  void show(notice(html`Starting the reference server (PostgreSQL in WebAssembly, 2,005 invoices)…`));
  void fetch(`${BASE_URL}/health`)
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined)
    .then((health: { status?: string } | undefined) =>
      show(
        health?.status === 'ok'
          ? html`<invoice-section .adapter=${adapterFor(args.signedInAs)} page-size="25"></invoice-section>`
          : notice(
              html`This story needs the reference server, which <code>npm start</code> runs inside Storybook. In a static build, run
                <code>npm run server</code> and point a <code>RestInvoiceAdapter</code> at <code>http://127.0.0.1:8787/api</code>.`,
            ),
      ),
    );
  return host;
}

/**
 * The composed section fed by `RestInvoiceAdapter` from the reference backend (`server/`):
 * PostgreSQL compiled to WebAssembly (PGlite) behind the HTTP API of `openapi.yaml`, every
 * request carrying a signed token. The billing summary, the detail panel and "Raise ticket"
 * are served by it too (`billing: true`, and `POST /tickets` behind the ticket form). Switch "Signed in as" to see tenant isolation: the original
 * screen's customer (OCN 22848) sees its five invoices and nothing else.
 */
const meta: Meta<Args> = {
  title: 'Backend/Reference server',
  component: 'invoice-section',
  args: { signedInAs: 'every-account' },
  argTypes: {
    signedInAs: {
      name: 'Signed in as',
      description:
        "Whose signed token the adapter sends: a user of every account in the database, or of the original screen's customer (OCN 22848) only, who then sees its five invoices and nothing else.",
      control: 'radio',
      options: ['every-account', 'seed-customer'],
      labels: { 'every-account': 'A user of every account', 'seed-customer': 'Colt Technology Services (OCN 22848) only' },
    },
  },
  render: (args) => reference(args),
};
export default meta;

type Story = StoryObj<Args>;

export const EveryAccount: Story = { name: 'Fed by RestInvoiceAdapter' };

export const OneCustomer: Story = { name: 'One customer’s token', args: { signedInAs: 'seed-customer' } };
