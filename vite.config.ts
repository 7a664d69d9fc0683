import { defineConfig } from 'vite';

// The dev server for `demo/` (and, later, Storybook's base config). Builds are driven by
// scripts/build.mjs, which makes the two library entries with their own settings.
export default defineConfig({
  root: '.',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  esbuild: { target: 'es2022' },
});
