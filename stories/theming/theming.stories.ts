import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement, nothing } from 'lit';
import { InvoiceDownloadDialog, InvoiceGrid, InvoiceSection, InvoiceStatusTabs, AdvancedFilter } from '../../src/classes.js';
import { defineElement } from '../../src/internal/invoice-element.js';
import { TOKEN_GROUPS, TOKENS, type TokenInfo } from '../../src/themes/token-list.js';
import { SEED_TODAY, seedAdapter } from '../fixtures.js';

const meta: Meta = {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/**
 * A live token table: each swatch paints the token's current value, so switching the Theme
 * toolbar (light, dark, partner) shows what that theme sets.
 */
class TokenTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--inv-font-family, system-ui, sans-serif);
      color: var(--inv-color-text, #1b2631);
    }
    h3 {
      margin: 1.5rem 0 0.5rem;
      font-size: 1rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      table-layout: fixed;
      font-size: 0.8125rem;
    }
    th:nth-child(1) {
      width: 22%;
    }
    th:nth-child(2) {
      width: 9%;
    }
    th:nth-child(3),
    th:nth-child(4) {
      width: 17%;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.375rem 0.5rem;
      border-bottom: 1px solid var(--inv-color-border, #d5dbe0);
    }
    th {
      background: var(--inv-color-surface-alt, #f4f6f7);
    }
    code {
      font-family: var(--inv-font-family-mono, ui-monospace, monospace);
      overflow-wrap: anywhere;
    }
    .swatch {
      width: 3rem;
      height: 1.75rem;
      border: 1px solid var(--inv-color-border-strong, #8a96a1);
      border-radius: 4px;
    }
    .sample {
      display: inline-block;
      min-width: 3rem;
    }
  `;

  private preview(token: TokenInfo) {
    // The default as fallback: tokens that follow another token are not set on :root.
    const value = `var(${token.name}, ${token.default})`;
    switch (token.group) {
      case 'color':
      case 'status':
        return html`<div class="swatch" style="background:${value}"></div>`;
      case 'control':
        return token.name.endsWith('radius')
          ? html`<div class="swatch" style="border-radius:${value}"></div>`
          : html`<div class="swatch" style="background:${value}"></div>`;
      case 'radius':
        return html`<div class="swatch" style="border-radius:${value}"></div>`;
      case 'elevation':
        return html`<div class="swatch" style="box-shadow:${value}"></div>`;
      case 'focus':
        return html`<div class="swatch" style="box-shadow:${value}"></div>`;
      case 'space':
      case 'size':
        return html`<div class="swatch" style="width:${value};background:var(--inv-color-primary)"></div>`;
      case 'typography':
        return html`<span
          class="sample"
          style="font-family:var(--inv-font-family);font-size:${token.name.includes('size') ? value : 'inherit'};font-weight:${token.name.includes('weight') ? value : 'inherit'}"
          >Aa 請求書 청구서</span
        >`;
      default:
        return nothing;
    }
  }

  override render() {
    return TOKEN_GROUPS.map(
      ({ group, title }) => html`
        <h3>${title}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Preview</th>
              <th scope="col">Default (light)</th>
              <th scope="col">Dark</th>
              <th scope="col">Use</th>
            </tr>
          </thead>
          <tbody>
            ${TOKENS.filter((t) => t.group === group).map(
              (token) =>
                html`<tr>
                  <th scope="row"><code>${token.name}</code></th>
                  <td aria-hidden="true">${this.preview(token)}</td>
                  <td><code>${token.default}</code></td>
                  <td>${token.dark ? html`<code>${token.dark}</code>` : '—'}</td>
                  <td>${token.description}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      `,
    );
  }
}
defineElement('inv-token-table', TokenTable);

/** Every global token, its swatch, default, dark value and use. Follows the Theme toolbar. */
export const Tokens: Story = {
  render: () => html`<inv-token-table></inv-token-table>`,
};

let partnerTagsDefined = false;
/** A partner registers the classes under its own names (from the side-effect-free entry). */
function definePartnerTags(): void {
  if (partnerTagsDefined) return;
  partnerTagsDefined = true;
  defineElement('acme-invoice-grid', class extends InvoiceGrid {});
  defineElement('acme-invoice-status-tabs', class extends InvoiceStatusTabs {});
  defineElement('acme-invoice-download-dialog', class extends InvoiceDownloadDialog {});
  defineElement('acme-advanced-filter', class extends AdvancedFilter {});
  defineElement('acme-invoice-section', class extends InvoiceSection {});
}

/**
 * White-labelled: the section registered as `<acme-invoice-section>` and branded by
 * src/themes/partner-example.css (tokens and ::part only) through the `acme-theme` class.
 */
export const PartnerTheme: Story = {
  name: 'Partner theme (acme-* tags)',
  render: () => {
    definePartnerTags();
    return html`<div class="acme-theme">
      <acme-invoice-section .adapter=${seedAdapter()} .today=${SEED_TODAY}></acme-invoice-section>
    </div>`;
  },
};

/** The dark theme on a wrapper, whatever the toolbar says: dark and light side by side in the docs. */
export const DarkTheme: Story = {
  name: 'Dark theme (class on a wrapper)',
  render: () =>
    html`<div class="inv-theme-dark" style="background: var(--inv-color-surface); padding: 1rem">
      <invoice-section .adapter=${seedAdapter()} .today=${SEED_TODAY}></invoice-section>
    </div>`,
};

/**
 * The second layer: per-component properties set on an ancestor single out one piece (the
 * grid's header and selected rows, the tabs' indicator) while the global tokens stay. Their
 * values name tokens, so the dark theme still applies.
 */
export const ComponentProperties: Story = {
  name: 'Component properties',
  render: () =>
    html`<div
      style="--inv-grid-header-bg: var(--inv-color-warning-subtle); --inv-grid-row-selected-bg: var(--inv-color-primary-subtle); --inv-tabs-indicator-color: var(--inv-color-warning); --inv-tabs-tab-selected-color: var(--inv-color-warning)"
    >
      <invoice-section .adapter=${seedAdapter()} .today=${SEED_TODAY}></invoice-section>
    </div>`,
};
