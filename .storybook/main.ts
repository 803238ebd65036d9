import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: {
    // Not the root vite.config.ts: that one is the library build.
    builder: {
      name: '@storybook/builder-vite',
      options: { viteConfigPath: '.storybook/vite.config.ts' },
    },
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Storybook ignores `build` in its Vite config file (all but `target`): set here.
  viteFinal: (config) => ({
    ...config,
    build: {
      ...config.build,
      // The static Storybook is a review tool, not the library: its big chunks are Storybook's own
      // preview runtime (~1.2 MB), docs blocks (~750 kB) and axe-core (~660 kB). The library's
      // size budget is `npm run size` (.size-limit.js).
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        ...config.build?.rolldownOptions,
        // Timings of Storybook's own CSF transform (a few seconds on 2 cores): not a problem.
        checks: { ...config.build?.rolldownOptions?.checks, bundlerTimings: false },
      },
    },
  }),
  typescript: {
    // Props documented through `extends BannerProps` and `Omit<…>` need the TypeScript checker.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: './tsconfig.json',
      // Components only: the library's and the stories' helpers (not the story files, nor
      // `.storybook/preview.tsx`, which has no component to document).
      include: ['src/**/*.tsx', 'stories/**/*.tsx'],
      exclude: ['**/*.stories.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // Only this library's props: not the 250 inherited HTML attributes.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
};

export default config;
