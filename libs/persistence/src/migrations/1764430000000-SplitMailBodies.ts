import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/**
 * A message's text, HTML and attachments move from its outbox row to mail_bodies, so that
 * claiming and recording a sending rewrite a small row instead of about 20 KB (see
 * libs/mail/src/mail-bodies.ts). No foreign key: both rows are written in one transaction and the outbox row,
 * rebuilt by SQLite to drop its columns, would have to be referenced across that rebuild.
 */
export class SplitMailBodies1764430000000 implements MigrationInterface {
  name = 'SplitMailBodies1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'mail_bodies',
        columns: [
          { name: 'key', type: 'varchar', length: '200', isPrimary: true },
          { name: 'text', type: 'text' },
          { name: 'html', type: 'text', isNullable: true },
          { name: 'attachments', type: 'text', isNullable: true },
        ],
      }),
    );
    await q.query('INSERT INTO mail_bodies (key, text, html, attachments) SELECT key, text, html, attachments FROM mail_outbox');
    await q.dropColumns('mail_outbox', ['text', 'html', 'attachments']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.addColumns('mail_outbox', [
      new TableColumn({ name: 'text', type: 'text', default: "''" }),
      new TableColumn({ name: 'html', type: 'text', isNullable: true }),
      new TableColumn({ name: 'attachments', type: 'text', isNullable: true }),
    ]);
    const body = (column: string) => `(SELECT b.${column} FROM mail_bodies b WHERE b.key = mail_outbox.key)`;
    await q.query(`UPDATE mail_outbox SET text = COALESCE(${body('text')}, ''), html = ${body('html')}, attachments = ${body('attachments')}`);
    await q.dropTable('mail_bodies');
  }
}
