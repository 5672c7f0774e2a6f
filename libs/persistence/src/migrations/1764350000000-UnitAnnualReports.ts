import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Each unit publishes its own report beside the body's: a publication, a draft and an
 * amendment belong to a unit, or to the body when `unit_id` is empty (every row so far).
 */
export class UnitAnnualReports1764350000000 implements MigrationInterface {
  name = 'UnitAnnualReports1764350000000';

  async up(q: QueryRunner): Promise<void> {
    const unitId = (isPrimary: boolean) => new TableColumn({ name: 'unit_id', type: 'varchar', length: '36', default: "''", isPrimary });
    await q.addColumn('annual_reports', unitId(true));
    await q.addColumn('annual_report_texts', unitId(true));
    await q.addColumn('annual_report_amendments', unitId(false));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['annual_report_amendments', 'annual_report_texts', 'annual_reports']) {
      await q.query(`DELETE FROM ${table} WHERE unit_id <> ''`);
      await q.dropColumn(table, 'unit_id');
    }
  }
}
