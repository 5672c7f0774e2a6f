import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** An administrative review or lawsuit about disclosure, counted in section 四 of the annual report. */
@Entity('review_litigation_cases')
export class ReviewLitigationCaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: string;

  /** The report year the case is counted in. */
  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 20 })
  result!: string;

  @Column({ name: 'related_request_id', type: 'varchar', length: 36, nullable: true })
  relatedRequestId!: string | null;

  /** 案号, e.g. 某府复〔2026〕12号. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'filed_on', type: 'varchar', length: 10, nullable: true })
  filedOn!: string | null;

  @Column({ name: 'decided_on', type: 'varchar', length: 10, nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
