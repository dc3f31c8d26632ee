import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { newViewId, type SavedView } from '../../data/saved-views.js';
import { LINEAGE_KINDS, hasDateConditions, type FilterKey } from '../../data/query.js';
import { FILTER_TEXT_FIELDS, INVOICE_STATUSES, type FilterTextField, type TextCondition, type TextMatchOp } from '../../data/types.js';
import { formatCount, formatMonth } from '../../format/formatters.js';
import { readMonthInput } from '../../format/month-input.js';
import { lineageKindLabel, statusLabel } from '../../internal/labels.js';
import { intlLocale } from '../../localization.js';
import type { AdvancedFilter, FilterDraft } from './advanced-filter.component.js';
import { filterErrorMessage, filterFieldLabel, textOpLabel } from './filter-labels.js';
import { monthField } from './month-field.js';
import { MonthPickerController, type MonthKey } from './month-picker-controller.js';
import { SAVED_VIEWS_PAGE_SIZE, pageOfViews, viewName } from './saved-view-list.js';

export { filterViewStyles as viewStyles } from './filter-view.styles.js';

function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The filter's form and saved views, loaded with `import()` when the filter is first shown (or
 * when the page is idle), so that a page whose filter stays closed does not load them up front.
 * The element keeps the value, the draft, validation and the saved views' store; this renders
 * them and turns input into edits.
 */
export class FilterView {
  /** The year and month picker of "From month" and "To month". */
  private readonly monthPicker: MonthPickerController;

  constructor(private readonly host: AdvancedFilter) {
    this.monthPicker = new MonthPickerController(host, {
      root: () => host.renderRoot,
      value: (key) => {
        const reading = readMonthInput(host.draft[key], intlLocale());
        return 'month' in reading ? reading.month : undefined;
      },
      choose: (key, month) => this.edit({ [key]: formatMonth(month, intlLocale()) }, key, 'monthTo'),
      thisYear: () => new Date().getFullYear(),
    });
  }

  private edit(patch: Partial<FilterDraft>, ...touched: FilterKey[]): void {
    this.host.draft = { ...this.host.draft, ...patch };
    if (touched.some((key) => this.host.errors.has(key))) {
      const errors = new Map(this.host.errors);
      for (const key of touched) errors.delete(key);
      this.host.errors = errors;
    }
  }

  private editText(field: FilterTextField, patch: Partial<TextCondition>): void {
    this.edit({ text: { ...this.host.draft.text, [field]: { ...this.host.draft.text[field], ...patch } } }, field);
  }

  private toggleIn<T>(list: T[], item: T, on: boolean): T[] {
    return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.host.emit('invoice-filter-toggle', { open: false });
      return;
    }
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.composedPath()[0] as HTMLElement;
    // Enter in the saved views' own fields (name, search) is theirs, not the filter's.
    if (target.closest?.('.save-view, #view-search')) return;
    // Enter in any field applies (checkboxes and selects included), as the form's default action.
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      event.preventDefault();
      this.host.apply();
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.host.apply();
  }

  private async saveView(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const name = this.host.viewName.trim();
    if (!name) {
      this.host.viewNameError = msg('Enter a name for the view.', { id: 'filter.views.name-required' });
      this.host.renderRoot.querySelector<HTMLInputElement>('#view-name')?.focus();
      return;
    }
    this.host.viewNameError = '';
    if (!this.host.apply()) return;
    const existing = this.host.views.views.find((v) => v.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    const view: SavedView = {
      id: existing?.id ?? newViewId(),
      name,
      search: this.host.search ?? '',
      filter: this.host.value,
      sort: [...(this.host.sort ?? [])],
      ...(this.host.columns ? { columns: { order: [...this.host.columns.order], hidden: [...this.host.columns.hidden] } } : {}),
      savedAt: new Date().toISOString(),
    };
    try {
      await this.host.store.save(view);
    } catch (error) {
      this.host.reportStorageError(error);
      return;
    }
    this.host.viewName = '';
    await this.host.loadViews();
    this.host.statusMessage = msg(str`View "${name}" saved.`, { id: 'filter.views.saved' });
  }

  /** Deletes a saved view, keeping focus in the list. */
  private async deleteView(view: SavedView, index: number): Promise<void> {
    try {
      await this.host.store.remove(view.id);
    } catch (error) {
      this.host.reportStorageError(error);
      return;
    }
    await this.host.loadViews();
    const name = viewName(view.name).label;
    this.host.statusMessage = msg(str`View "${name}" deleted.`, { id: 'filter.views.deleted' });
    await this.host.updateComplete;
    // Keep focus in the list: the next view, the previous one, or the name field.
    const buttons = [...this.host.renderRoot.querySelectorAll<HTMLElement>('[part~="saved-view-apply"]')];
    (buttons[Math.min(index, buttons.length - 1)] ?? this.host.renderRoot.querySelector<HTMLElement>('#view-name'))?.focus();
  }

  // ---- rendering --------------------------------------------------------------------

  private describedBy(key: FilterKey, hint?: string) {
    const ids = [hint, this.host.errors.has(key) ? `e-${key}` : undefined].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private errorFor(key: FilterKey): TemplateResult | typeof nothing {
    const code = this.host.errors.get(key);
    if (!code) return nothing;
    return html`<span class="error" part="error" id=${`e-${key}`}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4v5M8 11v1" stroke="#fff" stroke-width="2" />
      </svg>
      ${filterErrorMessage(code)}
    </span>`;
  }

  private monthField(key: MonthKey): TemplateResult {
    const locale = intlLocale();
    const reading = readMonthInput(this.host.draft[key], locale);
    return monthField({
      key,
      label: filterFieldLabel(key),
      text: this.host.draft[key],
      value: 'month' in reading ? reading.month : undefined,
      invalid: this.host.errors.has(key),
      describedBy: this.describedBy(key),
      error: this.errorFor(key),
      locale,
      picker: this.monthPicker,
      onInput: (text) => this.edit({ [key]: text }, key, 'monthTo'),
      onCommit: () => {
        const typed = readMonthInput(this.host.draft[key], locale);
        if ('month' in typed) this.edit({ [key]: formatMonth(typed.month, locale) });
      },
    });
  }

  /**
   * A number typed as text (amounts, day and month counts): what was typed survives until it
   * is valid. `also` names the field validated with it (the other end of a range).
   */
  private numberField(
    key: 'amountMin' | 'amountMax' | 'dueWithinDays' | 'paidWithinMonths',
    inputmode: 'decimal' | 'numeric',
    ...also: FilterKey[]
  ): TemplateResult {
    return html`<div class="field" part="field">
      <label for=${`f-${key}`}>${filterFieldLabel(key)}</label>
      <input
        id=${`f-${key}`}
        class="input"
        part="input"
        type="text"
        inputmode=${inputmode}
        autocomplete="off"
        .value=${live(this.host.draft[key])}
        aria-invalid=${this.host.errors.has(key) ? 'true' : 'false'}
        aria-describedby=${this.describedBy(key)}
        @input=${(e: Event) => this.edit({ [key]: (e.target as HTMLInputElement).value }, key, ...also)}
      />
      ${this.errorFor(key)}
    </div>`;
  }

  private currencyField(): TemplateResult {
    const locale = intlLocale();
    const codes = [...this.host.currencies];
    if (this.host.draft.currency && !codes.includes(this.host.draft.currency)) codes.push(this.host.draft.currency);
    return html`<div class="field" part="field">
      <label for="f-currency">${filterFieldLabel('currency')}</label>
      <select
        id="f-currency"
        class="input"
        part="select"
        .value=${live(this.host.draft.currency)}
        aria-invalid=${this.host.errors.has('currency') ? 'true' : 'false'}
        aria-describedby=${this.describedBy('currency')}
        @change=${(e: Event) => this.edit({ currency: (e.target as HTMLSelectElement).value }, 'currency')}
      >
        <option value="" ?selected=${!this.host.draft.currency}>${msg('Any currency', { id: 'filter.currency.any' })}</option>
        ${codes.map((code) => html`<option value=${code} ?selected=${this.host.draft.currency === code}>${code} – ${currencyName(code, locale)}</option>`)}
      </select>
      ${this.errorFor('currency')}
    </div>`;
  }

  private checkGroup<T extends string>(
    key: 'statuses' | 'kinds',
    options: readonly T[],
    label: (value: T) => string,
    selected: T[],
  ): TemplateResult {
    return html`<fieldset class="field" part="field" id=${`f-${key}`}>
      <legend>${filterFieldLabel(key)}</legend>
      ${options.map(
        (option) =>
          html`<label class="check">
            <input
              type="checkbox"
              .checked=${live(selected.includes(option))}
              value=${option}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                this.edit({ [key]: this.toggleIn(this.host.draft[key] as string[], option, on) } as Partial<FilterDraft>, key);
              }}
            />
            ${label(option)}
          </label>`,
      )}
    </fieldset>`;
  }

  private textField(field: FilterTextField): TemplateResult {
    const label = filterFieldLabel(field);
    const condition = this.host.draft.text[field];
    return html`<div class="field" part="field">
      <label for=${`f-${field}`}>${label}</label>
      <div class="text-field">
        <select
          class="input"
          part="select"
          aria-label=${msg(str`Match for ${label}`, { id: 'filter.op.label' })}
          .value=${live(condition.op)}
          @change=${(e: Event) => this.editText(field, { op: (e.target as HTMLSelectElement).value as TextMatchOp })}
        >
          ${(['contains', 'equals'] as const).map((op) => html`<option value=${op} ?selected=${condition.op === op}>${textOpLabel(op)}</option>`)}
        </select>
        <input
          id=${`f-${field}`}
          class="input"
          part="input"
          type="text"
          autocomplete="off"
          .value=${live(condition.value)}
          @input=${(e: Event) => this.editText(field, { value: (e.target as HTMLInputElement).value })}
        />
      </div>
    </div>`;
  }

  /** The date-relative conditions, offered when the adapter gives billing figures or the value already uses them. */
  private paymentFields(): TemplateResult | typeof nothing {
    if (typeof this.host.adapter?.billingSummary !== 'function' && !hasDateConditions(this.host.value)) return nothing;
    const count = (key: 'dueWithinDays' | 'paidWithinMonths') => this.numberField(key, 'numeric');
    return html`<fieldset class="field payment" part="field">
      <legend>${msg('Payment', { id: 'filter.payment' })}</legend>
      <label class="check">
        <input
          id="f-overdue"
          type="checkbox"
          .checked=${live(this.host.draft.overdue)}
          @change=${(e: Event) => this.edit({ overdue: (e.target as HTMLInputElement).checked }, 'overdue')}
        />
        ${filterFieldLabel('overdue')}
      </label>
      ${count('dueWithinDays')} ${count('paidWithinMonths')}
    </fieldset>`;
  }

  private renderSavedViews(): TemplateResult | typeof nothing {
    if (this.host.noSavedViews) return nothing;
    return html`<section part="saved-views" aria-labelledby="views-heading">
      <h3 id="views-heading">${msg('Saved views', { id: 'filter.views.heading' })}</h3>
      <form class="save-view" novalidate @submit=${(e: SubmitEvent) => void this.saveView(e)}>
        <div class="field" part="field">
          <label for="view-name">${msg('View name', { id: 'filter.views.name' })}</label>
          <input
            id="view-name"
            class="input"
            part="input"
            type="text"
            autocomplete="off"
            .value=${live(this.host.viewName)}
            aria-invalid=${this.host.viewNameError ? 'true' : 'false'}
            aria-describedby=${this.host.viewNameError ? 'e-view-name' : nothing}
            @input=${(e: Event) => {
              this.host.viewName = (e.target as HTMLInputElement).value;
              this.host.viewNameError = '';
            }}
          />
          ${this.host.viewNameError ? html`<span class="error" part="error" id="e-view-name">${this.host.viewNameError}</span>` : nothing}
        </div>
        <button type="submit" class="button" part="save-view-button">${msg('Save view', { id: 'filter.views.save' })}</button>
      </form>
      ${this.renderViewList()}
    </section>`;
  }

  private renderViewList(): TemplateResult {
    const all = this.host.views.views.length;
    if (!all) return html`<p class="empty">${msg('No saved views yet.', { id: 'filter.views.empty' })}</p>`;
    const paged = all > SAVED_VIEWS_PAGE_SIZE;
    const shown = pageOfViews(this.host.views, paged ? this.host.viewSearch : '', this.host.viewPage);
    const locale = intlLocale();
    const from = formatCount(shown.start + 1, locale);
    const to = formatCount(shown.start + shown.views.length, locale);
    const of = formatCount(shown.matches, locale);
    return html`${
      paged
        ? html`<div class="field" part="field">
            <label for="view-search">${msg('Search saved views', { id: 'filter.views.search' })}</label>
            <input
              id="view-search"
              class="input"
              part="input saved-view-search"
              type="search"
              autocomplete="off"
              .value=${live(this.host.viewSearch)}
              @input=${(e: Event) => {
                this.host.viewSearch = (e.target as HTMLInputElement).value;
                this.host.viewPage = 0;
              }}
            />
          </div>`
        : nothing
    }
    ${
      shown.views.length
        ? html`<ul part="saved-view-list" aria-labelledby="views-heading">
            ${shown.views.map((view, index) => {
              const name = viewName(view.name);
              return html`<li part="saved-view">
                <button
                  type="button"
                  class="button ghost"
                  part="saved-view-apply"
                  title=${name.capped ? name.full : nothing}
                  aria-label=${msg(str`Apply view: ${name.label}`, { id: 'filter.views.apply' })}
                  @click=${() => this.host.applyView(view)}
                >
                  <bdi>${name.shown}</bdi>
                </button>
                <button
                  type="button"
                  class="button ghost"
                  part="saved-view-delete"
                  aria-label=${msg(str`Delete view: ${name.label}`, { id: 'filter.views.delete' })}
                  @click=${() => void this.deleteView(view, index)}
                >
                  ${msg('Delete', { id: 'filter.views.delete-short' })}
                </button>
              </li>`;
            })}
          </ul>`
        : html`<p class="empty">${msg('No saved view has this name.', { id: 'filter.views.no-match' })}</p>`
    }
    ${
      paged
        ? html`<div part="saved-view-pager">
            <span role="status"> ${shown.matches ? msg(str`Views ${from}–${to} of ${of}`, { id: 'filter.views.range' }) : ''} </span>
            <button
              type="button"
              class="button"
              part="saved-view-previous"
              aria-label=${msg('Previous saved views', { id: 'filter.views.previous' })}
              ?disabled=${shown.page === 0}
              @click=${() => (this.host.viewPage = shown.page - 1)}
            >
              ${msg('Previous', { id: 'filter.views.previous-short' })}
            </button>
            <button
              type="button"
              class="button"
              part="saved-view-next"
              aria-label=${msg('Next saved views', { id: 'filter.views.next' })}
              ?disabled=${shown.page >= shown.pages - 1}
              @click=${() => (this.host.viewPage = shown.page + 1)}
            >
              ${msg('Next', { id: 'filter.views.next-short' })}
            </button>
          </div>`
        : nothing
    }`;
  }

  /** The panel: the form, its buttons and the saved views. */
  render(): TemplateResult {
    return html`<div part="panel" @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}>
      <h2 part="heading" id="heading">${msg('Advanced filter', { id: 'filter.heading' })}</h2>
      <form part="form" novalidate aria-labelledby="heading" @submit=${(e: SubmitEvent) => this.onSubmit(e)}>
        <div part="fields">
          ${this.monthField('monthFrom')} ${this.monthField('monthTo')} ${this.numberField('amountMin', 'decimal', 'amountMax')}
          ${this.numberField('amountMax', 'decimal')} ${this.currencyField()}
          ${this.checkGroup('statuses', INVOICE_STATUSES, statusLabel, this.host.draft.statuses)}
          ${this.checkGroup('kinds', LINEAGE_KINDS, lineageKindLabel, this.host.draft.kinds)}
          ${FILTER_TEXT_FIELDS.map((field) => this.textField(field))} ${this.paymentFields()}
        </div>
        <div part="actions">
          <button type="submit" class="button primary" part="apply-button">${msg('Apply', { id: 'filter.apply' })}</button>
          <button type="button" class="button" part="clear-button" @click=${() => this.host.clear()}>
            ${msg('Clear', { id: 'filter.clear' })}
          </button>
          ${
            this.host.closable
              ? html`<button
                  type="button"
                  class="button ghost"
                  part="close-button"
                  @click=${() => this.host.emit('invoice-filter-toggle', { open: false })}
                >
                  ${msg('Close', { id: 'filter.close' })}
                </button>`
              : nothing
          }
          <span part="status-message" role="status">${this.host.statusMessage}</span>
        </div>
      </form>
      ${this.renderSavedViews()}
    </div>`;
  }
}
