import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsroom_webhooks_events" AS ENUM('story.published', 'story.stateChanged', 'story.withdrawn', 'update.published', 'update.corrected', 'update.withdrawn', 'claim.approved', 'claim.corrected', 'claim.superseded', 'claim.retracted');
  CREATE TYPE "public"."enum_newsroom_webhook_deliveries_status" AS ENUM('pending', 'delivered', 'failed', 'cancelled');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'newsroomDeliverWebhook', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'newsroomDeliverWebhook', 'schedulePublish');
  CREATE TABLE "newsroom_webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_newsroom_webhooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "newsroom_webhooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"consecutive_failures" numeric DEFAULT 0,
  	"disabled_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsroom_webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscription_id" integer NOT NULL,
  	"event" numeric NOT NULL,
  	"event_type" varchar NOT NULL,
  	"webhook_id" varchar NOT NULL,
  	"status" "enum_newsroom_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"last_status_code" numeric,
  	"last_error" varchar,
  	"last_attempt_at" timestamp(3) with time zone,
  	"delivered_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "updates" ADD COLUMN "embargo_until" timestamp(3) with time zone;
  ALTER TABLE "_updates_v" ADD COLUMN "version_embargo_until" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsroom_webhooks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsroom_webhook_deliveries_id" integer;
  ALTER TABLE "newsroom_webhooks_events" ADD CONSTRAINT "newsroom_webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsroom_webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsroom_webhook_deliveries" ADD CONSTRAINT "newsroom_webhook_deliveries_subscription_id_newsroom_webhooks_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."newsroom_webhooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "newsroom_webhooks_events_order_idx" ON "newsroom_webhooks_events" USING btree ("order");
  CREATE INDEX "newsroom_webhooks_events_parent_idx" ON "newsroom_webhooks_events" USING btree ("parent_id");
  CREATE INDEX "newsroom_webhooks_updated_at_idx" ON "newsroom_webhooks" USING btree ("updated_at");
  CREATE INDEX "newsroom_webhooks_created_at_idx" ON "newsroom_webhooks" USING btree ("created_at");
  CREATE INDEX "newsroom_webhook_deliveries_subscription_idx" ON "newsroom_webhook_deliveries" USING btree ("subscription_id");
  CREATE INDEX "newsroom_webhook_deliveries_event_idx" ON "newsroom_webhook_deliveries" USING btree ("event");
  CREATE INDEX "newsroom_webhook_deliveries_webhook_id_idx" ON "newsroom_webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "newsroom_webhook_deliveries_status_idx" ON "newsroom_webhook_deliveries" USING btree ("status");
  CREATE INDEX "newsroom_webhook_deliveries_updated_at_idx" ON "newsroom_webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "newsroom_webhook_deliveries_created_at_idx" ON "newsroom_webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsroom_webhooks_fk" FOREIGN KEY ("newsroom_webhooks_id") REFERENCES "public"."newsroom_webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsroom_webhook_deliveries_fk" FOREIGN KEY ("newsroom_webhook_deliveries_id") REFERENCES "public"."newsroom_webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "updates_embargo_until_idx" ON "updates" USING btree ("embargo_until");
  CREATE INDEX "_updates_v_version_version_embargo_until_idx" ON "_updates_v" USING btree ("version_embargo_until");
  CREATE INDEX "payload_locked_documents_rels_newsroom_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("newsroom_webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_newsroom_webhook_deliverie_idx" ON "payload_locked_documents_rels" USING btree ("newsroom_webhook_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsroom_webhooks_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsroom_webhooks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsroom_webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsroom_webhooks_events" CASCADE;
  DROP TABLE "newsroom_webhooks" CASCADE;
  DROP TABLE "newsroom_webhook_deliveries" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsroom_webhooks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsroom_webhook_deliveries_fk";
  
  DROP INDEX "updates_embargo_until_idx";
  DROP INDEX "_updates_v_version_version_embargo_until_idx";
  DROP INDEX "payload_locked_documents_rels_newsroom_webhooks_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsroom_webhook_deliverie_idx";
  ALTER TABLE "updates" DROP COLUMN "embargo_until";
  ALTER TABLE "_updates_v" DROP COLUMN "version_embargo_until";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsroom_webhooks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsroom_webhook_deliveries_id";
  DROP TYPE "public"."enum_newsroom_webhooks_events";
  DROP TYPE "public"."enum_newsroom_webhook_deliveries_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
