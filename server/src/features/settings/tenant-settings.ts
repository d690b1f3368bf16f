import { DEFAULT_TENANT_SETTINGS, type PatchTenantSettingsRequest, type TenantSettings } from '@porchlight/shared'
import { eq } from 'drizzle-orm'
import { tenants } from '../../db/schema/index.ts'
import type { TenantContext } from '../../context.ts'

/** The stored overrides laid over the defaults: settings added later apply to old tenants too. */
export function resolveSettings(stored: PatchTenantSettingsRequest): TenantSettings {
  return {
    rescheduleCutoffMinutes: stored.rescheduleCutoffMinutes ?? DEFAULT_TENANT_SETTINGS.rescheduleCutoffMinutes,
    windowHorizonDays: stored.windowHorizonDays ?? DEFAULT_TENANT_SETTINGS.windowHorizonDays,
    chatGraceHours: stored.chatGraceHours ?? DEFAULT_TENANT_SETTINGS.chatGraceHours,
    feedbackEditableHours: stored.feedbackEditableHours ?? DEFAULT_TENANT_SETTINGS.feedbackEditableHours,
    pushStopsAway: stored.pushStopsAway ?? DEFAULT_TENANT_SETTINGS.pushStopsAway,
    tokenExpiryDays: stored.tokenExpiryDays ?? DEFAULT_TENANT_SETTINGS.tokenExpiryDays,
    retentionDays: stored.retentionDays ?? DEFAULT_TENANT_SETTINGS.retentionDays,
    options: { ...DEFAULT_TENANT_SETTINGS.options, ...stored.options },
    branding: { ...DEFAULT_TENANT_SETTINGS.branding, ...stored.branding },
  }
}

export async function getSettings({ ctx }: { ctx: TenantContext }): Promise<TenantSettings> {
  const [row] = await ctx.db.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, ctx.tenantId))
  return resolveSettings(row?.settings ?? {})
}

export async function patchSettings({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: PatchTenantSettingsRequest
}): Promise<TenantSettings> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ settings: tenants.settings })
      .from(tenants)
      .where(eq(tenants.id, ctx.tenantId))
      .for('update')
    const stored = row?.settings ?? {}
    const merged: PatchTenantSettingsRequest = {
      ...stored,
      ...input,
      options: { ...stored.options, ...input.options },
      branding: { ...stored.branding, ...input.branding },
    }
    await tx.update(tenants).set({ settings: merged }).where(eq(tenants.id, ctx.tenantId))
    return resolveSettings(merged)
  })
}
