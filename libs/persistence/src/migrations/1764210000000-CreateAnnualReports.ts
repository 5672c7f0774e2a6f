import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });

/**
 * Published annual reports, their draft texts and amendments; and the two date indexes the
 * report's aggregation filters information requests by (received in, answered in, open at).
 */
export class CreateAnnualReports1764210000000 implements MigrationInterface {
  name = 'CreateAnnualReports1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'annual_reports',
        columns: [
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'figures', type: 'text' },
          { name: 'version', type: 'integer' },
          { name: 'published_by', type: 'varchar', length: '36' },
          instant('published_at'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'annual_report_texts',
        columns: [
          { name: 'year', type: 'integer', isPrimary: true },
          { name: 'body_name', type: 'varchar', length: '200' },
          { name: 'overview', type: 'text' },
          { name: 'problems', type: 'text' },
          { name: 'other_matters', type: 'text' },
          { name: 'updated_by', type: 'varchar', length: '36' },
          instant('updated_at'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'annual_report_amendments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'year', type: 'integer' },
          { name: 'reason', type: 'text' },
          { name: 'from_version', type: 'integer' },
          { name: 'to_version', type: 'integer', isNullable: true },
          { name: 'opened_by', type: 'varchar', length: '36' },
          instant('opened_at'),
          instant('closed_at', true),
        ],
        indices: [{ name: 'ix_annual_report_amendments_year', columnNames: ['year'] }],
      }),
    );
    await q.createIndex('information_requests', new TableIndex({ name: 'ix_information_requests_received_on', columnNames: ['received_on'] }));
    await q.createIndex('information_requests', new TableIndex({ name: 'ix_information_requests_answered_on', columnNames: ['answered_on'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('information_requests', 'ix_information_requests_answered_on');
    await q.dropIndex('information_requests', 'ix_information_requests_received_on');
    await q.dropTable('annual_report_amendments');
    await q.dropTable('annual_report_texts');
    await q.dropTable('annual_reports');
  }
}
