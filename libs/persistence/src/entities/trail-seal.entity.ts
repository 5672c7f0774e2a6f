import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Where a document's unkeyed entries (written before TRAIL_KEY) end, sealed with an HMAC under
 * the key when the keyed chain was introduced; entries after it are keyed. No seal: all keyed.
 */
@Entity('trail_seals')
export class TrailSealEntity {
  @PrimaryColumn({ name: 'document_id', type: 'varchar', length: 36 })
  documentId!: string;

  @Column({ name: 'legacy_entries', type: 'integer' })
  legacyEntries!: number;

  @Column({ name: 'head_hash', type: 'varchar', length: 64 })
  headHash!: string;

  @Column({ type: 'varchar', length: 64 })
  seal!: string;
}
