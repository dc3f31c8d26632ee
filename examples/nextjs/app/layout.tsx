import type { ReactNode } from 'react';
import '@invoice-section/elements/themes/light.css';

export const metadata = { title: 'Invoices' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
