import { createRoute } from '@hono/zod-openapi'
import { CaseList, Inbox, InboxQuery } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { retailerAuth } from '../tenants/retailer-auth.ts'
import { jsonContent } from '../../http/json-content.ts'
import { problemResponses } from '../../http/problem-responses.ts'
import { createRouter } from '../../http/router.ts'
import { listCases } from '../feedback/list-cases.ts'
import { listInbox } from './inbox.ts'

const security = [{ apiKey: [] }]

const inboxRoute = createRoute({
  method: 'get',
  path: '/v1/messages',
  tags: ['Conversation'],
  security,
  summary: 'Every conversation\'s messages across the tenant, oldest first; poll with `after` for new ones',
  request: { query: InboxQuery },
  responses: { 200: { description: 'A page.', ...jsonContent(Inbox) }, ...problemResponses(400, 401) },
})

const casesRoute = createRoute({
  method: 'get',
  path: '/v1/cases',
  tags: ['Feedback'],
  security,
  summary: 'Problems shoppers reported (not received, damaged), newest first, with the evidence',
  responses: { 200: { description: 'At most 500.', ...jsonContent(CaseList) }, ...problemResponses(401) },
})

/** What a retailer's support desk watches: the inbox and the cases. */
export function supportDeskRoutes(deps: AppDeps) {
  const router = createRouter()
  const auth = retailerAuth(deps)
  router.use('/v1/messages', auth)
  router.use('/v1/cases', auth)
  const ctx = (tenantId: string) => ({ ...deps, tenantId })
  router.openapi(inboxRoute, async (c) => c.json(await listInbox({ ctx: ctx(c.var.tenant.id), input: c.req.valid('query') }), 200))
  router.openapi(casesRoute, async (c) => c.json(await listCases({ ctx: ctx(c.var.tenant.id) }), 200))
  return router
}
