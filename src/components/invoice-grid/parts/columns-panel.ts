import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export interface ColumnsPanelItem {
  id: string;
  label: string;
  visible: boolean;
  hideable: boolean;
  width: number;
  minWidth: number;
  maxWidth: number;
}

export interface ColumnsPanelView {
  /** Every column, in the user's order. */
  columns: ColumnsPanelItem[];
  onVisible: (id: string, visible: boolean) => void;
  onWidth: (id: string, width: number) => void;
  onMove: (id: string, delta: number) => void;
  onDragStart: (id: string, event: DragEvent) => void;
  onDrop: (id: string, event: DragEvent) => void;
  onReset: () => void;
  onDone: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** "Customize columns": one checkbox per column (named by the column), a width field, move buttons, drag to reorder. */
export function columnsPanel(v: ColumnsPanelView): TemplateResult {
  const last = v.columns.length - 1;
  return html`<div
    id="columns-panel"
    class="panel"
    part="columns-panel"
    role="group"
    aria-label=${msg('Customize columns', { id: 'grid.customize' })}
    @keydown=${v.onKeydown}
  >
    <ul class="column-list">
      ${v.columns.map(
        (column, index) =>
          html`<li
            draggable="true"
            data-column-id=${column.id}
            @dragstart=${(e: DragEvent) => v.onDragStart(column.id, e)}
            @dragover=${(e: DragEvent) => e.preventDefault()}
            @drop=${(e: DragEvent) => v.onDrop(column.id, e)}
          >
            <span class="grip" aria-hidden="true">⠿</span>
            <label class="check">
              <input
                type="checkbox"
                .checked=${column.visible}
                ?disabled=${!column.hideable}
                @change=${(e: Event) => v.onVisible(column.id, (e.target as HTMLInputElement).checked)}
              />
              ${column.label}
            </label>
            <input
              class="input width"
              type="number"
              min=${column.minWidth}
              max=${column.maxWidth}
              step="10"
              .value=${String(column.width)}
              aria-label=${msg(str`Width of ${column.label} in pixels`, { id: 'grid.column-width' })}
              @change=${(e: Event) => v.onWidth(column.id, Number((e.target as HTMLInputElement).value) || column.width)}
            />
            <button
              type="button"
              class="button ghost icon"
              aria-label=${msg(str`Move ${column.label} up`, { id: 'grid.move-up' })}
              ?disabled=${index === 0}
              @click=${() => v.onMove(column.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="button ghost icon"
              aria-label=${msg(str`Move ${column.label} down`, { id: 'grid.move-down' })}
              ?disabled=${index === last}
              @click=${() => v.onMove(column.id, 1)}
            >
              ↓
            </button>
          </li>`,
      )}
    </ul>
    <div class="panel-actions">
      <button type="button" class="button" @click=${v.onReset}>${msg('Reset', { id: 'grid.reset-columns' })}</button>
      <button type="button" class="button primary" @click=${v.onDone}>${msg('Done', { id: 'grid.done' })}</button>
    </div>
  </div>`;
}
