// A server component: rendered on the server only, it can read the portal's session or
// settings. It cannot hold the adapter (a class instance with methods) or event handlers,
// so the section lives in a client component, <Invoices>.
import { Invoices } from './invoices';

export default function Page() {
  return (
    <main>
      <h1>Invoices</h1>
      <p>Open, disputed and closed invoices of your Colt accounts.</p>
      <Invoices billingContact="billing.jp@example.com" />
    </main>
  );
}
