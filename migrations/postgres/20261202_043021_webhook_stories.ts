import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "newsroom_webhooks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"stories_id" integer
  );
  
  ALTER TABLE "newsroom_webhooks_rels" ADD CONSTRAINT "newsroom_webhooks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsroom_webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsroom_webhooks_rels" ADD CONSTRAINT "newsroom_webhooks_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "newsroom_webhooks_rels_order_idx" ON "newsroom_webhooks_rels" USING btree ("order");
  CREATE INDEX "newsroom_webhooks_rels_parent_idx" ON "newsroom_webhooks_rels" USING btree ("parent_id");
  CREATE INDEX "newsroom_webhooks_rels_path_idx" ON "newsroom_webhooks_rels" USING btree ("path");
  CREATE INDEX "newsroom_webhooks_rels_stories_id_idx" ON "newsroom_webhooks_rels" USING btree ("stories_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "newsroom_webhooks_rels" CASCADE;`)
}
