// What the vaadin-grid benchmark page ships: the grid and its sort column (Lit included).
export * from '@vaadin/grid/vaadin-grid.js';
export * from '@vaadin/grid/vaadin-grid-sort-column.js';
