import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../instant-column';

/**
 * The read model of one information request (依申请公开): registered by the API, then written
 * only by the request workflow's activity after each step; the workflow owns the truth.
 * Dates of facts are Shanghai civil dates (YYYY-MM-DD); instants are ISO text.
 */
@Entity('information_requests')
export class InformationRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Body-wide, e.g. 2026-0001: the year received and the order within it. */
  @Column({ type: 'varchar', length: 20 })
  number!: string;

  @Column({ name: 'year_received', type: 'integer' })
  yearReceived!: number;

  @Column({ name: 'number_in_year', type: 'integer' })
  numberInYear!: number;

  /** The handling unit, whose contacts answer and are reminded. */
  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId!: string;

  /** One of the six applicant columns of the annual report's section 三. */
  @Column({ name: 'requester_type', type: 'varchar', length: 30 })
  requesterType!: string;

  @Column({ name: 'requester_name', type: 'varchar', length: 200 })
  requesterName!: string;

  @Column({ name: 'requester_contact', type: 'varchar', length: 300 })
  requesterContact!: string;

  @Column({ name: 'receipt_channel', type: 'varchar', length: 30 })
  receiptChannel!: string;

  @Column({ name: 'received_on', type: 'varchar', length: 10 })
  receivedOn!: string;

  @Column({ type: 'text' })
  content!: string;

  /** The count-from reading of art. 31 in force when the request was registered. */
  @Column({ name: 'count_from', type: 'varchar', length: 10 })
  countFrom!: string;

  @Column({ type: 'varchar', length: 30 })
  status!: string;

  @Column({ name: 'due_on', type: 'varchar', length: 10, nullable: true })
  dueOn!: string | null;

  @Column({ name: 'due_explanation', type: 'text', nullable: true })
  dueExplanation!: string | null;

  @Column({ name: 'calendar_version', type: 'varchar', length: 40, nullable: true })
  calendarVersion!: string | null;

  @Column({ type: 'boolean', default: false })
  provisional!: boolean;

  @Column({ name: 'extension_approved_on', type: 'varchar', length: 10, nullable: true })
  extensionApprovedOn!: string | null;

  @Column({ name: 'extension_working_days', type: 'integer', nullable: true })
  extensionWorkingDays!: number | null;

  @Column({ name: 'extension_approver', type: 'varchar', length: 100, nullable: true })
  extensionApprover!: string | null;

  @Column({ name: 'correction_requested_on', type: 'varchar', length: 10, nullable: true })
  correctionRequestedOn!: string | null;

  @Column({ name: 'correction_due', type: 'varchar', length: 10, nullable: true })
  correctionDue!: string | null;

  @Column({ name: 'correction_received_on', type: 'varchar', length: 10, nullable: true })
  correctionReceivedOn!: string | null;

  @Column({ name: 'consultation_open', type: 'boolean', default: false })
  consultationOpen!: boolean;

  @Column({ name: 'paused_working_days', type: 'integer', default: 0 })
  pausedWorkingDays!: number;

  /** A leaf row of the report's section 三, set when the request closes. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  outcome!: string | null;

  @Column({ name: 'answered_on', type: 'varchar', length: 10, nullable: true })
  answeredOn!: string | null;

  @Column({ name: 'answer_kind', type: 'varchar', length: 10, nullable: true })
  answerKind!: string | null;

  @Column({ name: 'answer_sha256', type: 'varchar', length: 64, nullable: true })
  answerSha256!: string | null;

  @Column({ name: 'answer_filename', type: 'varchar', length: 255, nullable: true })
  answerFilename!: string | null;

  @Column({ name: 'answer_media_type', type: 'varchar', length: 100, nullable: true })
  answerMediaType!: string | null;

  @Column({ name: 'answer_size_bytes', type: 'integer', nullable: true })
  answerSizeBytes!: number | null;

  @Column({ type: 'boolean', default: false })
  breached!: boolean;

  /** Final once answered; while open, as of the last step (the API reads the live count from the clock). */
  @Column({ name: 'overdue_working_days', type: 'integer', default: 0 })
  overdueWorkingDays!: number;

  @Column({ name: 'registered_by', type: 'varchar', length: 36 })
  registeredBy!: string;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  /** The workflow step whose projection this row holds; a write of an older step is dropped (writeProjection). */
  @Column({ name: 'step_seq', type: 'integer', nullable: true })
  stepSeq!: number | null;

  @InstantColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
