import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message's text and HTML are kept as their UTF-8 bytes. Read back as text, every claim
 * turned about 30 KB a digest into a JavaScript string (0.15 ms a message, a tenth of the
 * dispatcher's time) only for nodemailer to turn it back into bytes; as bytes they go out
 * base64-encoded as they are (libs/mail/src/mail-bodies.ts). SQLite cannot change a column's
 * type in place, so its table is rebuilt.
 */
export class MailBodiesAsBytes1764440000000 implements MigrationInterface {
  name = 'MailBodiesAsBytes1764440000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      await q.query(`ALTER TABLE mail_bodies ALTER COLUMN text TYPE bytea USING convert_to(text, 'UTF8'), ALTER COLUMN html TYPE bytea USING convert_to(html, 'UTF8')`);
      return;
    }
    await rebuildSqlite(q, 'blob', 'CAST(text AS BLOB)', 'CAST(html AS BLOB)');
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      await q.query(`ALTER TABLE mail_bodies ALTER COLUMN text TYPE text USING convert_from(text, 'UTF8'), ALTER COLUMN html TYPE text USING convert_from(html, 'UTF8')`);
      return;
    }
    await rebuildSqlite(q, 'text', 'CAST(text AS TEXT)', 'CAST(html AS TEXT)');
  }
}

async function rebuildSqlite(q: QueryRunner, type: 'blob' | 'text', text: string, html: string): Promise<void> {
  await q.query(`CREATE TABLE "mail_bodies_rebuilt" ("key" varchar(200) PRIMARY KEY NOT NULL, "text" ${type} NOT NULL, "html" ${type}, "attachments" text)`);
  await q.query(`INSERT INTO "mail_bodies_rebuilt" (key, text, html, attachments) SELECT key, ${text}, ${html}, attachments FROM mail_bodies`);
  await q.query('DROP TABLE mail_bodies');
  await q.query('ALTER TABLE "mail_bodies_rebuilt" RENAME TO "mail_bodies"');
}
