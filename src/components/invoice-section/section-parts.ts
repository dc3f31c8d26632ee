/**
 * What the section shows only now and then, loaded with `import()` so that its first load
 * stays small: the active filter's chips and the notice about a link that could not be read
 * in full (with the filter fields' labels both name). The section waits for them before an
 * update that shows them (a filter or a link restored on the first paint included), so they
 * never appear late; it also fetches them when the page is idle. See `section-parts-loader.ts`.
 */
export { filterChips } from '../advanced-filter/filter-chips.js';
export { linkNotice, linkNoticeSentences } from './link-notice.js';
