import { MigrationInterface, QueryRunner, Table, TableForeignKey } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const uuid = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });
const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });
const date = (name: string, isNullable = true) => ({ name, type: 'varchar', length: '10', isNullable });
const text = (name: string, isNullable = true) => ({ name, type: 'text', isNullable });
const ref = (column: string, table: string) => new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'] });
const file = [
  { name: 'filename', type: 'varchar', length: '255' },
  { name: 'media_type', type: 'varchar', length: '100' },
  { name: 'size_bytes', type: 'integer' },
];

/**
 * The supervision cycle: plans and their responsibility letters, the plan ledger's tasks with
 * evidence and an append-only history, supervision orders, and phone dispatch.
 */
export class CreateSupervision1764200000000 implements MigrationInterface {
  name = 'CreateSupervision1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'supervision_plans',
        columns: [id, { name: 'year', type: 'integer' }, { name: 'title', type: 'varchar', length: '200' }, uuid('created_by'), instant('created_at')],
        uniques: [{ name: 'uq_supervision_plans_year_title', columnNames: ['year', 'title'] }],
        foreignKeys: [ref('created_by', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'plan_letters',
        columns: [id, uuid('plan_id'), uuid('unit_id', true), ...file, text('content_base64', false), uuid('uploaded_by'), instant('created_at')],
        indices: [{ name: 'ix_plan_letters_plan', columnNames: ['plan_id'] }],
        foreignKeys: [ref('plan_id', 'supervision_plans'), ref('unit_id', 'units'), ref('uploaded_by', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'supervision_tasks',
        columns: [
          id,
          uuid('plan_id', true),
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'source', type: 'varchar', length: '30' },
          uuid('unit_id'),
          uuid('owner_id', true),
          date('due_on', false),
          instant('due_at'),
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'overdue', type: 'boolean', default: false },
          { name: 'submissions', type: 'integer', default: 0 },
          date('submitted_on'),
          date('verified_on'),
          text('return_reason'),
          text('evidence_note'),
          text('evidence_links', false),
          text('evidence_file_ids', false),
          uuid('created_by'),
          instant('created_at'),
          instant('updated_at'),
        ],
        indices: [
          { name: 'ix_supervision_tasks_unit_status', columnNames: ['unit_id', 'status'] },
          { name: 'ix_supervision_tasks_due', columnNames: ['due_on'] },
          { name: 'ix_supervision_tasks_plan', columnNames: ['plan_id'] },
        ],
        foreignKeys: [ref('plan_id', 'supervision_plans'), ref('unit_id', 'units'), ref('owner_id', 'people'), ref('created_by', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'task_evidence_files',
        columns: [id, uuid('task_id'), ...file, { name: 'sha256', type: 'varchar', length: '64' }, text('content_base64', false), uuid('uploaded_by'), instant('created_at')],
        indices: [{ name: 'ix_task_evidence_files_task', columnNames: ['task_id'] }],
        foreignKeys: [ref('task_id', 'supervision_tasks'), ref('uploaded_by', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'task_history',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          uuid('task_id'),
          { name: 'key', type: 'varchar', length: '80' },
          { name: 'event', type: 'varchar', length: '40' },
          uuid('actor_id', true),
          { name: 'actor_name', type: 'varchar', length: '100' },
          { name: 'actor_role', type: 'varchar', length: '30' },
          { name: 'occurred_at', type: 'varchar', length: '24' },
          text('data', false),
        ],
        uniques: [{ name: 'uq_task_history_key', columnNames: ['task_id', 'key'] }],
        foreignKeys: [ref('task_id', 'supervision_tasks')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'supervision_orders',
        columns: [
          id,
          { name: 'order_key', type: 'varchar', length: '120' },
          { name: 'number', type: 'varchar', length: '40' },
          { name: 'year', type: 'integer' },
          { name: 'sequence', type: 'integer' },
          { name: 'level', type: 'integer' },
          uuid('unit_id'),
          uuid('task_id'),
          text('action_demanded', false),
          date('issued_on', false),
          instant('reply_due_at'),
          { name: 'status', type: 'varchar', length: '20' },
          text('reply_text'),
          uuid('replied_by', true),
          instant('replied_at', true),
          instant('escalated_at', true),
        ],
        uniques: [
          { name: 'uq_supervision_orders_key', columnNames: ['order_key'] },
          { name: 'uq_supervision_orders_sequence', columnNames: ['year', 'sequence'] },
        ],
        indices: [{ name: 'ix_supervision_orders_unit', columnNames: ['unit_id', 'status'] }],
        foreignKeys: [ref('unit_id', 'units'), ref('task_id', 'supervision_tasks'), ref('replied_by', 'people')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'call_assignments',
        columns: [
          id,
          { name: 'key', type: 'varchar', length: '120' },
          uuid('unit_id'),
          date('planned_on', false),
          date('call_on', false),
          { name: 'status', type: 'varchar', length: '20' },
          text('items', false),
        ],
        uniques: [{ name: 'uq_call_assignments_key', columnNames: ['key'] }],
        indices: [{ name: 'ix_call_assignments_status_day', columnNames: ['status', 'call_on'] }],
        foreignKeys: [ref('unit_id', 'units')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'call_attempts',
        columns: [
          id,
          uuid('assignment_id'),
          { name: 'attempt', type: 'integer' },
          date('called_on', false),
          { name: 'outcome', type: 'varchar', length: '20' },
          { name: 'contact_name', type: 'varchar', length: '100', isNullable: true },
          text('summary'),
          date('promised_on'),
          uuid('called_by'),
          instant('created_at'),
        ],
        uniques: [{ name: 'uq_call_attempts_number', columnNames: ['assignment_id', 'attempt'] }],
        foreignKeys: [ref('assignment_id', 'call_assignments'), ref('called_by', 'people')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['call_attempts', 'call_assignments', 'supervision_orders', 'task_history', 'task_evidence_files', 'supervision_tasks', 'plan_letters', 'supervision_plans']) {
      await q.dropTable(table);
    }
  }
}
