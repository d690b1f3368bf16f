CREATE TABLE "eta_stats" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"stats" jsonb NOT NULL,
	"routes_learned" integer NOT NULL,
	"learned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_events" (
	"shipment_id" text NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_events_shipment_id_seq_pk" PRIMARY KEY("shipment_id","seq")
);
--> statement-breakpoint
CREATE TABLE "route_positions" (
	"tenant_id" text NOT NULL,
	"route_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	CONSTRAINT "route_positions_tenant_id_route_id_at_pk" PRIMARY KEY("tenant_id","route_id","at")
);
--> statement-breakpoint
CREATE TABLE "route_stops" (
	"shipment_id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"route_id" text NOT NULL,
	"seq" integer NOT NULL,
	"service_minutes" double precision,
	"arrived_at" timestamp with time zone,
	"departed_at" timestamp with time zone,
	"eta_expected" timestamp with time zone,
	"eta_earliest" timestamp with time zone,
	"eta_latest" timestamp with time zone,
	"eta_updated_at" timestamp with time zone,
	"eta_sent_start" timestamp with time zone,
	"eta_sent_end" timestamp with time zone,
	"eta_sent_stops_away" integer,
	"eta_sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "routes" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"driver_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "routes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "shipments" ADD COLUMN "live_seq" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "eta_stats" ADD CONSTRAINT "eta_stats_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_events" ADD CONSTRAINT "live_events_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_positions" ADD CONSTRAINT "route_positions_tenant_id_route_id_routes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","route_id") REFERENCES "public"."routes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_stops" ADD CONSTRAINT "route_stops_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_stops" ADD CONSTRAINT "route_stops_tenant_id_route_id_routes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","route_id") REFERENCES "public"."routes"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routes" ADD CONSTRAINT "routes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "route_stops_route_idx" ON "route_stops" USING btree ("tenant_id","route_id","seq");