import { ApiTokenEntity } from './api-token.entity';
import { DocumentRepealEntity } from './document-repeal.entity';
import { DocumentVersionEntity } from './document-version.entity';
import { DocumentEntity } from './document.entity';
import { InformationRequestEntity } from './information-request.entity';
import { MailMessageEntity } from './mail-message.entity';
import { PersonEntity } from './person.entity';
import { ProactiveFiguresEntity } from './proactive-figures.entity';
import { RequestEventEntity } from './request-event.entity';
import { ReviewLitigationCaseEntity } from './review-litigation-case.entity';
import { SignOffConfigEntity } from './signoff-config.entity';
import { TrailEntryEntity } from './trail-entry.entity';
import { UnitEntity } from './unit.entity';

export { ApiTokenEntity, DocumentEntity, DocumentVersionEntity, MailMessageEntity, PersonEntity, SignOffConfigEntity, TrailEntryEntity, UnitEntity };
export { DocumentRepealEntity, InformationRequestEntity, ProactiveFiguresEntity, RequestEventEntity, ReviewLitigationCaseEntity };
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
  InformationRequestEntity,
  RequestEventEntity,
  ReviewLitigationCaseEntity,
  ProactiveFiguresEntity,
  DocumentRepealEntity,
];
