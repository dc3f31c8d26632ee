export type * from './invoice-events.js';
