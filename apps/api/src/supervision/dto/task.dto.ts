import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, Max, Min, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { TASK_SOURCES, TASK_STATUSES, type TaskSource } from '../../../../../libs/domain/src/supervision/supervision-task';
import { MAIL_STATUSES } from '../../../../../libs/persistence/src/entities/mail-message.entity';
import { BooleanQuery, PageQuery } from '../../common/paging';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '应为日期，格式 YYYY-MM-DD';
const TIME_LIMIT = /^\d{1,4}(wd|h|m|s)$/;

export class CreateTaskDto {
  @ApiProperty({ example: '更新政府信息公开指南' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ enum: TASK_SOURCES, default: 'plan' })
  @IsOptional()
  @IsIn(TASK_SOURCES, { message: `source must be one of ${TASK_SOURCES.join(', ')}` })
  source?: TaskSource;

  @ApiProperty({ format: 'uuid', description: 'the responsible unit' })
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the person in the unit who answers for the task' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the plan the task comes from' })
  @IsOptional()
  @IsUUID('all', { message: 'planId must be a UUID' })
  planId?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'the due date (or send timeLimit)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: `dueOn ${DATE_MESSAGE}` })
  dueOn?: string;

  @ApiPropertyOptional({ example: '10wd', description: 'a time limit from now instead of a date: working days (10wd) or a duration (4h) for urgent tasks' })
  @IsOptional()
  @Matches(TIME_LIMIT, { message: 'timeLimit 应为时限，如 10wd、4h、30m 或 45s' })
  timeLimit?: string;
}

/** What narrows the ledger, on screen and in its export alike. */
export class TaskFilterQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'planId must be a UUID' })
  planId?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: `status must be one of ${TASK_STATUSES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({ description: 'only overdue (true) or only not overdue (false) tasks' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'only tasks still with their unit (assigned, in progress, returned)' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;

  @ApiPropertyOptional({ enum: TASK_SOURCES })
  @IsOptional()
  @IsIn(TASK_SOURCES, { message: `source must be one of ${TASK_SOURCES.join(', ')}` })
  source?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'due on or after this day' })
  @IsOptional()
  @Matches(ISO_DATE, { message: `dueFrom ${DATE_MESSAGE}` })
  dueFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'due on or before this day' })
  @IsOptional()
  @Matches(ISO_DATE, { message: `dueTo ${DATE_MESSAGE}` })
  dueTo?: string;
}

export class ListTasksQuery extends TaskFilterQuery {
  @ApiPropertyOptional({ enum: ['dueOn', '-dueOn'], default: 'dueOn', description: 'by due date, soonest first (dueOn) or latest first (-dueOn)' })
  @IsOptional()
  @IsIn(['dueOn', '-dueOn'], { message: 'sort must be dueOn or -dueOn' })
  sort?: 'dueOn' | '-dueOn';
}

export class EvidenceFileDto {
  @ApiProperty({ example: '公开指南.pdf' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  filename!: string;

  @ApiPropertyOptional({ example: 'application/pdf' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  mediaType?: string;

  @ApiProperty({ description: 'the file, base64; at most EVIDENCE_FILE_LIMIT decoded' })
  @IsString()
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'contentBase64 应为 base64 编码' })
  contentBase64!: string;
}

export class EmptyDto {}

/** Evidence (佐证材料): a note, links and small files; at least one link or file. */
export class SubmitTaskDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ type: [String], example: ['https://www.example.gov.cn/zwgk/1.html'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { each: true, message: 'each link must be an http(s) URL' })
  links?: string[];

  @ApiPropertyOptional({ type: [EvidenceFileDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EvidenceFileDto)
  files?: EvidenceFileDto[];
}

/** Why: a return for rework, a cancellation. */
export class ReasonDto {
  @ApiProperty({ example: '佐证材料不完整，缺少公开页面截图' })
  @IsString({ message: 'reason 须为文字' })
  @Matches(/\S/, { message: 'reason 不能为空，请说明理由' })
  @MaxLength(2000, { message: 'reason 不能超过2000字' })
  reason!: string;
}

/** A new due date and why: a coordinator's change, or a unit's extension request (延期申请). */
export class DueDateDto extends ReasonDto {
  @ApiPropertyOptional({ example: '2026-12-31', description: 'the new due date (or send timeLimit); a rest day moves to the next working day' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'dueOn 须为 YYYY-MM-DD 格式的日期' })
  dueOn?: string;

  @ApiPropertyOptional({ example: '4h', description: 'a time limit from now instead of a date, as at creation' })
  @IsOptional()
  @Matches(TIME_LIMIT, { message: 'timeLimit 须为时限，如 10wd、4h、30m 或 45s' })
  timeLimit?: string;
}

/** 延期申请: the later due date, why, and optionally evidence for it, as a submission's links and files. */
export class ExtensionRequestDto extends IntersectionType(DueDateDto, PickType(SubmitTaskDto, ['links', 'files'] as const)) {}

/** 转办: the unit that takes the task over, and why. */
export class TransferTaskDto extends ReasonDto {
  @ApiProperty({ format: 'uuid', description: 'the unit that takes the task over' })
  @IsUUID('all', { message: 'unitId 须为 UUID' })
  unitId!: string;
}

export class ExtensionDecisionDto extends ReasonDto {
  @ApiProperty({ description: 'true approves the extension, false refuses it' })
  @IsBoolean({ message: 'approve 须为 true（同意）或 false（不同意）' })
  approve!: boolean;
}

export class ProgressDto {
  @ApiProperty({ example: '已完成初稿，正在审核' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note!: string;
}

export class OrderReplyDto {
  @ApiProperty({ example: '已于今日报送，逾期原因系……' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  text!: string;
}

export class CreatePlanDto {
  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'year must be a whole number' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: '2026年政务公开工作方案' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;
}

export class PlanLetterDto extends EvidenceFileDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'the unit that signed the letter' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;
}

export class CallOutcomeDto {
  @ApiProperty({ enum: ['answered', 'unreachable'] })
  @IsIn(['answered', 'unreachable'], { message: 'outcome must be answered or unreachable' })
  outcome!: 'answered' | 'unreachable';

  @ApiPropertyOptional({ description: 'who answered (required when answered)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  contactName?: string;

  @ApiPropertyOptional({ description: 'what was said (required when answered)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  summary?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'the date the unit promised' })
  @IsOptional()
  @Matches(ISO_DATE, { message: `promisedOn ${DATE_MESSAGE}` })
  promisedOn?: string;
}

export class ListCallsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'calls due on or before this day (default today); all=true ignores it' })
  @IsOptional()
  @Matches(ISO_DATE, { message: `on ${DATE_MESSAGE}` })
  on?: string;

  @ApiPropertyOptional({ enum: ['open', 'done', 'escalated'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'done', 'escalated'], { message: 'status must be open, done or escalated' })
  status?: string;
}

export class ListOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;

  @ApiPropertyOptional({ enum: [1, 2, 3], description: '1 一般, 2 重点, 3 特急' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([1, 2, 3], { message: 'level must be 1, 2 or 3' })
  level?: number;

  @ApiPropertyOptional({ enum: ['awaiting_reply', 'replied', 'escalated'] })
  @IsOptional()
  @IsIn(['awaiting_reply', 'replied', 'escalated'], { message: 'status must be awaiting_reply, replied or escalated' })
  status?: string;
}

export class ListMailQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MAIL_STATUSES })
  @IsOptional()
  @IsIn(MAIL_STATUSES, { message: `status must be one of ${MAIL_STATUSES.join(', ')}` })
  status?: string;

  @ApiPropertyOptional({ example: 'digest:', description: 'keys starting with this text' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  keyPrefix?: string;
}
