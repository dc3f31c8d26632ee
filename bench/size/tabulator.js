// What the tabulator benchmark page ships: the core table, sort and filter modules and the stylesheet.
import 'tabulator-tables/dist/css/tabulator.min.css';
export { FilterModule, SortModule, Tabulator } from 'tabulator-tables';
