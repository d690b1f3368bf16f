import { defineConfig } from 'vitest/config'

// Browser end-to-end tests start real servers and Chromium: one file at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
