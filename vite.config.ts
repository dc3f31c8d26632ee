import { defineConfig } from 'vite';

// Library build: one ES module per entry, lit and the other runtime dependencies external,
// SheetJS and fflate loaded lazily by the export and ZIP code (dynamic import → own chunk
// in the consumer's bundle). Experimental decorators are converted by Oxc (see tsconfig).
export default defineConfig({
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      formats: ['es'],
      entry: {
        index: 'src/index.ts',
        classes: 'src/classes.ts',
        adapters: 'src/data/index.ts',
        'define/invoice-grid': 'src/define/invoice-grid.ts',
        'define/invoice-status-tabs': 'src/define/invoice-status-tabs.ts',
        'define/invoice-download-dialog': 'src/define/invoice-download-dialog.ts',
        'define/advanced-filter': 'src/define/advanced-filter.ts',
        'define/invoice-section': 'src/define/invoice-section.ts',
      },
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@tanstack\//, /^@e965\/xlsx/, /^fflate/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
