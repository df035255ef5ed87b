import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the browser tracker into `packages/tracker/dist/t.js`: one minified IIFE (no module
 * loader, no globals except `window.marketops`), ES2017 so it runs on every browser still in use.
 * The server serves it at `GET /t.js`.
 *
 * @example npm run build:tracker   # from the repository root
 */
export default defineConfig({
  root: import.meta.dirname,
  // Why: a library build must not copy the repository's public/ assets or read an index.html.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2017',
    minify: true,
    sourcemap: false,
    lib: {
      entry: path.resolve(import.meta.dirname, 'src/index.ts'),
      formats: ['iife'],
      // Why a name: Vite requires one for IIFE builds; the entry exports nothing, so no global is created.
      name: 'marketopsTracker',
      fileName: () => 't.js',
    },
  },
});
