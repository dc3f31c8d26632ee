// Hydration: lit-element-hydrate-support must load before Lit defines any element, so that
// an element with a server-rendered shadow root adopts it instead of rendering anew.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { createAdapter } from './adapter.js';

// Properties first, definitions second: the element's first render in the browser is then
// the server's frame (loading, skeleton rows) and hydrates it in place. Defined first, it
// would render once without an adapter, which is not what the server sent.
const section = document.querySelector('invoice-section');
section.adapter = createAdapter();
section.addEventListener('invoice-selection-change', (event) => {
  document.querySelector('#app-state').textContent = `Selected in the app: ${event.detail.count}`;
});
await import('@invoice-section/elements');
