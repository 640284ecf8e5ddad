import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "newsroom_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"story" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"data" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsroom_events_id" integer;
  CREATE INDEX "newsroom_events_type_idx" ON "newsroom_events" USING btree ("type");
  CREATE INDEX "newsroom_events_at_idx" ON "newsroom_events" USING btree ("at");
  CREATE INDEX "newsroom_events_story_idx" ON "newsroom_events" USING btree ("story");
  CREATE INDEX "newsroom_events_subject_idx" ON "newsroom_events" USING btree ("subject");
  CREATE INDEX "newsroom_events_updated_at_idx" ON "newsroom_events" USING btree ("updated_at");
  CREATE INDEX "newsroom_events_created_at_idx" ON "newsroom_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsroom_events_fk" FOREIGN KEY ("newsroom_events_id") REFERENCES "public"."newsroom_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_newsroom_events_id_idx" ON "payload_locked_documents_rels" USING btree ("newsroom_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "newsroom_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "newsroom_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsroom_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_newsroom_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsroom_events_id";`)
}
