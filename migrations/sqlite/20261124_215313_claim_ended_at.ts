import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { claimEndedAtStatements } from 'payload-plugin-newsroom/migrations'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`claims\` ADD \`ended_at\` text;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` ADD \`version_ended_at\` text;`)
  // Claims retracted or superseded before the column existed: the time comes from their review history.
  for (const statement of claimEndedAtStatements('sqlite')) await db.run(sql.raw(statement))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`claims\` DROP COLUMN \`ended_at\`;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` DROP COLUMN \`version_ended_at\`;`)
}
