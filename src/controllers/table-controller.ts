import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createTable,
  type RowData,
  type Table,
  type TableOptions,
  type TableOptionsResolved,
  type TableState,
} from '@tanstack/table-core';

/**
 * Holds one TanStack table (table-core 8.21) for a Lit host, the way TanStack's own Lit
 * adapter does: the table is created once, and `table(options)` merges the host's current
 * options and state into it on every render. The host owns every piece of state it cares
 * about (sorting, selection, visibility, order, sizing) and passes it in `options.state`
 * with `on…Change` handlers; any state it leaves out is kept here so the table stays
 * internally consistent.
 */
export class TableController<TData extends RowData> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private instance: Table<TData> | undefined;
  private internalState: TableState | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The table, with `options` applied. Call it from `render()` (or `willUpdate()`). */
  table(options: TableOptions<TData>): Table<TData> {
    if (!this.instance) {
      const resolved: TableOptionsResolved<TData> = {
        state: {},
        onStateChange: () => {},
        renderFallbackValue: null,
        ...options,
      };
      this.instance = createTable(resolved);
      this.internalState = { ...this.instance.initialState, ...options.state };
    }
    this.instance.setOptions((previous) => ({
      ...previous,
      ...options,
      state: { ...this.internalState, ...options.state } as TableState,
      onStateChange: (updater) => {
        this.internalState = typeof updater === 'function' ? updater(this.internalState as TableState) : updater;
        this.host.requestUpdate();
        options.onStateChange?.(updater);
      },
    }));
    return this.instance;
  }

  /** The table built by the last `table()` call, if any. */
  get current(): Table<TData> | undefined {
    return this.instance;
  }

  hostDisconnected(): void {
    // Nothing subscribes outside the host's render cycle; the instance is reused on reconnect.
  }
}
