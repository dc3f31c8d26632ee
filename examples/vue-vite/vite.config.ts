import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const INVOICE_TAGS = new Set([
  'invoice-section',
  'invoice-grid',
  'invoice-status-tabs',
  'invoice-download-dialog',
  'advanced-filter',
  'billing-summary',
  'invoice-detail',
  'invoice-ticket-dialog',
]);

export default defineConfig({
  // Vue renders these as custom elements (properties bound with :prop, events with @invoice-…).
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => INVOICE_TAGS.has(tag) } } })],
});
