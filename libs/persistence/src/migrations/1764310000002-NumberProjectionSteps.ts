import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

const PROJECTED = ['documents', 'information_requests', 'supervision_tasks'];

/** The step number of each workflow projection, so a replayed or late older step cannot overwrite a newer one. Existing rows start unnumbered. */
export class NumberProjectionSteps1764310000002 implements MigrationInterface {
  name = 'NumberProjectionSteps1764310000002';

  async up(q: QueryRunner): Promise<void> {
    for (const table of PROJECTED) await q.addColumn(table, new TableColumn({ name: 'step_seq', type: 'integer', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of PROJECTED) await q.dropColumn(table, 'step_seq');
  }
}
