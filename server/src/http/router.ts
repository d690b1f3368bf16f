import { OpenAPIHono } from '@hono/zod-openapi'
import type { FieldError } from '@porchlight/shared'
import type { z } from 'zod'
import type { AppEnv } from '../env.ts'
import { validationFailed } from '../errors/api-error.ts'

/** Turns zod issues into the problem body's `errors[]`, one entry per offending field. */
export function toFieldErrors(error: z.ZodError, target: string): FieldError[] {
  const prefix = target === 'json' ? [] : [target === 'param' ? 'path' : target]
  return error.issues.flatMap((issue): FieldError[] => {
    const path = [...prefix, ...issue.path.map(String)]
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'is not a known field' }))
    }
    return [{ path: path.join('.') || '(body)', message: issue.message }]
  })
}

/** A router whose request validation failures all become one problem+json shape. */
export function createRouter<E extends AppEnv = AppEnv>() {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) throw validationFailed(toFieldErrors(result.error as z.ZodError, result.target))
    },
  })
}

