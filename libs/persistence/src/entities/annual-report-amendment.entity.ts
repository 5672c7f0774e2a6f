import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * A correction to a published year: while one is open the year's records may change again;
 * republishing closes it, keeping the figures before and after side by side.
 */
@Entity('annual_report_amendments')
export class AnnualReportAmendmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** The unit whose report is corrected; empty for the body's. */
  @Column({ name: 'unit_id', type: 'varchar', length: 36, default: '' })
  unitId!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The published version the amendment corrects. */
  @Column({ name: 'from_version', type: 'integer' })
  fromVersion!: number;

  /** Set when the corrected report is published. */
  @Column({ name: 'to_version', type: 'integer', nullable: true })
  toVersion!: number | null;

  @Column({ name: 'opened_by', type: 'varchar', length: 36 })
  openedBy!: string;

  @InstantColumn({ name: 'opened_at' })
  openedAt!: Date;

  @InstantColumn({ name: 'closed_at', nullable: true })
  closedAt!: Date | null;
}
