import { ApiProperty, OmitType } from '@nestjs/swagger';
import { TASK_SOURCES, TASK_STATUSES } from '../../../../../libs/domain/src/supervision/supervision-task';
import { TASK_ACTIONS, type TaskActionName } from '../task-actions';

export class EvidenceFileViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() filename!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
}

export class TaskEvidenceDto {
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ type: [String] }) links!: string[];
  @ApiProperty({ type: [EvidenceFileViewDto] }) files!: EvidenceFileViewDto[];
}

/** Where a task stands today in Beijing: working days left or overdue, and its 三色 colour. */
export class TaskStandingDto {
  @ApiProperty() workingDaysLeft!: number;
  @ApiProperty() overdueWorkingDays!: number;
  @ApiProperty({ nullable: true, enum: ['blue', 'yellow', 'red'], description: 'blue: within the warning window; yellow: due today or late; red: an order is out or it is later' })
  warning!: 'blue' | 'yellow' | 'red' | null;
  @ApiProperty({ nullable: true, type: String, description: 'the supervision order awaiting the unit or gone to the leader' }) openOrderId!: string | null;
}

export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) planId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TASK_SOURCES }) source!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ nullable: true, type: String }) ownerId!: string | null;
  @ApiProperty({ example: '2026-12-31' }) dueOn!: string;
  @ApiProperty({ description: 'the instant the time limit runs out' }) dueAt!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty() submissions!: number;
  @ApiProperty({ nullable: true, type: String }) submittedOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) verifiedOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) returnReason!: string | null;
  @ApiProperty({ type: TaskEvidenceDto }) evidence!: TaskEvidenceDto;
  @ApiProperty({ nullable: true, type: TaskStandingDto, description: "today's count and colour in lists and the detail; null in an action's answer" })
  standing!: TaskStandingDto | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** The unit's extension request (延期申请) awaiting the office's decision. */
/** What the unit gave in support of an extension request: links and files, none if it gave none. */
export class ExtensionEvidenceDto extends OmitType(TaskEvidenceDto, ['note'] as const) {}

export class PendingExtensionDto {
  @ApiProperty({ example: '2026-12-31' }) dueOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ type: ExtensionEvidenceDto }) evidence!: ExtensionEvidenceDto;
}

export class TaskDetailDto extends TaskDto {
  @ApiProperty({ enum: TASK_ACTIONS, isArray: true, description: 'what the caller may do to the task now; the routes still decide' })
  actions!: TaskActionName[];
  @ApiProperty({ nullable: true, type: PendingExtensionDto }) pendingExtension!: PendingExtensionDto | null;
}

export class TaskPageDto {
  @ApiProperty({ type: [TaskDto] }) items!: TaskDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class TaskHistoryEntryDto {
  @ApiProperty({ description: 'unique within the task, so a retried step records once' }) key!: string;
  @ApiProperty({ example: 'extension_approved' }) event!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty() actorName!: string;
  @ApiProperty({ example: 'coordinator', description: 'unit_contact, coordinator or system' }) actorRole!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'what the event says: a reason, dates, a number' }) data!: Record<string, unknown>;
}

export class TaskHistoryDto {
  @ApiProperty({ type: [TaskHistoryEntryDto], description: 'oldest first' }) entries!: TaskHistoryEntryDto[];
}

export class LedgerImportResultDto {
  @ApiProperty() rows!: number;
  @ApiProperty() created!: number;
  @ApiProperty({ type: [String] }) taskIds!: string[];
  @ApiProperty() dryRun!: boolean;
}

export class PlanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() year!: number;
  @ApiProperty() title!: string;
  @ApiProperty() createdAt!: string;
}

export class PlanListDto {
  @ApiProperty({ type: [PlanDto] }) items!: PlanDto[];
}

export class PlanLetterViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) unitId!: string | null;
  @ApiProperty() filename!: string;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() createdAt!: string;
}

export class PlanDetailDto extends PlanDto {
  @ApiProperty() tasks!: number;
  @ApiProperty({ type: [PlanLetterViewDto] }) letters!: PlanLetterViewDto[];
}
