// The server-rendering check of examples/lit-ssr, in Chromium:
// 1. with JavaScript off, the page already shows the section's shell (declarative shadow DOM);
// 2. with JavaScript on, hydration adopts that shell: the server's nodes stay in place (none
//    is removed or rendered twice), the section never collapses while it hydrates, no
//    hydration error is raised, then the rows arrive and selection reaches the page; the tabs,
//    the toolbar and the grid's header row have not moved nor changed height (at 1280 px).

/** Shadow-piercing query from the page: the first match of `selector` inside `host`'s shadow root. */
const inShadow = (host, selector) =>
  `document.querySelector(${JSON.stringify(host)})?.shadowRoot?.querySelector(${JSON.stringify(selector)})`;
const GRID = `${inShadow('invoice-section', 'invoice-grid')}?.shadowRoot`;

/** Where the shell's pieces are laid out: [x, y, width, height] of each. */
const BOXES = `(() => {
  const grid = ${GRID};
  const tabs = ${inShadow('invoice-section', 'invoice-status-tabs')}?.shadowRoot;
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); };
  return { tabs: box(tabs.querySelector('[role=tablist]')), toolbar: box(grid.querySelector('[part~=toolbar]')), header: box(grid.querySelector('[part~=header-row]')) };
})()`;
/**
 * An invoice number as the grid shows it (13 digits, a reissue's `-n` or a credit note's `CN`):
 * the first data row is on screen. Which invoice comes first is the adapter's order (newest first).
 */
export const INVOICE_NUMBER = /^\d{13}(-\d{1,3}|CN)?$/;
const VIEWPORT = { width: 1280, height: 800 };

export async function checkHydration(browser, url) {
  let before;
  // 1. No JavaScript: what a user sees before the bundle has loaded.
  const still = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
  try {
    const page = await still.newPage();
    await page.goto(url);
    const shell = await page.evaluate(`(() => {
      const grid = ${GRID};
      const tabs = ${inShadow('invoice-section', 'invoice-status-tabs')}?.shadowRoot;
      return {
        headers: [...(grid?.querySelectorAll('[role=columnheader]') ?? [])].map((h) => h.textContent.trim()).filter(Boolean),
        tabs: [...(tabs?.querySelectorAll('[role=tab]') ?? [])].map((t) => t.textContent.trim()),
        search: !!grid?.querySelector('[part~=search]'),
        skeleton: !!grid?.querySelector('[part~=skeleton]'),
        height: document.querySelector('invoice-section').getBoundingClientRect().height,
      };
    })()`);
    const problems = [];
    if (!shell.headers.includes('Invoice number')) problems.push(`column headers ${JSON.stringify(shell.headers)}`);
    if (!shell.tabs.some((t) => t.startsWith('Open'))) problems.push(`tabs ${JSON.stringify(shell.tabs)}`);
    if (!shell.search) problems.push('no search box');
    if (!shell.skeleton) problems.push('no skeleton rows');
    if (shell.height < 200) problems.push(`section is ${shell.height}px tall`);
    if (problems.length) throw new Error(`server-rendered shell without JavaScript: ${problems.join('; ')}`);
    before = await page.evaluate(BOXES);
  } finally {
    await still.close();
  }

  // 2. JavaScript on, the client bundle held back until the shell has been marked.
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) errors.push(message.text());
    });
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/dist/client.js', async (route) => {
      await held;
      await route.continue();
    });
    // A module script delays DOMContentLoaded, so wait for the parsed shell instead.
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(`!!${GRID}?.querySelector('[part~=skeleton]') && !!document.querySelector('#app-state')`);
    await page.evaluate(`(() => {
      const grid = ${GRID};
      window.__ssr = {
        toolbar: grid.querySelector('[part~=toolbar]'),
        header: grid.querySelector('[part~=header-row]'),
        tablist: ${inShadow('invoice-section', 'invoice-status-tabs')}.shadowRoot.querySelector('[role=tablist]'),
        removed: [],
        minHeight: Infinity,
      };
      const watch = (root) => new MutationObserver((records) => {
        for (const r of records) for (const node of r.removedNodes)
          if (node.nodeType === 1 && (node.matches('[part~=toolbar],[part~=header-row],[role=tablist],[part~=grid]') || node.querySelector?.('[part~=toolbar],[part~=header-row],[role=tablist]')))
            window.__ssr.removed.push(node.getAttribute('part') ?? node.getAttribute('role'));
      }).observe(root, { childList: true, subtree: true });
      watch(document.querySelector('invoice-section').shadowRoot);
      watch(grid);
      const sample = () => {
        window.__ssr.minHeight = Math.min(window.__ssr.minHeight, document.querySelector('invoice-section').getBoundingClientRect().height);
        requestAnimationFrame(sample);
      };
      sample();
    })()`);
    release();
    await page.getByText(INVOICE_NUMBER).first().waitFor({ timeout: 15_000 });
    const after = await page.evaluate(`(() => {
      const grid = ${GRID};
      const tabs = ${inShadow('invoice-section', 'invoice-status-tabs')}.shadowRoot;
      return {
        sameToolbar: grid.querySelector('[part~=toolbar]') === window.__ssr.toolbar && window.__ssr.toolbar.isConnected,
        sameHeader: grid.querySelector('[part~=header-row]') === window.__ssr.header && window.__ssr.header.isConnected,
        sameTablist: tabs.querySelector('[role=tablist]') === window.__ssr.tablist,
        toolbars: grid.querySelectorAll('[part~=toolbar]').length,
        headerRows: grid.querySelectorAll('[part~=header-row]').length,
        tablists: tabs.querySelectorAll('[role=tablist]').length,
        removed: window.__ssr.removed,
        minHeight: window.__ssr.minHeight,
        hydrated: !document.querySelector('invoice-section').shadowRoot.querySelector('[defer-hydration]'),
      };
    })()`);
    const problems = [];
    if (!after.sameToolbar || !after.sameHeader || !after.sameTablist) problems.push(`server nodes replaced: ${JSON.stringify(after)}`);
    if (after.toolbars !== 1 || after.headerRows !== 1 || after.tablists !== 1) problems.push(`rendered twice: ${JSON.stringify(after)}`);
    if (after.removed.length) problems.push(`removed while hydrating: ${after.removed.join(', ')}`);
    if (after.minHeight < 200) problems.push(`section collapsed to ${after.minHeight}px while hydrating`);
    if (!after.hydrated) problems.push('children still wait for hydration');
    // Layout before any script and once hydrated with rows (before a row is selected, which
    // shows the selection bar): the tabs, the toolbar and the grid's header row stay where the
    // server put them, the header row as tall as it was (the server renders the column tracks,
    // and the section keeps the line of "Payment status as of" until the data arrives).
    const laidOut = await page.evaluate(BOXES);
    if (JSON.stringify(laidOut.tabs) !== JSON.stringify(before.tabs)) problems.push(`tabs moved: ${before.tabs} → ${laidOut.tabs}`);
    if (Math.abs(laidOut.toolbar[1] - before.toolbar[1]) > 1)
      problems.push(`toolbar moved ${laidOut.toolbar[1] - before.toolbar[1]} px down`);
    if (Math.abs(laidOut.header[1] - before.header[1]) > 1 || Math.abs(laidOut.header[3] - before.header[3]) > 1)
      problems.push(`header row moved or changed height: ${before.header} → ${laidOut.header}`);
    await page.locator('invoice-section [part~="row-checkbox"]').first().check();
    await page.locator('#app-state', { hasText: /Selected in the app: [1-9]/ }).waitFor({ timeout: 5_000 });
    if (errors.length) problems.push(`page errors: ${errors.join('; ')}`);
    if (problems.length) throw new Error(problems.join('\n'));
    return `shell without JavaScript, hydrated in place (min height ${Math.round(after.minHeight)}px; tabs, toolbar and header row (${laidOut.header[3]} px) still)`;
  } finally {
    await context.close();
  }
}
