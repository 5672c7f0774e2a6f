import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * A published annual report: the figures and texts as they went out, kept as JSON so that
 * next year's carry-over and in-force counts are checked against what was published, not
 * against records that may have changed since. Its presence locks the year.
 */
@Entity('annual_reports')
export class AnnualReportEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  /** The unit whose own report this is; empty for the body's report, which adds up every unit. */
  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 36, default: '' })
  unitId!: string;

  /** AnnualReportFigures, narrative included. */
  @Column({ type: 'text' })
  figures!: string;

  /** 1 on first publication, then one more at each republication after an amendment. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'published_by', type: 'varchar', length: 36 })
  publishedBy!: string;

  @InstantColumn({ name: 'published_at' })
  publishedAt!: Date;

  /** The file name of the report imported as this publication; null when published from the records. */
  @Column({ name: 'imported_from', type: 'varchar', length: 255, nullable: true })
  importedFrom!: string | null;
}
