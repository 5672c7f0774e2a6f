import { ApiProperty } from '@nestjs/swagger';

/** One task a call is about. */
export class CallItemDto {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-12-01' }) due!: string;
  @ApiProperty({ enum: ['overdue', 'at_risk'] }) reason!: 'overdue' | 'at_risk';
  @ApiProperty() workingDaysLeft!: number;
  @ApiProperty() overdueWorkingDays!: number;
}

export class CallAttemptDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() attempt!: number;
  @ApiProperty() calledOn!: string;
  @ApiProperty({ enum: ['answered', 'unreachable'] }) outcome!: string;
  @ApiProperty({ nullable: true, type: String }) contactName!: string | null;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ nullable: true, type: String }) promisedOn!: string | null;
  @ApiProperty() createdAt!: string;
}

export class CallDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ nullable: true, type: String }) unitName!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty() plannedOn!: string;
  @ApiProperty({ description: 'the day to call: the planned day, or the next working day after an unreachable try' }) callOn!: string;
  @ApiProperty({ enum: ['open', 'done', 'escalated'] }) status!: string;
  @ApiProperty({ type: [CallItemDto], description: 'overdue first, then at risk' }) items!: CallItemDto[];
  @ApiProperty({ type: [CallAttemptDto] }) attempts!: CallAttemptDto[];
}

export class CallPageDto {
  @ApiProperty({ type: [CallDto] }) items!: CallDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: "unreachable tries in a row before the unit's leader is told (SUPERVISION_MAX_UNREACHABLE_TRIES)" }) maxUnreachableTries!: number;
}

export class CallOutcomeResultDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['open', 'done', 'escalated'] }) status!: string;
  @ApiProperty() callOn!: string;
  @ApiProperty() attempt!: number;
  @ApiProperty({ enum: ['retry', 'done', 'escalate_to_leader'] }) next!: 'retry' | 'done' | 'escalate_to_leader';
}
