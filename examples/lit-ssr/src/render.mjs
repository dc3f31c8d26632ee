// Renders the page on the server. The elements render their shell as declarative shadow DOM:
// the toolbar, the column headers, the tabs with count placeholders and skeleton rows, in
// the source locale (English). Nothing is queried here: an element's data controllers run
// only in the browser, so rows, counts, totals and the empty or error states arrive when the
// browser's adapter answers.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
// Importing the package in Node registers the tags with Lit's DOM shim.
import { preloadParts } from '@invoice-section/elements';
import { createAdapter } from './adapter.js';

/**
 * `@lit-labs/ssr` writes a property binding on a native element as an attribute with the
 * value as text, so `.checked=${false}` arrives as `checked="false"`, which HTML reads as
 * checked (lit/lit#2305). Until hydration sets the property, an unticked checkbox would show
 * ticked; drop those attributes.
 */
export function dropFalseBooleans(markup) {
  return markup.replace(/ (checked|selected|disabled|hidden|open)="false"/g, '');
}

/** The page: the section's shell, the theme, and the client script that hydrates it. */
export async function renderPage() {
  // The parts loaded on first use in the browser (the filter's form) render on the server too.
  await preloadParts();
  // The adapter the browser will use (./adapter.js), so the server renders the same first
  // frame the browser's first render produces: "loading", with skeleton rows. The billing
  // summary is left out (no-summary): its height is known only once its figures arrive (one
  // card per currency), so above the tabs it would move everything below it.
  const shell = await collectResult(render(html`<invoice-section no-summary .adapter=${createAdapter()}></invoice-section>`));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Invoices (server-rendered)</title>
    <link rel="stylesheet" href="/themes/light.css" />
    <script type="module" src="/dist/client.js"></script>
  </head>
  <body>
    <main>
      <h1>Invoices</h1>
      <p id="app-state">Selected in the app: 0</p>
      ${dropFalseBooleans(shell)}
    </main>
  </body>
</html>
`;
}
