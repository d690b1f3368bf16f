import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    // One self-contained ES module at dist/widget.js: the file `GET /widget.js` serves.
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'widget.js' },
    target: 'es2022',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Vite 8 leaves library ES output unminified unless told.
        minify: true,
        // Keep Lit's BSD licence notices; drop the pure annotations no one downstream reads.
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
})
