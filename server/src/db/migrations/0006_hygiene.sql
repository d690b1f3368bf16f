DROP INDEX "webhook_outbox_pending_idx";--> statement-breakpoint
DROP INDEX "webhook_outbox_due_idx";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD COLUMN "shipment_id" text;--> statement-breakpoint
ALTER TABLE "rate_limits" ADD COLUMN "window_end" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idempotency_keys_shipment_idx" ON "idempotency_keys" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "rate_limits_window_end_idx" ON "rate_limits" USING btree ("window_end");--> statement-breakpoint
CREATE INDEX "webhook_outbox_pending_idx" ON "webhook_outbox" USING btree ("shipment_id","seq");--> statement-breakpoint
CREATE INDEX "webhook_outbox_due_idx" ON "webhook_outbox" USING btree ("next_attempt_at");--> statement-breakpoint
-- Delivered events are deleted from now on; the ones kept so far would look pending without the column.
DELETE FROM "webhook_outbox" WHERE "delivered_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_outbox" DROP COLUMN "delivered_at";