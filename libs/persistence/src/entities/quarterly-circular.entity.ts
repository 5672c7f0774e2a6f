import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { QuarterlyCircular } from '../../../domain/src/supervision/quarterly-circular';
import { InstantColumn } from '../instant-column';

/**
 * The archive of quarterly circulars (季度通报): one row per quarter, kept exactly as sent, so a
 * rerun returns it unchanged and the next quarter reads its last-place units for interviews.
 */
@Entity('circulars')
export class QuarterlyCircularEntity {
  /** 2026-Q3 */
  @PrimaryColumn({ name: 'quarter_key', type: 'varchar', length: 7 })
  quarterKey!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  quarter!: number;

  @Column({ name: 'issued_on', type: 'varchar', length: 10 })
  issuedOn!: string;

  @Column({ type: 'simple-json' })
  content!: QuarterlyCircular;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ name: 'docx_base64', type: 'text' })
  docxBase64!: string;

  @Column({ name: 'xlsx_base64', type: 'text' })
  xlsxBase64!: string;

  /** How many times the circular went out: 1 when issued, one more per forced resend. */
  @Column({ type: 'integer' })
  sends!: number;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
