// What the ag-grid benchmark page ships: the grid, the client-side row model, the column API
// (programmatic sort) and the quick filter.
export { ClientSideRowModelModule, ColumnApiModule, ModuleRegistry, QuickFilterModule, createGrid } from 'ag-grid-community';
