import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** An annual work plan (年度工作方案) whose tasks make up the plan ledger (方案台账). */
@Entity('supervision_plans')
export class SupervisionPlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
