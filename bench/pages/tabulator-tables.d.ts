// tabulator-tables ships no type declarations; the page uses a handful of calls.
declare module 'tabulator-tables';
