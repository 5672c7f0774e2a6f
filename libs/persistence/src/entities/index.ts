import { AnnualReportAmendmentEntity } from './annual-report-amendment.entity';
import { AnnualReportTextEntity } from './annual-report-text.entity';
import { AnnualReportEntity } from './annual-report.entity';
import { ApiTokenEntity } from './api-token.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { CalendarPendingCaseEntity } from './calendar-pending-case.entity';
import { CalendarVersionEntity } from './calendar-version.entity';
import { CallAssignmentEntity } from './call-assignment.entity';
import { CallAttemptEntity } from './call-attempt.entity';
import { DocumentRepealEntity } from './document-repeal.entity';
import { DocumentVersionEntity } from './document-version.entity';
import { DocumentEntity } from './document.entity';
import { ImportedDocumentEntity } from './imported-document.entity';
import { InformationRequestEntity } from './information-request.entity';
import { MailMessageEntity } from './mail-message.entity';
import { PendingStartEntity } from './pending-start.entity';
import { PersonEntity } from './person.entity';
import { PlanLetterEntity } from './plan-letter.entity';
import { ProactiveFiguresEntity } from './proactive-figures.entity';
import { RequestEventEntity } from './request-event.entity';
import { ReviewLitigationCaseEntity } from './review-litigation-case.entity';
import { SignOffConfigEntity } from './signoff-config.entity';
import { SupervisionOrderEntity } from './supervision-order.entity';
import { SupervisionPlanEntity } from './supervision-plan.entity';
import { SupervisionTaskEntity } from './supervision-task.entity';
import { TaskEvidenceFileEntity } from './task-evidence-file.entity';
import { QuarterlyCircularEntity } from './quarterly-circular.entity';
import { TaskHistoryEntity } from './task-history.entity';
import { TrailEntryEntity } from './trail-entry.entity';
import { TrailSealEntity } from './trail-seal.entity';
import { TrailAnchorEntity, TrailAnchorHeadEntity } from './trail-anchor.entity';
import { RequestAnswerFileEntity } from './request-answer-file.entity';
import { UnitEntity } from './unit.entity';

export { ApiTokenEntity, DocumentEntity, DocumentVersionEntity, MailMessageEntity, PersonEntity, SignOffConfigEntity, TrailEntryEntity, TrailSealEntity, UnitEntity };
export { DocumentRepealEntity, ImportedDocumentEntity, InformationRequestEntity, ProactiveFiguresEntity, RequestEventEntity, ReviewLitigationCaseEntity };
export { CallAssignmentEntity, CallAttemptEntity, PlanLetterEntity, SupervisionOrderEntity, SupervisionPlanEntity, SupervisionTaskEntity, TaskEvidenceFileEntity, TaskHistoryEntity };
export { AnnualReportAmendmentEntity, AnnualReportEntity, AnnualReportTextEntity };
export { AuditEntryEntity, CalendarPendingCaseEntity, CalendarVersionEntity, PendingStartEntity, QuarterlyCircularEntity, RequestAnswerFileEntity, TrailAnchorEntity, TrailAnchorHeadEntity };
export type { MailStatus } from './mail-message.entity';
export const ENTITIES = [
  AuditEntryEntity,
  CalendarVersionEntity,
  CalendarPendingCaseEntity,
  UnitEntity,
  PersonEntity,
  ApiTokenEntity,
  DocumentEntity,
  DocumentVersionEntity,
  TrailEntryEntity,
  TrailSealEntity,
  TrailAnchorEntity,
  TrailAnchorHeadEntity,
  PendingStartEntity,
  SignOffConfigEntity,
  MailMessageEntity,
  InformationRequestEntity,
  RequestEventEntity,
  RequestAnswerFileEntity,
  ReviewLitigationCaseEntity,
  ProactiveFiguresEntity,
  DocumentRepealEntity,
  ImportedDocumentEntity,
  SupervisionPlanEntity,
  PlanLetterEntity,
  SupervisionTaskEntity,
  TaskEvidenceFileEntity,
  TaskHistoryEntity,
  SupervisionOrderEntity,
  CallAssignmentEntity,
  CallAttemptEntity,
  AnnualReportEntity,
  AnnualReportTextEntity,
  AnnualReportAmendmentEntity,
  QuarterlyCircularEntity,
];
