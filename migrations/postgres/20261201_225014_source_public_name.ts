import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sources" ADD COLUMN "public_name" varchar;
  CREATE INDEX "sources_public_name_idx" ON "sources" USING btree ("public_name");
  -- What the public calls each existing source: its name, or its public description if anonymous.
  UPDATE "sources" SET "public_name" = CASE WHEN "anonymous" THEN "public_description" ELSE "name" END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "sources_public_name_idx";
  ALTER TABLE "sources" DROP COLUMN "public_name";`)
}
