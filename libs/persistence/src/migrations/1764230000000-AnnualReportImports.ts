import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A published year may come from the report file the office published before using the system. */
export class AnnualReportImports1764230000000 implements MigrationInterface {
  name = 'AnnualReportImports1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('annual_reports', new TableColumn({ name: 'imported_from', type: 'varchar', length: '255', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('annual_reports', 'imported_from');
  }
}
