import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export interface ColumnsPanelItem {
  id: string;
  label: string;
  visible: boolean;
  hideable: boolean;
  /** Pinned to the start or the end of the rows; a column moves only among its group. */
  pin: 'start' | 'end' | false;
  /** It can move up / down within its group. */
  canMoveUp: boolean;
  canMoveDown: boolean;
  width: number;
  minWidth: number;
  maxWidth: number;
}

export interface ColumnsPanelView {
  /** Every column, in display order (pinned to the start, the others, pinned to the end). */
  columns: ColumnsPanelItem[];
  /** The column being dragged. */
  dragging: string | undefined;
  onVisible: (id: string, visible: boolean) => void;
  onWidth: (id: string, width: number) => void;
  onMove: (id: string, delta: number) => void;
  onDragStart: (event: PointerEvent) => void;
  onDragMove: (event: PointerEvent) => void;
  onDragEnd: (event: PointerEvent) => void;
  onReset: () => void;
  onDone: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

const ARROW = (up: boolean) =>
  html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
    <path d=${up ? 'm4 10 4-4 4 4' : 'm4 6 4 4 4-4'} fill="none" stroke="currentColor" stroke-width="1.6" />
  </svg>`;

/**
 * "Customize columns": a vertical list in display order, one row per column with a drag
 * handle, its visibility checkbox (named by the column), move up / down buttons, and its
 * width. Alt+Arrow Up / Down on a row moves its column (announced). Columns pinned to the
 * start or the end move within their group.
 */
export function columnsPanel(v: ColumnsPanelView): TemplateResult {
  return html`<div
    id="columns-panel"
    class="panel columns"
    part="columns-panel"
    role="group"
    aria-label=${msg('Customize columns', { id: 'grid.customize' })}
    @keydown=${v.onKeydown}
  >
    <p class="hint" id="columns-hint">
      ${msg('Drag a column by its handle, or press Alt+Up or Alt+Down on it, to move it.', { id: 'grid.columns.hint' })}
    </p>
    <ol class="column-list" aria-describedby="columns-hint">
      ${v.columns.map((column) => item(column, v))}
    </ol>
    <div class="panel-actions">
      <button type="button" class="button" @click=${v.onReset}>${msg('Reset', { id: 'grid.reset-columns' })}</button>
      <button type="button" class="button primary" @click=${v.onDone}>${msg('Done', { id: 'grid.done' })}</button>
    </div>
  </div>`;
}

function item(column: ColumnsPanelItem, v: ColumnsPanelView): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    v.onMove(column.id, event.key === 'ArrowUp' ? -1 : 1);
  };
  return html`<li
    data-column-id=${column.id}
    data-pin=${column.pin || nothing}
    class=${v.dragging === column.id ? 'dragging' : ''}
    @keydown=${onKeydown}
  >
    <span
      class="grip"
      part="drag-handle"
      aria-hidden="true"
      data-column-id=${column.id}
      @pointerdown=${v.onDragStart}
      @pointermove=${v.onDragMove}
      @pointerup=${v.onDragEnd}
      @pointercancel=${v.onDragEnd}
    >
      <svg viewBox="0 0 16 16" width="16" height="16">
        <g fill="currentColor">
          <circle cx="6" cy="4" r="1.3" />
          <circle cx="10" cy="4" r="1.3" />
          <circle cx="6" cy="8" r="1.3" />
          <circle cx="10" cy="8" r="1.3" />
          <circle cx="6" cy="12" r="1.3" />
          <circle cx="10" cy="12" r="1.3" />
        </g>
      </svg>
    </span>
    <label class="check">
      <input
        type="checkbox"
        .checked=${column.visible}
        ?disabled=${!column.hideable}
        @change=${(e: Event) => v.onVisible(column.id, (e.target as HTMLInputElement).checked)}
      />
      <span class="name"><bdi>${column.label}</bdi></span>
    </label>
    ${
      column.pin
        ? html`<span class="pinned" title=${pinnedLabel(column.pin)}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M6 2h4l-1 4 3 3H4l3-3zM8 9v5" fill="none" stroke="currentColor" stroke-width="1.3" />
            </svg>
            <span class="visually-hidden">${pinnedLabel(column.pin)}</span>
          </span>`
        : nothing
    }
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
      ?disabled=${!column.canMoveUp}
      @click=${() => v.onMove(column.id, -1)}
    >
      ${ARROW(true)}
    </button>
    <button
      type="button"
      class="button ghost icon"
      aria-label=${msg(str`Move ${column.label} down`, { id: 'grid.move-down' })}
      ?disabled=${!column.canMoveDown}
      @click=${() => v.onMove(column.id, 1)}
    >
      ${ARROW(false)}
    </button>
  </li>`;
}

function pinnedLabel(pin: 'start' | 'end'): string {
  return pin === 'start'
    ? msg('Pinned to the start of the row', { id: 'grid.columns.pinned-start' })
    : msg('Pinned to the end of the row', { id: 'grid.columns.pinned-end' });
}
