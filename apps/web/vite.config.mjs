// The officers' web app: built into dist/web and served by the api under /app/ (README, "The web app").
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
});
