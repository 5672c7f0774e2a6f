import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * A regulation or normative document in force before the office moved in: signed outside the
 * system, so it has no sign-off or trail, only what section 二 counts (issued, repealed).
 */
@Entity('imported_documents')
export class ImportedDocumentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** regulation or normative_document. */
  @Column({ name: 'document_type', type: 'varchar', length: 40 })
  documentType!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The document number (文号), e.g. 某府发〔2023〕5号; one per type. */
  @Column({ type: 'varchar', length: 100 })
  number!: string;

  @Column({ name: 'issued_on', type: 'varchar', length: 10 })
  issuedOn!: string;

  /** The issuing unit. */
  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ name: 'repealed_on', type: 'varchar', length: 10, nullable: true })
  repealedOn!: string | null;

  @Column({ name: 'imported_by', type: 'varchar', length: 36 })
  importedBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
