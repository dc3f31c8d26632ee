/**
 * The grid's panels, "Customize columns" and the export choices with their progress, and the
 * row menu with its behaviour: loaded with `import()` the first time one opens (or when the page
 * is idle, see `loadPanels`), so that the grid's first load leaves them out. Their styles come
 * with them (each grid adopts them).
 */
export { columnsPanel } from './columns-panel.js';
export { exportPanel } from './export-panel.js';
export { panelStyles } from './panels.styles.js';
export { rowMenu } from './row-menu.js';
export { MenuController } from '../controllers/menu-controller.js';
