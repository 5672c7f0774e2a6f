import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

const instant = (name: string) => ({ name, type: 'varchar', length: '24' });

/** The quarterly circular archive, and attachments on outbox mail (the circular goes out with two files). */
export class CreateCirculars1764220000000 implements MigrationInterface {
  name = 'CreateCirculars1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'circulars',
        columns: [
          { name: 'quarter_key', type: 'varchar', length: '7', isPrimary: true },
          { name: 'year', type: 'integer' },
          { name: 'quarter', type: 'integer' },
          { name: 'issued_on', type: 'varchar', length: '10' },
          { name: 'content', type: 'text' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'text', type: 'text' },
          { name: 'html', type: 'text' },
          { name: 'docx_base64', type: 'text' },
          { name: 'xlsx_base64', type: 'text' },
          { name: 'sends', type: 'integer' },
          instant('created_at'),
          instant('updated_at'),
        ],
      }),
    );
    await q.addColumn('mail_outbox', new TableColumn({ name: 'attachments', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('mail_outbox', 'attachments');
    await q.dropTable('circulars');
  }
}
