import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** The open cases a publication has still to tell, so an unreachable Temporal delays a recount but never loses it. */
export class CreateCalendarPendingCases1764410000000 implements MigrationInterface {
  name = 'CreateCalendarPendingCases1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'calendar_pending_cases',
        columns: [
          { name: 'workflow_id', type: 'varchar', length: '200', isPrimary: true },
          { name: 'version', type: 'integer' },
          { name: 'case_type', type: 'varchar', length: '10' },
          { name: 'case_id', type: 'varchar', length: '36' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'label', type: 'varchar', length: '300' },
          { name: 'moves_mailed', type: 'boolean' },
          { name: 'attempts', type: 'integer' },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          { name: 'since', type: 'varchar', length: '24' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('calendar_pending_cases');
  }
}
