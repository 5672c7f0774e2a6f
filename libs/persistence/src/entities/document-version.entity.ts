import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/** Every version of a document's text or file, kept: the trail names versions by their SHA-256. */
@Entity('document_versions')
export class DocumentVersionEntity {
  @PrimaryColumn({ name: 'document_id', type: 'varchar', length: 36 })
  documentId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  filename!: string | null;

  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** The bytes, base64: one column type that SQLite and PostgreSQL read alike. */
  @Column({ name: 'content_base64', type: 'text' })
  contentBase64!: string;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 36 })
  uploadedBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
