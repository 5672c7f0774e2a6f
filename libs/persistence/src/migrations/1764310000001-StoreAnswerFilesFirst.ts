import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/** Answer files move to a table of their own, keyed by hash, so the API stores one before the workflow records its hash. */
export class StoreAnswerFilesFirst1764310000001 implements MigrationInterface {
  name = 'StoreAnswerFilesFirst1764310000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'request_answer_files',
        columns: [
          { name: 'request_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'sha256', type: 'varchar', length: '64', isPrimary: true },
          { name: 'content_base64', type: 'text' },
        ],
      }),
    );
    await q.query(
      'INSERT INTO request_answer_files (request_id, sha256, content_base64) ' +
        'SELECT id, answer_sha256, answer_content_base64 FROM information_requests WHERE answer_sha256 IS NOT NULL AND answer_content_base64 IS NOT NULL',
    );
    await q.dropColumn('information_requests', 'answer_content_base64');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.addColumn('information_requests', new TableColumn({ name: 'answer_content_base64', type: 'text', isNullable: true }));
    await q.query(
      'UPDATE information_requests SET answer_content_base64 = (SELECT f.content_base64 FROM request_answer_files f ' +
        'WHERE f.request_id = information_requests.id AND f.sha256 = information_requests.answer_sha256)',
    );
    await q.dropTable('request_answer_files');
  }
}
