import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element focused now, looking through shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

export interface ModalHost extends ReactiveControllerHost {
  open: boolean;
}

export interface ModalControllerOptions {
  /** The native `<dialog>` in the host's render root. */
  dialog: () => HTMLDialogElement | null;
  /** What gets focus when the dialog opens (default: its first focusable control). */
  initialFocus?: () => HTMLElement | null | undefined;
  /** Called once the dialog has closed, before focus returns. */
  onClose?: () => void;
  /** False while the dialog's content is still loading: it opens once this turns true (the host updates then). */
  ready?: () => boolean;
}

/**
 * Keeps a native modal `<dialog>` in step with its host's `open` property: `showModal()` when
 * it opens (focus moves in; the browser keeps Tab inside and makes the page behind inert),
 * `close()` when it closes, and focus back on the element that opened it. Bind `onNativeClose`
 * to the dialog's `close` event so Escape and `method="dialog"` forms close the host too.
 */
export class ModalController implements ReactiveController {
  private opener: HTMLElement | null = null;

  constructor(
    private readonly host: ModalHost,
    private readonly options: ModalControllerOptions,
  ) {
    host.addController(this);
  }

  /** Remembers where focus returns to on close (default: the element focused now). */
  rememberOpener(opener?: HTMLElement | null): void {
    this.opener = opener ?? deepActiveElement();
  }

  hostUpdated(): void {
    const dialog = this.options.dialog();
    if (!dialog) return;
    if (this.host.open && !dialog.open && (this.options.ready?.() ?? true)) {
      this.opener ??= deepActiveElement();
      dialog.showModal();
      const target =
        this.options.initialFocus?.() ?? dialog.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]');
      target?.focus();
    } else if (!this.host.open && dialog.open) {
      dialog.close();
    }
  }

  hostDisconnected(): void {
    this.opener = null;
  }

  /** The native dialog closed (Escape, a close button, `close()`). */
  readonly onNativeClose = (): void => {
    this.host.open = false;
    this.options.onClose?.();
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  };
}
