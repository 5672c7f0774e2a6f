import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/** Regulations and normative documents already in force when the office moved in, counted in section 二. */
export class CreateImportedDocuments1764340000000 implements MigrationInterface {
  name = 'CreateImportedDocuments1764340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'imported_documents',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'document_type', type: 'varchar', length: '40' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'number', type: 'varchar', length: '100' },
          { name: 'issued_on', type: 'varchar', length: '10' },
          { name: 'unit_id', type: 'varchar', length: '36' },
          { name: 'repealed_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'imported_by', type: 'varchar', length: '36' },
          { name: 'created_at', type: 'varchar', length: '24' },
        ],
      }),
    );
    await q.createIndex('imported_documents', new TableIndex({ name: 'ux_imported_documents_number', columnNames: ['document_type', 'number'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('imported_documents');
  }
}
