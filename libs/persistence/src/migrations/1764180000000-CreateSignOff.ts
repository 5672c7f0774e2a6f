import { MigrationInterface, QueryRunner, Table, TableForeignKey } from 'typeorm';

const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });
const ref = (column: string, table: string) => new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] });

/** Documents and their versions, the hash-chained trail, per-unit sign-off settings, the mail outbox. */
export class CreateSignOff1764180000000 implements MigrationInterface {
  name = 'CreateSignOff1764180000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'documents',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'document_type', type: 'varchar', length: '40' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'drafter_id', type: 'varchar', length: '36' },
          { name: 'attribute', type: 'varchar', length: '20', isNullable: true },
          { name: 'withholding_basis', type: 'varchar', length: '40', isNullable: true },
          { name: 'status', type: 'varchar', length: '30' },
          { name: 'version', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'round', type: 'integer', default: 0 },
          { name: 'current_level', type: 'integer', isNullable: true },
          { name: 'current_signer_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'signer_ids', type: 'text' },
          instant('level_due_at', true),
          instant('signed_at', true),
          { name: 'publication_due_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'publication_overdue', type: 'boolean', default: false },
          { name: 'published_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'publication_url', type: 'varchar', length: '2000', isNullable: true },
          { name: 'deadline_provisional', type: 'boolean', default: false },
          instant('created_at'),
          instant('updated_at'),
        ],
        indices: [
          { name: 'ix_documents_unit_created', columnNames: ['unit_id', 'created_at'] },
          { name: 'ix_documents_status', columnNames: ['status'] },
        ],
        foreignKeys: [ref('unit_id', 'units'), ref('drafter_id', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'document_versions',
        columns: [
          { name: 'document_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'filename', type: 'varchar', length: '255', isNullable: true },
          { name: 'media_type', type: 'varchar', length: '100' },
          { name: 'size_bytes', type: 'integer' },
          { name: 'content_base64', type: 'text' },
          { name: 'uploaded_by', type: 'varchar', length: '36' },
          instant('created_at'),
        ],
        foreignKeys: [ref('document_id', 'documents'), ref('uploaded_by', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'trail_entries',
        columns: [
          { name: 'document_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'seq', type: 'integer', isPrimary: true },
          { name: 'event', type: 'varchar', length: '40' },
          { name: 'actor_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '100' },
          { name: 'actor_role', type: 'varchar', length: '30' },
          { name: 'level', type: 'integer', isNullable: true },
          { name: 'occurred_at', type: 'varchar', length: '24' },
          { name: 'document_sha256', type: 'varchar', length: '64' },
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'data', type: 'text' },
          { name: 'prev_hash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
        foreignKeys: [ref('document_id', 'documents')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'signoff_configs',
        columns: [
          { name: 'unit_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'config', type: 'text' },
          { name: 'updated_by', type: 'varchar', length: '36' },
          instant('updated_at'),
        ],
        foreignKeys: [ref('unit_id', 'units')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          { name: 'key', type: 'varchar', length: '200', isPrimary: true },
          { name: 'to_addresses', type: 'text' },
          { name: 'cc_addresses', type: 'text' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'text', type: 'text' },
          { name: 'html', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'last_error', type: 'text', isNullable: true },
          instant('next_attempt_at'),
          instant('lease_until', true),
          { name: 'message_id', type: 'varchar', length: '300', isNullable: true },
          instant('created_at'),
          instant('sent_at', true),
        ],
        indices: [{ name: 'ix_mail_outbox_due', columnNames: ['status', 'next_attempt_at'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['mail_outbox', 'signoff_configs', 'trail_entries', 'document_versions', 'documents']) await q.dropTable(table);
  }
}
