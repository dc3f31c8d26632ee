import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { formatMonth } from '../../format/formatters.js';
import type { MonthKey, MonthPickerController } from './month-picker-controller.js';

export interface MonthFieldView {
  key: MonthKey;
  label: string;
  /** The text in the field, as typed (a chosen month shows in the locale's words). */
  text: string;
  /** The month the field holds, when it holds one. */
  value: string | undefined;
  invalid: boolean;
  describedBy: string | typeof nothing;
  error: TemplateResult | typeof nothing;
  locale: string;
  picker: MonthPickerController;
  onInput: (text: string) => void;
  /** The field lost focus or Enter was pressed: a month typed in any form shows in the locale's words. */
  onCommit: () => void;
}

const monthNameFormats = new Map<string, Intl.DateTimeFormat>();

/** "Jan", "1月", "1월": the month's name as the picker's buttons show it. */
function shortMonth(month: number, locale: string): string {
  let format = monthNameFormats.get(locale);
  if (!format) monthNameFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(2000, month - 1, 15)));
}

/**
 * A month field of the advanced filter: a text box named by its label, in which a month can
 * be typed in any usual form ("2020-05", "May 2020", "2020年5月"), and a button that opens a
 * year and month picker written in the UI's language, the same in every browser (the native
 * month input is missing in Firefox and Safari on the desktop and follows the browser's
 * language, not the page's).
 */
export function monthField(v: MonthFieldView): TemplateResult {
  const open = v.picker.open === v.key;
  const id = `f-${v.key}`;
  const example = formatMonth('2020-05', v.locale);
  return html`<div class="field month-field" part="field" data-month-field=${v.key} @focusout=${v.picker.onFocusOut}>
    <label for=${id}>${v.label}</label>
    <div class="month-input">
      <input
        id=${id}
        class="input"
        part="input"
        type="text"
        autocomplete="off"
        placeholder=${msg(str`e.g. ${example}`, { id: 'filter.month.example' })}
        .value=${live(v.text)}
        aria-invalid=${v.invalid ? 'true' : 'false'}
        aria-describedby=${v.describedBy}
        @input=${(e: Event) => v.onInput((e.target as HTMLInputElement).value)}
        @change=${v.onCommit}
        @keydown=${(e: KeyboardEvent) => {
          if (e.altKey && e.key === 'ArrowDown') {
            e.preventDefault();
            v.picker.toggle(v.key);
          }
        }}
      />
      <button
        type="button"
        class="button icon"
        part="month-picker-button"
        aria-haspopup="dialog"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`p-${v.key}`}
        aria-label=${msg(str`Choose ${v.label}`, { id: 'filter.month.choose' })}
        @click=${() => v.picker.toggle(v.key)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.3" />
          <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" stroke="currentColor" stroke-width="1.3" />
        </svg>
      </button>
    </div>
    ${open ? picker(v) : nothing} ${v.error}
  </div>`;
}

function picker(v: MonthFieldView): TemplateResult {
  const { picker: controller, locale } = v;
  const year = controller.year;
  const chosen = v.value && Number(v.value.slice(0, 4)) === year ? Number(v.value.slice(5, 7)) : 0;
  return html`<div
    id=${`p-${v.key}`}
    class="month-picker"
    part="month-picker"
    role="dialog"
    aria-label=${v.label}
    @keydown=${controller.onKeydown}
  >
    <div class="picker-year">
      <button
        type="button"
        class="button ghost icon"
        aria-label=${msg('Previous year', { id: 'filter.month.previous-year' })}
        @click=${() => controller.step(-1)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="flip">
          <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </button>
      <span class="year" aria-live="polite">${year}</span>
      <button
        type="button"
        class="button ghost icon"
        aria-label=${msg('Next year', { id: 'filter.month.next-year' })}
        @click=${() => controller.step(1)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" class="flip">
          <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" stroke-width="1.6" />
        </svg>
      </button>
    </div>
    <div class="picker-months">
      ${Array.from({ length: 12 }, (_, i) => {
        const month = i + 1;
        const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
        return html`<button
          type="button"
          class="button ${chosen === month ? 'primary' : 'ghost'}"
          data-month=${month}
          aria-label=${formatMonth(iso, locale)}
          aria-pressed=${chosen === month ? 'true' : 'false'}
          tabindex=${chosen ? (chosen === month ? 0 : -1) : month === 1 ? 0 : -1}
          @click=${() => controller.pick(month)}
        >
          ${shortMonth(month, locale)}
        </button>`;
      })}
    </div>
  </div>`;
}
