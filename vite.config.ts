import { defineConfig } from 'vite';

// Shared Vite settings (Storybook's builder reads this file too). The package builds are driven
// by scripts/build.mjs with their own settings; the demo runs on the reference back end.
export default defineConfig({
  esbuild: { target: 'es2022' },
});
