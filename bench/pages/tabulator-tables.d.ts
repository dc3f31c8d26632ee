// tabulator-tables ships no type declarations; the page uses a handful of calls.
declare module 'tabulator-tables' {
  export class Tabulator {
    static registerModule(modules: unknown[]): void;
    constructor(element: HTMLElement, options: Record<string, unknown>);
    on(event: string, callback: () => void): void;
    destroy(): void;
    setSort(field: string, direction: 'asc' | 'desc'): void;
    setFilter(filter: (data: never) => boolean): void;
  }
  export const SortModule: unknown;
  export const FilterModule: unknown;
}
