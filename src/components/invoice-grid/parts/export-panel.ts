import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { csvFormatNote } from '../../../export/messages.js';
import { formatCount } from '../../../format/formatters.js';
import type { ExportFormat, ExportScope } from '../controllers/export-controller.js';

export interface ExportPanelView {
  locale: string;
  format: ExportFormat;
  scope: ExportScope;
  progress: { done: number; total: number } | undefined;
  error: string;
  /** Selected rows (every matching row when all are selected). */
  selected: number;
  total: number;
  onFormat: (format: ExportFormat) => void;
  onScope: (scope: ExportScope) => void;
  onExport: () => void;
  onCancelExport: () => void;
  onClose: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** The export choices (format, rows), then the progress with "Cancel export". */
export function exportPanel(v: ExportPanelView): TemplateResult {
  return html`<div
    id="export-panel"
    class="panel"
    part="export-panel"
    role="group"
    aria-label=${msg('Export', { id: 'grid.export.title' })}
    @keydown=${v.onKeydown}
  >
    ${v.progress ? progress(v, v.progress) : choices(v)}
  </div>`;
}

function progress(v: ExportPanelView, p: { done: number; total: number }): TemplateResult {
  return html`<div class="export-progress">
    <label for="export-progress">${msg('Exporting…', { id: 'grid.export.running' })}</label>
    <progress id="export-progress" max=${Math.max(1, p.total)} .value=${p.done}></progress>
    <span>${formatCount(p.done, v.locale)} / ${formatCount(p.total, v.locale)}</span>
    <button type="button" class="button" @click=${v.onCancelExport}>${msg('Cancel export', { id: 'grid.export.cancel' })}</button>
  </div>`;
}

function choices(v: ExportPanelView): TemplateResult {
  const formats: Array<[ExportFormat, string]> = [
    ['xlsx', msg('Excel (.xlsx)', { id: 'grid.export.xlsx' })],
    ['csv', msg('CSV', { id: 'grid.export.csv' })],
  ];
  const scopes: Array<[ExportScope, string, boolean]> = [
    ['page', msg('This page', { id: 'grid.export.scope-page' }), true],
    ['selected', msg(str`Selected rows (${formatCount(v.selected, v.locale)})`, { id: 'grid.export.scope-selected' }), v.selected > 0],
    ['all', msg(str`All matching rows (${formatCount(v.total, v.locale)})`, { id: 'grid.export.scope-all' }), true],
  ];
  return html`<fieldset>
      <legend>${msg('Format', { id: 'grid.export.format' })}</legend>
      ${formats.map(
        ([format, label]) =>
          html`<label
            ><input
              type="radio"
              name="format"
              value=${format}
              aria-describedby=${format === 'csv' ? 'csv-note' : nothing}
              .checked=${v.format === format}
              @change=${() => v.onFormat(format)}
            />
            ${label}</label
          >`,
      )}
      <p id="csv-note" class="note">${csvFormatNote()}</p>
    </fieldset>
    <fieldset>
      <legend>${msg('Rows', { id: 'grid.export.rows' })}</legend>
      ${scopes.map(
        ([scope, label, enabled]) =>
          html`<label
            ><input
              type="radio"
              name="scope"
              value=${scope}
              ?disabled=${!enabled}
              .checked=${v.scope === scope}
              @change=${() => v.onScope(scope)}
            />
            ${label}</label
          >`,
      )}
    </fieldset>
    ${v.error ? html`<p class="error-text" role="alert">${v.error}</p>` : nothing}
    <div class="panel-actions">
      <button type="button" class="button" @click=${v.onClose}>${msg('Cancel', { id: 'grid.cancel' })}</button>
      <button type="button" class="button primary" @click=${v.onExport}>${msg('Export', { id: 'grid.export.start' })}</button>
    </div>`;
}
