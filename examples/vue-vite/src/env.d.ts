/// <reference types="vite/client" />
// Types for the invoice tags in templates, generated from the manifest.
import type {} from '@invoice-section/elements/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
