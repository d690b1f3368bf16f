import { defineConfig, type Plugin } from 'vite'

/**
 * Library mode keeps the entry's exports exactly as written ('strict'), so code the lazy panel
 * shares with widget.js (Lit, formatting, events) cannot be exported from widget.js to it: the
 * bundler moves it into a third chunk instead, which widget.js then imports on every first load.
 * 'allow-extension' lets widget.js export those bindings too (under minified names); the panel
 * chunk imports them from `./widget.js`. Set from a plugin because Vite's `rolldownOptions` type
 * leaves this option out.
 */
const entryMayExportSharedCode: Plugin = {
  name: 'porchlight:entry-may-export-shared-code',
  options: (options) => ({ ...options, preserveEntrySignatures: 'allow-extension' }),
}

export default defineConfig({
  plugins: [entryMayExportSharedCode],
  build: {
    // dist/widget.js is the file `GET /widget.js` serves. Code loaded on demand (the "Manage
    // delivery" panel) is a chunk beside it, `widget-<name>-<hash>.js`, which widget.js imports
    // by a URL relative to its own, so both must be served from one directory. The hash changes
    // with the content, so a chunk may be cached for good.
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'widget.js' },
    target: 'es2022',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        chunkFileNames: 'widget-[name]-[hash].js',
        // Vite 8 leaves library ES output unminified unless told.
        minify: true,
        // Keep Lit's BSD licence notices; drop the pure annotations no one downstream reads.
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
})
