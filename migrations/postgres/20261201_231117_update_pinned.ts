import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "updates" ADD COLUMN "pinned" boolean DEFAULT false;
  ALTER TABLE "_updates_v" ADD COLUMN "version_pinned" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "updates" DROP COLUMN "pinned";
  ALTER TABLE "_updates_v" DROP COLUMN "version_pinned";`)
}
