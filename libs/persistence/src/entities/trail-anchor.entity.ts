import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One day's anchor of the chain heads that changed that day (Shanghai), chained to the day before's; its digest went to the auditors. */
@Entity('trail_anchors')
export class TrailAnchorEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'varchar', length: 64 })
  digest!: string;

  @Column({ name: 'prev_digest', type: 'varchar', length: 64 })
  prevDigest!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt!: string;
}

/** One chain's head in a day's anchor. */
@Entity('trail_anchor_heads')
@Index('ix_trail_anchor_heads_chain', ['chain', 'day'])
export class TrailAnchorHeadEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  chain!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
