import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';

/** For the OpenAPI document only: the body is checked in full by parseCalendarYear, every fault at once. */
export class HolidayRangeDto {
  @ApiProperty({ example: '元旦' }) name!: string;
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-01-03' }) to!: string;
  @ApiPropertyOptional() amendedBy?: string;
}

export class MakeupWorkdayDto {
  @ApiProperty({ example: '2026-01-04' }) date!: string;
  @ApiProperty({ example: '元旦' }) for!: string;
}

export class CalendarAmendmentDto {
  @ApiProperty() notice!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2020-01-27' }) published!: string;
  @ApiPropertyOptional() summary?: string;
}

/** The shape of libs/domain/src/calendar/data/<year>.json. */
export class CalendarYearDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: '国办发明电〔2025〕7号' }) notice!: string;
  @ApiProperty({ example: '国务院办公厅关于2026年部分节假日安排的通知' }) title!: string;
  @ApiProperty({ example: '2025-11-04' }) published!: string;
  @ApiPropertyOptional({ type: [CalendarAmendmentDto] }) amendments?: CalendarAmendmentDto[];
  @ApiProperty({ type: [HolidayRangeDto] }) holidays!: HolidayRangeDto[];
  @ApiProperty({ type: [MakeupWorkdayDto] }) makeupWorkdays!: MakeupWorkdayDto[];
}

export class CalendarVersionDto {
  @ApiProperty({ description: 'numbered in load order, never reused' }) version!: number;
  @ApiProperty() year!: number;
  @ApiProperty() notice!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: "the notice's publication date" }) published!: string;
  @ApiProperty({ enum: ['draft', 'published'] }) status!: 'draft' | 'published';
  @ApiProperty({ description: "whether this is the year's version in force" }) inForce!: boolean;
  @ApiProperty() contentHash!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null for a notice shipped with the release' }) loadedBy!: string | null;
  @ApiProperty() loadedAt!: string;
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ type: CalendarYearDto }) content!: CalendarYearDto;
}

export class CalendarLoadDto extends CalendarVersionDto {
  @ApiProperty({ description: 'false when the same content was loaded already: no new version' }) created!: boolean;
}

export class DeadlineMoveDto {
  @ApiProperty({ enum: ['document', 'task', 'request'] }) caseType!: 'document' | 'task' | 'request';
  @ApiProperty() caseId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ description: "the document's or task's title, the request's number" }) caseLabel!: string;
  @ApiProperty({ enum: ['document_level', 'document_publication', 'task_due', 'order_reply', 'request_answer', 'request_correction_notice'] })
  kind!: 'document_level' | 'document_publication' | 'task_due' | 'order_reply' | 'request_answer' | 'request_correction_notice';
  @ApiProperty({ nullable: true, type: String, description: 'the date in force now' }) from!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'the date under this version' }) to!: string | null;
  @ApiProperty({ description: 'already acted on (breach recorded, order issued, level escalated): kept, recorded for a coordinator' }) held!: boolean;
}

export class CalendarImpactDto {
  @ApiProperty({ type: CalendarVersionDto }) version!: CalendarVersionDto;
  @ApiProperty({ type: [DeadlineMoveDto], description: 'every open deadline this version would move' }) moves!: DeadlineMoveDto[];
}

export class CalendarPublishDto extends CalendarImpactDto {
  @ApiProperty({
    description:
      'open cases Temporal could not be told of the publication now: told again on every publication and every PENDING_START_INTERVAL (their moves are not in `moves` when they could not be asked either; their units are mailed them when told)',
  })
  pending!: number;
}

export class CalendarReadinessDto {
  @ApiProperty({ example: 2027 }) nextYear!: number;
  @ApiProperty({ description: "whether next year's calendar is in force" }) loaded!: boolean;
  @ApiProperty({ example: '2026-11-01', description: 'the day the warning starts this year' }) warnFrom!: string;
  @ApiProperty({ description: "from 1 November while next year's calendar is not in force" }) warning!: boolean;
  @ApiProperty({ description: 'open deadlines computed Monday to Friday past the calendar in force (documents, tasks, supervision orders, requests)' })
  provisionalDeadlines!: number;
}

export class HeldMoveDto {
  @ApiProperty({ enum: ['document_level', 'document_publication', 'task_due', 'order_reply', 'request_answer', 'request_correction_notice'] })
  kind!: 'document_level' | 'document_publication' | 'task_due' | 'order_reply' | 'request_answer' | 'request_correction_notice';
  @ApiProperty({ nullable: true, type: String, description: 'the date the case keeps meanwhile' }) from!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'the date under the calendar held back' }) wouldBe!: string | null;
}

export class CalendarHoldDto {
  @ApiProperty({ enum: ['document', 'task', 'request'] }) caseType!: 'document' | 'task' | 'request';
  @ApiProperty() caseId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ description: "the document's or task's title, the request's number" }) caseLabel!: string;
  @ApiProperty({ description: 'the version held back' }) version!: number;
  @ApiProperty() notice!: string;
  @ApiProperty({ type: [HeldMoveDto] }) moves!: HeldMoveDto[];
  @ApiProperty({ nullable: true, type: String, description: 'set when a coordinator kept the old dates (the day)' }) keptOn!: string | null;
}

export class CalendarHoldsDto {
  @ApiProperty({ type: [CalendarHoldDto], description: 'open cases that had acted on a deadline a published calendar moves: they count on their old calendar until a coordinator decides' })
  holds!: CalendarHoldDto[];
  @ApiProperty({ description: 'open cases Temporal did not answer for now (not listed)' }) unreached!: number;
}

export class CalendarHoldDecisionDto {
  @ApiProperty({ enum: ['apply', 'keep'], description: "apply: the case's deadlines move to the calendar in force (the breach or order stays on record); keep: the old dates stand" })
  @IsIn(['apply', 'keep'], { message: '应为 apply（按新日历调整）或 keep（维持原时限）' })
  decision!: 'apply' | 'keep';
  @ApiProperty({ maxLength: 500 })
  @IsString({ message: '请说明理由' })
  @MaxLength(500, { message: '理由不超过 500 字' })
  reason!: string;
}

export class CalendarHoldReceiptDto {
  @ApiProperty({ enum: ['apply', 'keep'] }) decision!: 'apply' | 'keep';
  @ApiProperty({ type: [DeadlineMoveDto], description: 'the deadlines the decision moved' }) moves!: DeadlineMoveDto[];
}
