import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sources" ADD COLUMN "public_name" varchar;
  CREATE INDEX "sources_public_name_idx" ON "sources" USING btree ("public_name");
  -- What the public calls each existing source: its name, or its public description if anonymous.
  UPDATE "sources" SET "public_name" = CASE WHEN "anonymous" THEN "public_description" ELSE "name" END;
  -- Payload's lock-out gives way to the plugin's throttling (src/auth/loginThrottle.ts).
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "sources_public_name_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "sources" DROP COLUMN "public_name";`)
}
