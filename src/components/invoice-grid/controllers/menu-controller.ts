import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import type { Invoice } from '../../../data/types.js';
import { textOf } from '../../../data/validate.js';
import type { GridHost } from '../grid-host.js';

export type RowAction = 'view-details' | 'download' | 'raise-ticket' | 'copy-number';

/** The open row menu: its invoice, the button that opened it, and where it sits. */
export interface MenuState {
  invoice: Invoice;
  button: HTMLElement;
  scrollTop: number;
  top: number;
  left: number;
}

export interface MenuControllerOptions {
  /** The element the menu is positioned in (the grid element). */
  anchor: () => HTMLElement;
  /** The grid's scroll container (the menu closes when rows scroll under it). */
  scroller: () => HTMLElement | null;
  /** Opens an invoice's documents (the `download` action's default). */
  openDocuments: (invoices: Invoice[]) => void;
  /** Opens an invoice's detail panel (the `view-details` action's default). */
  openDetail: (invoice: Invoice) => void;
  /** Opens the ticket form for an invoice (the `raise-ticket` action's default). */
  openTicket: (invoice: Invoice) => void;
}

const MENU_WIDTH = 200;

/**
 * A row's action menu (WAI-ARIA menu button) and its actions: opens under its button with focus on the first
 * item, arrows/Home/End move, Escape closes and returns focus, Tab or focus leaving closes.
 * It follows its button when the grid scrolls sideways and closes on vertical scroll (the
 * rows under it are reused).
 */
export class MenuController implements ReactiveController {
  menu: MenuState | undefined;

  constructor(
    private readonly host: GridHost,
    private readonly options: MenuControllerOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.menu = undefined;
  }

  toggle(button: HTMLElement, invoice: Invoice): void {
    if (this.menu?.button === button) this.close();
    else this.open(button, invoice);
  }

  open(button: HTMLElement, invoice: Invoice): void {
    this.menu = { invoice, button, scrollTop: this.options.scroller()?.scrollTop ?? 0, ...this.position(button) };
    button.setAttribute('aria-expanded', 'true');
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.items()[0]?.focus());
  }

  close(restoreFocus = true): void {
    const menu = this.menu;
    if (!menu) return;
    menu.button.setAttribute('aria-expanded', 'false');
    this.menu = undefined;
    this.host.requestUpdate();
    if (restoreFocus && menu.button.isConnected) menu.button.focus();
  }

  onKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const index = items.indexOf(event.target as HTMLElement);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = (index + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (index - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.close();
        return;
      case 'Tab':
        event.preventDefault();
        this.close();
        return;
      default:
        return;
    }
    event.preventDefault();
    items[next]?.focus();
  };

  onClick = (event: Event): void => {
    const item = (event.target as Element).closest<HTMLElement>('[data-menu-action]');
    const menu = this.menu;
    if (!item || !menu) return;
    this.close();
    this.run(item.dataset.menuAction as RowAction, menu.invoice);
  };

  /** Fires the cancelable `invoice-action`, then runs the action's default unless prevented. */
  run(action: RowAction, invoice: Invoice): void {
    const event = this.host.emit('invoice-action', { action, invoice }, { cancelable: true });
    if (event.defaultPrevented) return;
    if (action === 'download') this.options.openDocuments([invoice]);
    else if (action === 'view-details') this.options.openDetail(invoice);
    else if (action === 'raise-ticket') this.options.openTicket(invoice);
    else if (action === 'copy-number') {
      const number = textOf(invoice.invoiceNumber);
      navigator.clipboard?.writeText(number).then(
        () => this.host.announce(msg(str`Copied ${number}`, { id: 'grid.copied' })),
        () => this.host.announce(msg('The invoice number could not be copied.', { id: 'grid.copy-failed' })),
      );
    }
  }

  onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && (event.currentTarget as HTMLElement).contains(to)) return;
    if (to === this.menu?.button) return;
    this.close(false);
  };

  /** The grid scrolled: follow the button sideways, close on vertical scroll. */
  onScroll = (): void => {
    const menu = this.menu;
    if (!menu) return;
    if (this.options.scroller()?.scrollTop !== menu.scrollTop || !menu.button.isConnected) {
      this.close(false);
      return;
    }
    this.menu = { ...menu, ...this.position(menu.button) };
    this.host.requestUpdate();
  };

  private items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private position(button: HTMLElement): { top: number; left: number } {
    const rect = button.getBoundingClientRect();
    const anchor = this.options.anchor().getBoundingClientRect();
    const left = Math.min(rect.right - anchor.left - MENU_WIDTH, anchor.width - MENU_WIDTH);
    return { top: rect.bottom - anchor.top + 4, left: Math.max(0, left) };
  }
}
