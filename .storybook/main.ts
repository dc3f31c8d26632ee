import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook reuses vite.config.ts, which is a library build (entries, externals). Here the
 * same config builds an app: the library settings go, the Oxc decorator handling from
 * tsconfig stays.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar: the front page is the project's Introduction.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    const build = { ...viteConfig.build };
    delete build.lib;
    const { external: _external, output: _output, ...rollupOptions } = build.rollupOptions ?? {};
    build.rollupOptions = rollupOptions;
    // Storybook writes its manager into the output directory first: the preview build must
    // not empty it (vite.config.ts empties dist/ for the library).
    build.emptyOutDir = false;
    // Storybook's own runtime is one large chunk; that is expected, not a warning.
    build.chunkSizeWarningLimit = 4096;
    // Storybook's web-components renderer imports `lit/directive-helpers.js` from a module
    // Vite does not pre-bundle; left alone, that loads a second copy of lit-html ("Multiple
    // versions of Lit loaded"). Pre-bundled with the rest of Lit, there is one copy.
    const optimizeDeps = { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] };
    return { ...viteConfig, build, optimizeDeps };
  },
};

export default config;
