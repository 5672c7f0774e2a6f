import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { APPLICANT_COLUMN_CODES, OUTCOME_CODES, type ApplicantColumnCode, type OutcomeCode } from '../../../../../libs/domain/src/annual-report/request-format';
import type { RequestStatus } from '../../../../../libs/domain/src/requests/request-clock';
import { RECEIPT_CHANNELS, type ReceiptChannel } from '../../../../../libs/domain/src/requests/receipt-channel';
import { REQUEST_CASE_CHANGES, type RequestCaseChange } from '../../../../../libs/domain/src/requests/request-changes';
import { REQUEST_STATUSES } from '../../../../../libs/domain/src/requests/request-snapshot';
import { BooleanQuery, PageQuery } from '../../common/paging';
import { WorkingDayClockDto } from '../../common/working-day-clock.dto';
import { IsCalendarDate } from './calendar-date';

export const REQUEST_SORTS = ['-receivedOn', 'dueOn'] as const;
export type RequestSort = (typeof REQUEST_SORTS)[number];

export const OUTCOME_MESSAGE = `outcome must be a leaf row of the annual report's section 三: ${OUTCOME_CODES.join(', ')}`;

export class CreateRequestDto {
  @ApiProperty({ format: 'uuid', description: 'the handling unit' })
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId!: string;

  @ApiProperty({ enum: APPLICANT_COLUMN_CODES, description: "the requester's column in the annual report" })
  @IsIn(APPLICANT_COLUMN_CODES, { message: `requesterType must be one of the six applicant columns: ${APPLICANT_COLUMN_CODES.join(', ')}` })
  requesterType!: ApplicantColumnCode;

  @ApiProperty({ example: '张某' })
  @IsString()
  @Matches(/\S/, { message: 'requesterName 不能为空白' })
  @MaxLength(200)
  requesterName!: string;

  @ApiProperty({ example: '13800000000；某市某区某路1号' })
  @IsString()
  @Matches(/\S/, { message: 'requesterContact 不能为空白' })
  @MaxLength(300)
  requesterContact!: string;

  @ApiProperty({ enum: RECEIPT_CHANNELS, description: 'art. 31: how the request arrived decides its receipt date' })
  @IsIn(RECEIPT_CHANNELS, { message: `receiptChannel must be one of ${RECEIPT_CHANNELS.join(', ')}` })
  receiptChannel!: ReceiptChannel;

  @ApiProperty({ example: '2024-09-27', description: 'the receipt date under art. 31; never in the future' })
  @IsCalendarDate()
  receivedOn!: string;

  @ApiProperty({ example: '申请公开某某项目的环境影响评价批复文件' })
  @IsString()
  @Matches(/\S/, { message: 'content 不能为空白' })
  @MaxLength(20_000)
  content!: string;
}

export class ListRequestsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;

  @ApiPropertyOptional({ description: 'the year received' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a year such as 2026' })
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: REQUEST_STATUSES })
  @IsOptional()
  @IsIn(REQUEST_STATUSES, { message: `status must be one of ${REQUEST_STATUSES.join(', ')}` })
  status?: RequestStatus;

  @ApiPropertyOptional({ description: 'only requests in breach of their answer period (true), or only those not (false)' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: OUTCOME_CODES })
  @IsOptional()
  @IsIn(OUTCOME_CODES, { message: OUTCOME_MESSAGE })
  outcome?: OutcomeCode;

  @ApiPropertyOptional({ description: 'requests carried over into this year (上年结转): received before it and still open when it began' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'carriedOverInto must be a year such as 2027' })
  @Min(2000)
  @Max(2100)
  carriedOverInto?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, example: 3, description: 'only open requests due from today to this many working days ahead (临近答复期限)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'dueWithinWorkingDays 须为1至20的整数（工作日）' })
  @Min(1, { message: 'dueWithinWorkingDays 须为1至20的整数（工作日）' })
  @Max(20, { message: 'dueWithinWorkingDays 须为1至20的整数（工作日）' })
  dueWithinWorkingDays?: number;

  @ApiPropertyOptional({ enum: REQUEST_SORTS, default: '-receivedOn', description: 'latest received first (-receivedOn), or least time left first (dueOn; requests without a running period last)' })
  @IsOptional()
  @IsIn(REQUEST_SORTS, { message: `sort 须为 ${REQUEST_SORTS.join('、')} 之一` })
  sort?: RequestSort;
}

export class RequestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2026-0001' }) number!: string;
  @ApiProperty() yearReceived!: number;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ enum: APPLICANT_COLUMN_CODES }) requesterType!: string;
  @ApiProperty() requesterName!: string;
  @ApiProperty() requesterContact!: string;
  @ApiProperty({ enum: RECEIPT_CHANNELS }) receiptChannel!: string;
  @ApiProperty() receivedOn!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ enum: ['next_day', 'same_day'] }) countFrom!: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status!: string;
  @ApiProperty({ description: '办理中, 超期未答复, …' }) statusLabel!: string;
  @ApiProperty({ nullable: true, type: String }) dueOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueExplanation!: string | null;
  @ApiProperty({ nullable: true, type: String }) calendarVersion!: string | null;
  @ApiProperty({ description: 'the due date assumed Monday to Friday in a year with no published calendar' }) provisional!: boolean;
  @ApiProperty({ nullable: true, type: String }) correctionRequestedOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) correctionDue!: string | null;
  @ApiProperty({ nullable: true, type: String }) correctionReceivedOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) extensionApprovedOn!: string | null;
  @ApiProperty({ nullable: true, type: Number }) extensionWorkingDays!: number | null;
  @ApiProperty({ nullable: true, type: String }) extensionApprover!: string | null;
  @ApiProperty() consultationOpen!: boolean;
  @ApiProperty() pausedWorkingDays!: number;
  @ApiProperty({ nullable: true, enum: OUTCOME_CODES }) outcome!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'the report row, e.g. （三）不予公开·1. 属于国家秘密' }) outcomeRow!: string | null;
  @ApiProperty({ nullable: true, type: String }) answeredOn!: string | null;
  @ApiProperty({ nullable: true, enum: ['text', 'file'] }) answerKind!: string | null;
  @ApiProperty({ nullable: true, type: String }) answerSha256!: string | null;
  @ApiProperty({ nullable: true, type: String }) answerFilename!: string | null;
  @ApiProperty() breached!: boolean;
  @ApiProperty({ nullable: true, type: WorkingDayClockDto, description: 'the due date read today; null once answered, while no period runs, or past the published calendar' })
  dueClock!: WorkingDayClockDto | null;
  @ApiProperty({ description: 'final once answered; as of the last step while open (GET /requests/:id has the live count)' }) overdueWorkingDays!: number;
  @ApiProperty({ format: 'uuid' }) registeredBy!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class RequestDetailDto extends RequestDto {
  @ApiProperty({ example: '邮寄（需签收）：以行政机关签收之日为收到申请之日', description: 'the art. 31 rule that gave the receipt date' }) receiptRule!: string;
  @ApiProperty({ type: Object, description: 'the statutory clock read today, with its explanation in Chinese' }) clock!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, description: 'the answer, when it was given as text' }) answerText!: string | null;
  @ApiProperty({
    enum: REQUEST_CASE_CHANGES,
    isArray: true,
    description: 'what the caller may change now: correct (the registration), and for the office transfer (转办) and correctOfficeFields (the receipt date and requester type); the routes still decide',
  })
  changes!: RequestCaseChange[];
}

export class RequestPageDto {
  @ApiProperty({ type: [RequestDto] }) items!: RequestDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class RequestEventDto {
  @ApiProperty() seq!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ example: '发出补正通知' }) label!: string;
  @ApiProperty() date!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty() actorName!: string;
  @ApiProperty() actorRole!: string;
  @ApiProperty({ type: Object }) data!: Record<string, unknown>;
  @ApiProperty() occurredAt!: string;
}
