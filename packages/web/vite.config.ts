import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the web UI into `packages/web/dist`, which the server serves at `/` (falling back to
 * `index.html` for client routes). In development, `/api` is proxied to a local server.
 *
 * @example npm run build:web   # from the repository root
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:4680',
    },
  },
});
