import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** One unit's figures for section 二 of one year's report, entered through the API. */
@Entity('proactive_figures')
export class ProactiveFiguresEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  /** 行政许可: decisions made in the year. */
  @Column({ name: 'licensing_decisions', type: 'integer' })
  licensingDecisions!: number;

  /** 行政处罚. */
  @Column({ name: 'penalty_decisions', type: 'integer' })
  penaltyDecisions!: number;

  /** 行政强制. */
  @Column({ name: 'enforcement_decisions', type: 'integer' })
  enforcementDecisions!: number;

  /** 行政事业性收费 in 万元, as decimal text (see libs/domain/src/proactive/fee-amount.ts). */
  @Column({ name: 'administrative_fees_wan', type: 'varchar', length: 24 })
  administrativeFeesWan!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
