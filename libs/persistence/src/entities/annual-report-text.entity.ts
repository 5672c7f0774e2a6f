import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** The coordinator's working draft of a year's narrative sections (一, 五, 六) and title. */
@Entity('annual_report_texts')
export class AnnualReportTextEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  /** The unit whose own report this is; empty for the body's report, which adds up every unit. */
  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 36, default: '' })
  unitId!: string;

  /** The reporting body as the title names it. */
  @Column({ name: 'body_name', type: 'varchar', length: 200 })
  bodyName!: string;

  @Column({ type: 'text' })
  overview!: string;

  @Column({ type: 'text' })
  problems!: string;

  @Column({ name: 'other_matters', type: 'text' })
  otherMatters!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
