import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer alone, for the browser host (src/main/host): same source as the Electron renderer,
// built to out/web. No preload here: src/renderer/src/bridge talks to the host over /rpc and /events.
export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve('out/web'),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
  },
});
