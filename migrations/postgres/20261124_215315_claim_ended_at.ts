import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "claims" ADD COLUMN "ended_at" timestamp(3) with time zone;
  ALTER TABLE "_claims_v" ADD COLUMN "version_ended_at" timestamp(3) with time zone;`)
  // Claims retracted or superseded before the column existed: the time comes from their review history.
  await db.execute(sql`
   UPDATE "claims" c SET "ended_at" = (
     SELECT max(h."at") FROM "claims_review_history" h
     WHERE h."_parent_id" = c."id"
       AND h."action"::text = CASE c."public_state" WHEN 'retracted' THEN 'retract' ELSE 'supersede' END)
   WHERE c."public_state" IN ('retracted', 'superseded');
  UPDATE "_claims_v" v SET "version_ended_at" = (
     SELECT max(h."at") FROM "_claims_v_version_review_history" h
     WHERE h."_parent_id" = v."id"
       AND h."action"::text = CASE v."version_public_state" WHEN 'retracted' THEN 'retract' ELSE 'supersede' END)
   WHERE v."version_public_state" IN ('retracted', 'superseded');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "claims" DROP COLUMN "ended_at";
  ALTER TABLE "_claims_v" DROP COLUMN "version_ended_at";`)
}
