import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`claims\` ADD \`ended_at\` text;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` ADD \`version_ended_at\` text;`)
  // Claims retracted or superseded before the column existed: the time comes from their review history.
  await db.run(sql`
   UPDATE \`claims\` SET \`ended_at\` = (
     SELECT max(h.\`at\`) FROM \`claims_review_history\` h
     WHERE h.\`_parent_id\` = \`claims\`.\`id\`
       AND h.\`action\` = CASE \`claims\`.\`public_state\` WHEN 'retracted' THEN 'retract' ELSE 'supersede' END)
   WHERE \`public_state\` IN ('retracted', 'superseded');`)
  await db.run(sql`
   UPDATE \`_claims_v\` SET \`version_ended_at\` = (
     SELECT max(h.\`at\`) FROM \`_claims_v_version_review_history\` h
     WHERE h.\`_parent_id\` = \`_claims_v\`.\`id\`
       AND h.\`action\` = CASE \`_claims_v\`.\`version_public_state\` WHEN 'retracted' THEN 'retract' ELSE 'supersede' END)
   WHERE \`version_public_state\` IN ('retracted', 'superseded');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`claims\` DROP COLUMN \`ended_at\`;`)
  await db.run(sql`ALTER TABLE \`_claims_v\` DROP COLUMN \`version_ended_at\`;`)
}
