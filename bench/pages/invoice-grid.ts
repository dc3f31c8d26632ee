import { installOurs } from './ours.js';

installOurs('invoice-grid', (grid) => grid.shadowRoot?.querySelector<HTMLElement>('[part="grid"]'));
