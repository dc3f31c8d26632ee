import { defineConfig } from 'vite';

// No React plugin needed: Vite compiles TSX with the automatic JSX runtime.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
