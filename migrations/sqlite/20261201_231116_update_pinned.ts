import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`updates\` ADD \`pinned\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_updates_v\` ADD \`version_pinned\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`updates\` DROP COLUMN \`pinned\`;`)
  await db.run(sql`ALTER TABLE \`_updates_v\` DROP COLUMN \`version_pinned\`;`)
}
