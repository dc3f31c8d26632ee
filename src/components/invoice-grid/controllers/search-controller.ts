import type { ReactiveController } from 'lit';
import type { GridHost } from '../grid-host.js';

/**
 * The search box: commits the typed text to the query after `delay()` ms of quiet, or at once
 * on Enter, and keeps showing what was typed until the query has caught up with it.
 */
export class SearchController implements ReactiveController {
  /** Text typed but not yet in the query. */
  text: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: GridHost,
    private readonly delay: () => number,
  ) {
    host.addController(this);
  }

  /** What the box shows. */
  get value(): string {
    return this.text ?? this.host.query.search ?? '';
  }

  hostUpdate(): void {
    if (this.text !== undefined && this.host.query.search === this.text) this.text = undefined;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Forgets what was typed (the query's search was cleared). */
  clear(): void {
    clearTimeout(this.timer);
    this.text = undefined;
  }

  onInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    this.text = value;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.commit(value), this.delay());
  };

  onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    clearTimeout(this.timer);
    this.commit((event.target as HTMLInputElement).value);
  };

  private commit(value: string): void {
    const query = this.host.query;
    if (value !== query.search) this.host.commitQuery({ ...query, search: value, offset: 0 }, 'search');
  }
}
