import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DispatchItem } from '../../../domain/src/supervision/phone-dispatch';

/** One call a coordinator owes one unit about its at-risk and overdue tasks (电话调度). */
@Entity('call_assignments')
export class CallAssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** call:<unitId>:<date> from planPhoneDispatch. */
  @Column({ type: 'varchar', length: 120 })
  key!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  @Column({ name: 'planned_on', type: 'varchar', length: 10 })
  plannedOn!: string;

  /** The day the next try is due; an unreachable unit is called again the next working day. */
  @Column({ name: 'call_on', type: 'varchar', length: 10 })
  callOn!: string;

  /** open, done (the unit was reached), escalated (unreachable too often: the leader was told). */
  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @Column({ type: 'simple-json' })
  items!: DispatchItem[];
}
