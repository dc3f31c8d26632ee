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
    return { ...viteConfig, build };
  },
};

export default config;
