import type { PutWebhookRequest, WebhookEndpoint } from '@porchlight/shared'
import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../deps.ts'
import { webhookEndpoints } from '../../db/schema/index.ts'
import { notFound, validationFailed } from '../../errors/api-error.ts'
import type { TenantContext } from '../../context.ts'
import { resolveTarget, targetPolicyOf } from '../../outbound/target-policy.ts'

type EndpointContext = TenantContext & Pick<AppDeps, 'outbound'>

/** Sets where the tenant's events go; a URL that could reach a private network is refused. */
export async function putWebhook({ ctx, input }: { ctx: EndpointContext; input: PutWebhookRequest }): Promise<WebhookEndpoint> {
  const target = await resolveTarget(new URL(input.url), targetPolicyOf(ctx), 'webhook')
  if (!target.ok) throw validationFailed([{ path: 'url', message: target.refusal }])
  const createdAt = ctx.clock.now()
  await ctx.db
    .insert(webhookEndpoints)
    .values({ tenantId: ctx.tenantId, url: input.url, secret: input.secret, createdAt })
    .onConflictDoUpdate({ target: webhookEndpoints.tenantId, set: { url: input.url, secret: input.secret, createdAt } })
  return { url: input.url, createdAt: createdAt.toISOString() }
}

export async function getWebhook({ ctx }: { ctx: TenantContext }): Promise<WebhookEndpoint> {
  const [row] = await ctx.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, ctx.tenantId))
  if (!row) throw notFound('Webhook')
  return { url: row.url, createdAt: row.createdAt.toISOString() }
}

/** Stops sending; events already queued wait, and go out if a webhook is set again. */
export async function deleteWebhook({ ctx }: { ctx: TenantContext }): Promise<void> {
  const deleted = await ctx.db.delete(webhookEndpoints).where(eq(webhookEndpoints.tenantId, ctx.tenantId)).returning()
  if (deleted.length === 0) throw notFound('Webhook')
}
