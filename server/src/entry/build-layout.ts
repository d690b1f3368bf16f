import { fileURLToPath } from 'node:url'

// Defined as `true` by scripts/build.ts in the bundle (server/dist/server.js); absent when
// this file runs from source.
declare const PORCHLIGHT_BUILT: boolean | undefined

const built = typeof PORCHLIGHT_BUILT !== 'undefined'

/**
 * Where the server finds what is not code: beside the bundle once built (`server/dist/`, so
 * the build can be copied or packed into an image on its own), in the repository when run
 * from source.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL(built ? './migrations' : '../db/migrations', import.meta.url))

/** `pnpm --filter @porchlight/widget build` writes widget.js and its chunks; the server build copies them. */
export const WIDGET_DIST = fileURLToPath(new URL(built ? './widget' : '../../../widget/dist', import.meta.url))
