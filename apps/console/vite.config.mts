import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** The console's build: React's automatic JSX runtime (Vite transforms TSX itself), libs by their workspace alias. */
export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: { alias: [{ find: /^@jaring\/(.*)$/, replacement: resolve(root, '../../libs/$1/src') }] },
  build: {
    outDir: resolve(root, '../../dist/console'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
    rolldownOptions: {
      // Mantine marks its modules "use client" for React Server Components; a browser bundle has none.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
