import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`claims\` ADD \`vague\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` ADD \`version_vague\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`claims\` DROP COLUMN \`vague\`;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` DROP COLUMN \`version_vague\`;`)
}
