import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * The read model of one document's sign-off, written only by the sign-off workflow's
 * activity (and once by the API at registration); the workflow owns the truth.
 */
@Entity('documents')
export class DocumentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'document_type', type: 'varchar', length: 40 })
  documentType!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ name: 'drafter_id', type: 'varchar', length: 36 })
  drafterId!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  attribute!: string | null;

  @Column({ name: 'withholding_basis', type: 'varchar', length: 40, nullable: true })
  withholdingBasis!: string | null;

  @Column({ type: 'varchar', length: 30 })
  status!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'integer', default: 0 })
  round!: number;

  @Column({ name: 'current_level', type: 'integer', nullable: true })
  currentLevel!: number | null;

  @Column({ name: 'current_signer_id', type: 'varchar', length: 36, nullable: true })
  currentSignerId!: string | null;

  @Column({ name: 'signer_ids', type: 'simple-json' })
  signerIds!: string[];

  @InstantColumn({ name: 'level_due_at', nullable: true })
  levelDueAt!: Date | null;

  @InstantColumn({ name: 'signed_at', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'publication_due_on', type: 'varchar', length: 10, nullable: true })
  publicationDueOn!: string | null;

  @Column({ name: 'publication_overdue', type: 'boolean', default: false })
  publicationOverdue!: boolean;

  @Column({ name: 'published_on', type: 'varchar', length: 10, nullable: true })
  publishedOn!: string | null;

  @Column({ name: 'publication_url', type: 'varchar', length: 2000, nullable: true })
  publicationUrl!: string | null;

  /** Some deadline ran beyond the published calendar years and assumed Monday to Friday. */
  @Column({ name: 'deadline_provisional', type: 'boolean', default: false })
  deadlineProvisional!: boolean;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  /** The workflow step whose projection this row holds; a write of an older step is dropped (writeProjection). */
  @Column({ name: 'step_seq', type: 'integer', nullable: true })
  stepSeq!: number | null;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
