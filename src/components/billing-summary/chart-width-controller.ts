import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures the plot areas of the spend charts (`[data-currency]` elements under the host's
 * render root), so each chart is drawn at its real width in CSS pixels: text stays crisp and
 * readable at every width instead of being scaled with the picture.
 */
export class ChartWidthController implements ReactiveController {
  private readonly widths = new Map<string, number>();
  private observer: ResizeObserver | undefined;
  private readonly observed = new Set<Element>();

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly selector: string,
    private readonly fallback = 560,
  ) {
    host.addController(this);
  }

  /** The measured width of the chart of `key`, or the fallback before it was measured. */
  widthOf(key: string): number {
    return this.widths.get(key) ?? this.fallback;
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = (entry.target as HTMLElement).dataset['currency'] ?? '';
        const width = Math.max(120, Math.floor(entry.contentRect.width));
        if (this.widths.get(key) !== width) {
          this.widths.set(key, width);
          changed = true;
        }
      }
      if (changed) this.host.requestUpdate();
    });
  }

  hostUpdated(): void {
    if (!this.observer) return;
    const current = new Set(this.host.renderRoot.querySelectorAll(this.selector));
    for (const element of current) if (!this.observed.has(element)) this.observer.observe(element);
    for (const element of this.observed) if (!current.has(element)) this.observer.unobserve(element);
    this.observed.clear();
    for (const element of current) this.observed.add(element);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
  }
}
