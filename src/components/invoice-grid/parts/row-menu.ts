import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { textOf } from '../../../data/validate.js';
import { cssProps } from '../css-props.js';
import type { MenuController, MenuState } from '../controllers/menu-controller.js';

/** A row's action menu: "View details", "Download…", "Raise ticket", "Copy invoice number". */
export function rowMenu(menu: MenuState, controller: MenuController): TemplateResult {
  const number = textOf(menu.invoice.invoiceNumber);
  return html`<div
    class="menu"
    part="actions-menu"
    role="menu"
    aria-label=${msg(str`Actions for ${number}`, { id: 'grid.actions-for' })}
    ${cssProps({ top: `${menu.top}px`, 'inset-inline-start': `${menu.left}px` })}
    @keydown=${controller.onKeydown}
    @click=${controller.onClick}
    @focusout=${controller.onFocusOut}
  >
    <button type="button" role="menuitem" tabindex="-1" data-menu-action="view-details">
      ${msg('View details', { id: 'grid.action.details' })}
    </button>
    <button type="button" role="menuitem" tabindex="-1" data-menu-action="download">
      ${msg('Download…', { id: 'grid.action.download' })}
    </button>
    <button type="button" role="menuitem" tabindex="-1" data-menu-action="raise-ticket">
      ${msg('Raise ticket', { id: 'grid.action.ticket' })}
    </button>
    <button type="button" role="menuitem" tabindex="-1" data-menu-action="copy-number">
      ${msg('Copy invoice number', { id: 'grid.action.copy' })}
    </button>
  </div>`;
}
