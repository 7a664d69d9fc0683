import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // Single-file components are compiled here, so this is where Vue learns that the tag is a
      // custom element (app.config.compilerOptions only reaches templates compiled in the browser).
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'cloudpc-unsubscribe' } },
    }),
  ],
});
