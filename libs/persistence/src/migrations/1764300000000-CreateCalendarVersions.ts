import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { yearContentHash } from '../../../domain/src/calendar/calendar-version';
import { BUNDLED_CALENDAR_YEARS } from '../../../domain/src/calendar/data';

/** The working-day calendar as data, seeded with the notices the release ships, already published. */
export class CreateCalendarVersions1764300000000 implements MigrationInterface {
  name = 'CreateCalendarVersions1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'calendar_versions',
        columns: [
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'year', type: 'integer' },
          { name: 'notice', type: 'varchar', length: '100' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'published', type: 'varchar', length: '10' },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'content', type: 'text' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'loaded_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'loaded_at', type: 'varchar', length: '24' },
          { name: 'published_at', type: 'varchar', length: '24', isNullable: true },
        ],
      }),
    );
    await q.createIndex('calendar_versions', new TableIndex({ name: 'ix_calendar_versions_year', columnNames: ['year', 'version'] }));
    const at = new Date().toISOString();
    const years = [...BUNDLED_CALENDAR_YEARS].sort((a, b) => a.year - b.year);
    const columns = ['version', 'year', 'notice', 'title', 'published', 'content_hash', 'content', 'status', 'loaded_by', 'loaded_at', 'published_at'];
    const postgres = q.connection.options.type === 'postgres';
    const marks = columns.map((_, i) => (postgres ? `$${i + 1}` : '?')).join(', ');
    for (const [i, y] of years.entries()) {
      await q.query(`INSERT INTO calendar_versions (${columns.join(', ')}) VALUES (${marks})`, [
        i + 1,
        y.year,
        y.notice,
        y.title,
        y.published,
        yearContentHash(y),
        JSON.stringify(y),
        'published',
        null,
        at,
        at,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('calendar_versions');
  }
}
