import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An answer's bytes, stored under their SHA-256 before the request's workflow records that hash:
 * a recorded hash always finds its file. A file whose close the workflow refused stays unreferenced.
 */
@Entity('request_answer_files')
export class RequestAnswerFileEntity {
  @PrimaryColumn({ name: 'request_id', type: 'varchar', length: 36 })
  requestId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ name: 'content_base64', type: 'text' })
  contentBase64!: string;
}
