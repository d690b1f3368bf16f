import type { CaseList } from '@porchlight/shared'
import { desc, eq } from 'drizzle-orm'
import { cases, feedback, shipments } from '../../db/schema/index.ts'
import type { TenantContext } from '../../context.ts'

/** The tenant's open cases, newest first, each with its evidence and the shopper's words. */
export async function listCases({ ctx }: { ctx: TenantContext }): Promise<CaseList> {
  const rows = await ctx.db
    .select({ c: cases, orderRef: shipments.orderRef, rating: feedback.rating, comment: feedback.comment })
    .from(cases)
    .innerJoin(shipments, eq(shipments.id, cases.shipmentId))
    .innerJoin(feedback, eq(feedback.shipmentId, cases.shipmentId))
    .where(eq(cases.tenantId, ctx.tenantId))
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(500)
  return {
    cases: rows.map(({ c, orderRef, rating, comment }) => ({
      id: c.id,
      shipmentId: c.shipmentId,
      orderRef,
      kind: c.kind,
      openedAt: c.openedAt.toISOString(),
      rating,
      comment,
      evidence: c.evidence,
    })),
  }
}
