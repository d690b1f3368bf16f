import { createRoute } from '@hono/zod-openapi'
import { TrackingView } from '@porchlight/shared'
import type { Context } from 'hono'
import { z } from 'zod'
import type { AppDeps } from '../../deps.ts'
import { notFound } from '../../errors/api-error.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { trackParams } from '../tokens/index.ts'
import { prepareTrackingView } from './get-tracking-view.ts'

/** The answer to a shopper's change: the whole view after it, which the widget shows as it is. */
export const viewAfterChange = { description: 'The tracking view after the change.', ...jsonContent(TrackingView) }

const writeProblems = problemResponses(400, 403, 404, 409, 413, 415)
const tags = ['Shopper']

/** A shopper's change at `path` (`/v1/track/{token}/…`) with a JSON body, answered with the view. */
export function putChangeRoute<T extends z.ZodType>(path: string, summary: string, schema: T) {
  return createRoute({
    method: 'put',
    path,
    tags,
    summary,
    request: { params: trackParams, body: { required: true, ...jsonContent(schema) } },
    responses: { 200: viewAfterChange, ...writeProblems },
  })
}

/** A shopper taking a choice back at `path`, answered with the view. */
export function deleteChangeRoute(path: string, summary: string) {
  return createRoute({ method: 'delete', path, tags, summary, request: { params: trackParams }, responses: { 200: viewAfterChange, ...writeProblems } })
}

/**
 * The shopper's view as it now is, read uncached, to answer their change with: the answer to a
 * write must show that write.
 */
export function freshView(deps: Pick<AppDeps, 'db' | 'clock'>) {
  const loadView = prepareTrackingView(deps.db)
  return async (c: Context): Promise<TrackingView> => {
    const tracked = await loadView(c.req.param('token') ?? '', deps.clock.now())
    if (!tracked) throw notFound('Delivery')
    return tracked.view
  }
}
