import type { ReactiveControllerHost } from 'lit';

export type MonthKey = 'monthFrom' | 'monthTo';

export interface MonthPickerOptions {
  /** The element the picker renders into (its shadow root). */
  root: () => ParentNode;
  /** The month a field holds now (`YYYY-MM`), if it holds one. */
  value: (key: MonthKey) => string | undefined;
  /** A month was chosen. */
  choose: (key: MonthKey, month: string) => void;
  /** The year the picker opens at when the field is empty. */
  thisYear: () => number;
}

const MONTHS_PER_ROW = 4;

/**
 * The month picker of the advanced filter's "From month" and "To month": which field's picker
 * is open and which year it shows, and its keyboard (arrows move among the months, Page Up /
 * Page Down change the year, Enter or Space choose, Escape closes and returns to the button).
 * The field's text box stays the way to type a month; the picker only fills it.
 */
export class MonthPickerController {
  /** The field whose picker is open. */
  open: MonthKey | undefined;
  /** The year the open picker shows. */
  year = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MonthPickerOptions,
  ) {}

  toggle(key: MonthKey): void {
    if (this.open === key) {
      this.close();
      return;
    }
    const value = this.options.value(key);
    this.open = key;
    this.year = value ? Number(value.slice(0, 4)) : this.options.thisYear();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusMonth(value ? Number(value.slice(5, 7)) : 1));
  }

  /** Closes the picker; focus goes back to its button unless it moved elsewhere. */
  close(returnFocus = true): void {
    const key = this.open;
    if (!key) return;
    this.open = undefined;
    this.host.requestUpdate();
    if (returnFocus) void this.host.updateComplete.then(() => this.button(key)?.focus());
  }

  /** Shows the previous or the next year, keeping focus on the same month. */
  step(delta: number): void {
    this.year += delta;
    this.host.requestUpdate();
  }

  pick(month: number): void {
    const key = this.open;
    if (!key) return;
    this.options.choose(key, `${String(this.year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    this.close();
  }

  onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close();
      return;
    }
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      this.step(event.key === 'PageUp' ? -1 : 1);
      return;
    }
    const month = Number(target.dataset.month);
    if (!month) return;
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -MONTHS_PER_ROW,
      ArrowDown: MONTHS_PER_ROW,
      Home: 1 - month,
      End: 12 - month,
    };
    const rtl = getComputedStyle(target).direction === 'rtl';
    let move = moves[event.key];
    if (move === undefined) return;
    if (rtl && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) move = -move;
    event.preventDefault();
    // Past December or before January: the next or the previous year.
    const next = month + move;
    if (next < 1 || next > 12) {
      this.step(next < 1 ? -1 : 1);
      void this.host.updateComplete.then(() => this.focusMonth(((next + 11) % 12) + 1));
      return;
    }
    this.focusMonth(next);
  };

  /** Focus leaving the field (picker and button) closes the picker. */
  onFocusOut = (event: FocusEvent): void => {
    const key = this.open;
    const next = event.relatedTarget as Node | null;
    if (!key || (next && this.field(key)?.contains(next))) return;
    this.close(false);
  };

  private field(key: MonthKey): HTMLElement | null {
    return this.options.root().querySelector<HTMLElement>(`[data-month-field="${key}"]`);
  }

  private button(key: MonthKey): HTMLElement | null {
    return this.field(key)?.querySelector<HTMLElement>('[part~="month-picker-button"]') ?? null;
  }

  private focusMonth(month: number): void {
    const key = this.open;
    if (!key) return;
    this.field(key)?.querySelector<HTMLElement>(`[data-month="${month}"]`)?.focus();
  }
}
