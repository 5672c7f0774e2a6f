import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey } from 'typeorm';

const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });
const date = (name: string, isNullable = true) => ({ name, type: 'varchar', length: '10', isNullable });
const ref = (column: string, table: string) => new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] });

const REPEAL_COLUMNS = [
  new TableColumn(date('repealed_on')),
  new TableColumn({ name: 'repealed_by', type: 'varchar', length: '36', isNullable: true }),
  new TableColumn({ name: 'repeal_note', type: 'text', isNullable: true }),
  new TableColumn(instant('repeal_recorded_at', true)),
];

/**
 * Information requests and their append-only record, review and litigation cases, the units'
 * proactive-disclosure figures, and the repeal of regulations and normative documents.
 */
export class CreateRequests1764190000000 implements MigrationInterface {
  name = 'CreateRequests1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'information_requests',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'number', type: 'varchar', length: '20' },
          { name: 'year_received', type: 'integer' },
          { name: 'number_in_year', type: 'integer' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'requester_type', type: 'varchar', length: '30' },
          { name: 'requester_name', type: 'varchar', length: '200' },
          { name: 'requester_contact', type: 'varchar', length: '300' },
          { name: 'receipt_channel', type: 'varchar', length: '30' },
          date('received_on', false),
          { name: 'content', type: 'text' },
          { name: 'count_from', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '30' },
          date('due_on'),
          { name: 'due_explanation', type: 'text', isNullable: true },
          { name: 'calendar_version', type: 'varchar', length: '40', isNullable: true },
          { name: 'provisional', type: 'boolean', default: false },
          date('extension_approved_on'),
          { name: 'extension_working_days', type: 'integer', isNullable: true },
          { name: 'extension_approver', type: 'varchar', length: '100', isNullable: true },
          date('correction_requested_on'),
          date('correction_due'),
          date('correction_received_on'),
          { name: 'consultation_open', type: 'boolean', default: false },
          { name: 'paused_working_days', type: 'integer', default: 0 },
          { name: 'outcome', type: 'varchar', length: '60', isNullable: true },
          date('answered_on'),
          { name: 'answer_kind', type: 'varchar', length: '10', isNullable: true },
          { name: 'answer_sha256', type: 'varchar', length: '64', isNullable: true },
          { name: 'answer_filename', type: 'varchar', length: '255', isNullable: true },
          { name: 'answer_media_type', type: 'varchar', length: '100', isNullable: true },
          { name: 'answer_size_bytes', type: 'integer', isNullable: true },
          { name: 'answer_content_base64', type: 'text', isNullable: true },
          { name: 'breached', type: 'boolean', default: false },
          { name: 'overdue_working_days', type: 'integer', default: 0 },
          { name: 'registered_by', type: 'varchar', length: '36' },
          instant('created_at'),
          instant('updated_at'),
        ],
        uniques: [
          { name: 'uq_information_requests_number', columnNames: ['number'] },
          { name: 'uq_information_requests_year_order', columnNames: ['year_received', 'number_in_year'] },
        ],
        indices: [
          { name: 'ix_information_requests_unit_received', columnNames: ['unit_id', 'received_on'] },
          { name: 'ix_information_requests_status', columnNames: ['status'] },
          { name: 'ix_information_requests_answered', columnNames: ['answered_on'] },
        ],
        foreignKeys: [ref('unit_id', 'units'), ref('registered_by', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'request_events',
        columns: [
          { name: 'request_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'seq', type: 'integer', isPrimary: true },
          { name: 'type', type: 'varchar', length: '40' },
          date('date', false),
          { name: 'actor_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'actor_name', type: 'varchar', length: '100' },
          { name: 'actor_role', type: 'varchar', length: '30' },
          { name: 'data', type: 'text' },
          { name: 'occurred_at', type: 'varchar', length: '24' },
        ],
        foreignKeys: [ref('request_id', 'information_requests')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'review_litigation_cases',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'year', type: 'integer' },
          { name: 'result', type: 'varchar', length: '20' },
          { name: 'related_request_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'reference', type: 'varchar', length: '100', isNullable: true },
          { name: 'summary', type: 'text', isNullable: true },
          date('filed_on'),
          date('decided_on'),
          { name: 'created_by', type: 'varchar', length: '36' },
          { name: 'updated_by', type: 'varchar', length: '36' },
          instant('created_at'),
          instant('updated_at'),
        ],
        indices: [{ name: 'ix_review_litigation_cases_year_kind', columnNames: ['year', 'kind'] }],
        foreignKeys: [ref('related_request_id', 'information_requests'), ref('created_by', 'people'), ref('updated_by', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'proactive_figures',
        columns: [
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'unit_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'licensing_decisions', type: 'integer' },
          { name: 'penalty_decisions', type: 'integer' },
          { name: 'enforcement_decisions', type: 'integer' },
          { name: 'administrative_fees_wan', type: 'varchar', length: '24' },
          { name: 'updated_by', type: 'varchar', length: '36' },
          instant('updated_at'),
        ],
        foreignKeys: [ref('unit_id', 'units'), ref('updated_by', 'people')],
      }),
    );
    await q.addColumns('documents', REPEAL_COLUMNS);
  }

  async down(q: QueryRunner): Promise<void> {
    // Not dropColumns: on SQLite it rebuilds `documents`, which a revert (run inside a transaction,
    // where foreign keys cannot be switched off) may not drop while versions and trails point at it.
    // DROP COLUMN itself reads the same in both databases.
    for (const column of REPEAL_COLUMNS) await q.query(`ALTER TABLE documents DROP COLUMN ${column.name}`);
    for (const table of ['proactive_figures', 'review_litigation_cases', 'request_events', 'information_requests']) await q.dropTable(table);
  }
}
