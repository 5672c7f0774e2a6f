import { ApiTokenEntity } from './api-token.entity';
import { DocumentVersionEntity } from './document-version.entity';
import { DocumentEntity } from './document.entity';
import { MailMessageEntity } from './mail-message.entity';
import { PersonEntity } from './person.entity';
import { SignOffConfigEntity } from './signoff-config.entity';
import { TrailEntryEntity } from './trail-entry.entity';
import { UnitEntity } from './unit.entity';

export { ApiTokenEntity, DocumentEntity, DocumentVersionEntity, MailMessageEntity, PersonEntity, SignOffConfigEntity, TrailEntryEntity, UnitEntity };
export type { MailStatus } from './mail-message.entity';
export const ENTITIES = [
  UnitEntity,
  PersonEntity,
  ApiTokenEntity,
  DocumentEntity,
  DocumentVersionEntity,
  TrailEntryEntity,
  SignOffConfigEntity,
  MailMessageEntity,
];
