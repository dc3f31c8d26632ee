import { AdvancedFilter } from '../components/advanced-filter/advanced-filter.component.js';
import { defineElement } from '../internal/invoice-element.js';

defineElement('advanced-filter', AdvancedFilter);

declare global {
  interface HTMLElementTagNameMap {
    'advanced-filter': AdvancedFilter;
  }
}

export { AdvancedFilter };
