/**
 * The embeddable library: components/index.ts bundled with lit and d3 into ONE ES module,
 * dist/lib/convlab.js, so `<script type="module" src="convlab.js">` is all a page or a
 * reveal.js deck needs (no CDN, no import map). Run after the site build, which empties dist/:
 * `vite build --config src/build/vite.lib.config.ts` (part of `npm run build`).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  // Workers and assets resolve next to convlab.js wherever a page serves it, not from the site root.
  base: './',
  // The site build copies public/; the library must not carry it along.
  publicDir: false,
  // Consumers have no bundler to replace this, and nothing may read `process` in a page.
  // CONVLAB_LIBRARY lets the filter lab find its photos next to convlab.js instead of the site root.
  define: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.env.CONVLAB_LIBRARY': 'true' },
  plugins: [
    {
      name: 'convlab-library-images',
      // The filter lab's sample photos (and their licences) travel with the bundle: dist/lib/images/.
      closeBundle() {
        cpSync(resolve(root, 'public/images'), resolve(root, 'dist/lib/images'), { recursive: true });
      },
    },
  ],
  build: {
    target: 'es2022',
    outDir: 'dist/lib',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'components/index.ts',
      formats: ['es'],
      fileName: () => 'convlab.js',
    },
    rollupOptions: {
      // One file: a lazily loaded module (e.g. answer grading) goes inside the bundle too.
      output: { codeSplitting: false },
    },
  },
});
