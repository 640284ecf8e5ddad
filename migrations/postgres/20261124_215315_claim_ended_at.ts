import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { claimEndedAtStatements } from 'payload-plugin-newsroom/migrations'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "claims" ADD COLUMN "ended_at" timestamp(3) with time zone;
  ALTER TABLE "_claims_v" ADD COLUMN "version_ended_at" timestamp(3) with time zone;`)
  // Claims retracted or superseded before the column existed: the time comes from their review history.
  for (const statement of claimEndedAtStatements('postgres')) await db.execute(sql.raw(statement))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "claims" DROP COLUMN "ended_at";
  ALTER TABLE "_claims_v" DROP COLUMN "version_ended_at";`)
}
