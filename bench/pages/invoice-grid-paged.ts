import { installOurs } from './ours.js';

// A page of rows is not a scroll container; the page scrolls it inside a fixed-height box.
installOurs('invoice-grid-paged', () => document.getElementById('box'), 25);
