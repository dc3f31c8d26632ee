import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
// The pseudo-locale is a development aid: the library build leaves it out of dist/.
import { withoutPseudoLocale } from './scripts/without-pseudo-locale.mjs';

/**
 * Ships files the bundler does not see: the theme style sheets (`./themes/*.css`) and the
 * JSX and Vue template typings generated from the manifest (`./jsx`, `./vue`), which tsc
 * does not copy because they are already declarations.
 */
function copyStatic(): Plugin {
  const copy = (from: string, to: string, suffix: string) => {
    if (!existsSync(from)) return;
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) if (name.endsWith(suffix)) copyFileSync(`${from}/${name}`, `${to}/${name}`);
  };
  // Storybook reuses this config; only the library build writes to dist.
  let library = false;
  return {
    name: 'invoice-copy-static',
    apply: 'build',
    configResolved(config) {
      library = !!config.build.lib && /(^|[\\/])dist$/.test(config.build.outDir);
    },
    closeBundle() {
      if (!library) return;
      copy('src/themes', 'dist/themes', '.css');
      copy('src/types', 'dist/types/types', '.d.ts');
    },
  };
}

/**
 * What stays a bare import in dist/: exactly the package's `dependencies` and
 * `peerDependencies` (and their subpaths), read from package.json, so a dependency added
 * there is external without a second list to keep. The portal's bundler or import map
 * provides them (stories/docs/embedding.mdx lists the import map; a test keeps it in step).
 */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const runtimePackages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isRuntimePackage = (id: string) => runtimePackages.some((name) => id === name || id.startsWith(`${name}/`));

// Library build: one ES module per entry, the runtime dependencies external. The spreadsheet
// writers and fflate (which the .xlsx and ZIP writers use) are loaded with import() on the
// first export or multi-file download. SheetJS is not used at run time (the tests read the
// files back with it). Experimental decorators are converted by Oxc (see tsconfig).
// @tanstack/table-core is a dev dependency, so it is bundled, with only the features the grid
// registers and its `process.env.NODE_ENV` checks resolved here: a page needs no shim.
export default defineConfig({
  plugins: [copyStatic(), withoutPseudoLocale()],
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
        'define/billing-summary': 'src/define/billing-summary.ts',
        'define/invoice-detail': 'src/define/invoice-detail.ts',
        'define/invoice-ticket-dialog': 'src/define/invoice-ticket-dialog.ts',
        react: 'src/react/index.ts',
        testing: 'src/testing/index.ts',
      },
    },
    rollupOptions: {
      external: isRuntimePackage,
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // React Server Components (Next.js App Router) import the React entry as a client
        // module only when it says so; a bundler drops the directive from the source.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'react' ? "'use client';" : ''),
      },
    },
  },
});
