import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * A regulation's or normative document's life after its sign-off: when it was issued (signed)
 * and repealed, as section 二 counts it. The same `documents` rows as DocumentEntity, seen
 * through the columns this concern reads and the repeal columns only it writes, so the
 * sign-off's own entity stays its own.
 */
@Entity('documents')
export class DocumentRepealEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'document_type', type: 'varchar', length: 40 })
  documentType!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  @InstantColumn({ name: 'signed_at', nullable: true })
  signedAt!: Date | null;

  @Column({ name: 'repealed_on', type: 'varchar', length: 10, nullable: true })
  repealedOn!: string | null;

  @Column({ name: 'repealed_by', type: 'varchar', length: 36, nullable: true })
  repealedBy!: string | null;

  /** The repealing instrument or reason, e.g. 某府发〔2026〕3号. */
  @Column({ name: 'repeal_note', type: 'text', nullable: true })
  repealNote!: string | null;

  @InstantColumn({ name: 'repeal_recorded_at', nullable: true })
  repealRecordedAt!: Date | null;
}
