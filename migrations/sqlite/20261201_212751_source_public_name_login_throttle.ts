import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sources\` ADD \`public_name\` text;`)
  await db.run(sql`CREATE INDEX \`sources_public_name_idx\` ON \`sources\` (\`public_name\`);`)
  // What the public calls each existing source: its name, or its public description if anonymous.
  await db.run(sql`
   UPDATE \`sources\` SET \`public_name\` = CASE WHEN \`anonymous\` THEN \`public_description\` ELSE \`name\` END;`)
  // Payload's lock-out gives way to the plugin's throttling (src/auth/loginThrottle.ts).
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`sources_public_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`sources\` DROP COLUMN \`public_name\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
