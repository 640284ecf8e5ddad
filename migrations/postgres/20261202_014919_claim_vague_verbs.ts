import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'confirmed';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'announced';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'stated';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'added';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'insisted';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'alleged';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'acknowledged';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'admitted';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'put';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'raised';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'lowered';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'revised';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'found';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'showed';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'predicted';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'projected';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'warned';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'noted';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'counted';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'gave';
  ALTER TYPE "public"."enum_claims_verb" ADD VALUE 'cited';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'confirmed';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'announced';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'stated';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'added';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'insisted';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'alleged';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'acknowledged';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'admitted';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'put';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'raised';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'lowered';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'revised';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'found';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'showed';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'predicted';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'projected';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'warned';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'noted';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'counted';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'gave';
  ALTER TYPE "public"."enum__claims_v_version_verb" ADD VALUE 'cited';
  ALTER TABLE "claims" ADD COLUMN "vague" boolean DEFAULT false;
  ALTER TABLE "_claims_v" ADD COLUMN "version_vague" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "claims" ALTER COLUMN "verb" SET DATA TYPE text;
  DROP TYPE "public"."enum_claims_verb";
  CREATE TYPE "public"."enum_claims_verb" AS ENUM('said', 'claimed', 'told', 'estimated', 'reported', 'accordingTo', 'denied');
  ALTER TABLE "claims" ALTER COLUMN "verb" SET DATA TYPE "public"."enum_claims_verb" USING "verb"::"public"."enum_claims_verb";
  ALTER TABLE "_claims_v" ALTER COLUMN "version_verb" SET DATA TYPE text;
  DROP TYPE "public"."enum__claims_v_version_verb";
  CREATE TYPE "public"."enum__claims_v_version_verb" AS ENUM('said', 'claimed', 'told', 'estimated', 'reported', 'accordingTo', 'denied');
  ALTER TABLE "_claims_v" ALTER COLUMN "version_verb" SET DATA TYPE "public"."enum__claims_v_version_verb" USING "version_verb"::"public"."enum__claims_v_version_verb";
  ALTER TABLE "claims" DROP COLUMN "vague";
  ALTER TABLE "_claims_v" DROP COLUMN "version_vague";`)
}
