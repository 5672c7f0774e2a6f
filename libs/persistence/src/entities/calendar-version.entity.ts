import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CalendarYearData } from '../../../domain/src/calendar/calendar-year-data';
import { InstantColumn } from '../instant-column';

export type CalendarVersionStatus = 'draft' | 'published';

/**
 * One load of one year's holiday notice, numbered in order; never updated but for its publication.
 * A year's calendar in force is its latest published version.
 */
@Entity('calendar_versions')
@Index('ix_calendar_versions_year', ['year', 'version'])
export class CalendarVersionEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'integer' })
  year!: number;

  /** The notice's document number, e.g. 国办发明电〔2025〕7号. */
  @Column({ type: 'varchar', length: 100 })
  notice!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** The notice's publication date. */
  @Column({ type: 'varchar', length: 10 })
  published!: string;

  /** SHA-256 of the year file's canonical JSON: the same content loaded again is no new version. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ type: 'simple-json' })
  content!: CalendarYearData;

  @Column({ type: 'varchar', length: 10 })
  status!: CalendarVersionStatus;

  /** Who loaded it; null for the notices shipped with the release. */
  @Column({ name: 'loaded_by', type: 'varchar', length: 36, nullable: true })
  loadedBy!: string | null;

  @InstantColumn({ name: 'loaded_at' })
  loadedAt!: Date;

  @InstantColumn({ name: 'published_at', nullable: true })
  publishedAt!: Date | null;
}
