/**
 * The dialogs an element opens itself for a request no host took (documents, detail, ticket):
 * one per tag, created on first use inside `root()` when the tag is defined, shown with the
 * given properties.
 */
export class OwnDialogs {
  private readonly dialogs = new Map<string, HTMLElement>();

  constructor(private readonly root: () => Node) {}

  open(tag: string, properties: Record<string, unknown>): void {
    const Dialog = customElements.get(tag);
    if (!Dialog) return;
    let dialog = this.dialogs.get(tag);
    if (!dialog?.isConnected) {
      dialog = new Dialog() as HTMLElement;
      this.dialogs.set(tag, dialog);
      this.root().appendChild(dialog);
    }
    Object.assign(dialog, properties);
    (dialog as HTMLElement & { show?: () => void }).show?.();
  }
}
