import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`newsroom_webhooks_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`stories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsroom_webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsroom_webhooks_rels_order_idx\` ON \`newsroom_webhooks_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsroom_webhooks_rels_parent_idx\` ON \`newsroom_webhooks_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsroom_webhooks_rels_path_idx\` ON \`newsroom_webhooks_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsroom_webhooks_rels_stories_id_idx\` ON \`newsroom_webhooks_rels\` (\`stories_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`newsroom_webhooks_rels\`;`)
}
