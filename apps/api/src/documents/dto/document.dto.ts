import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import {
  DISCLOSURE_ATTRIBUTES,
  DOCUMENT_TYPE_CODES,
  WITHHOLDING_BASIS_CODES,
  type DisclosureAttribute,
  type DocumentType,
  type WithholdingBasis,
} from '../../../../../libs/domain/src/signoff/disclosure-attribute';
import { SIGNOFF_CASE_CHANGES, type SignOffCaseChange } from '../../../../../libs/domain/src/signoff/signoff-case-changes';
import { SIGNOFF_STATUSES, type SignOffState, type SignOffStatus } from '../../../../../libs/domain/src/signoff/signoff-state';
import { BooleanQuery, PageQuery } from '../../common/paging';
import { UploadedFileDto } from '../../common/uploaded-file.dto';
import { WorkingDayClockDto } from '../../common/working-day-clock.dto';

export const BODY_TEXT_MAX = 500_000;

const ATTRIBUTE_MESSAGE = `attribute must be one of ${DISCLOSURE_ATTRIBUTES.join(', ')}`;
const BASIS_MESSAGE = `withholdingBasis must be one of ${WITHHOLDING_BASIS_CODES.join(', ')}`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The document's text or file; the service requires exactly one where a version is needed. */
class ContentFields {
  @ApiPropertyOptional({ description: 'the text of the document (or send file)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(BODY_TEXT_MAX)
  bodyText?: string;

  @ApiPropertyOptional({ type: UploadedFileDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => UploadedFileDto)
  file?: UploadedFileDto;
}

export class CreateDocumentDto extends ContentFields {
  @ApiProperty({ example: '某某区政务公开工作要点' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: DOCUMENT_TYPE_CODES })
  @IsIn(DOCUMENT_TYPE_CODES, { message: `documentType must be one of ${DOCUMENT_TYPE_CODES.join(', ')}` })
  documentType!: DocumentType;

  @ApiPropertyOptional({ format: 'uuid', description: 'the drafting unit; a unit contact may name only their own (default)' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;

  @ApiPropertyOptional({ enum: DISCLOSURE_ATTRIBUTES, description: 'set at registration (attribute-first rule); required before submission' })
  @IsOptional()
  @IsIn(DISCLOSURE_ATTRIBUTES, { message: ATTRIBUTE_MESSAGE })
  attribute?: DisclosureAttribute;

  @ApiPropertyOptional({ enum: WITHHOLDING_BASIS_CODES, description: 'required when attribute is withheld' })
  @IsOptional()
  @IsIn(WITHHOLDING_BASIS_CODES, { message: BASIS_MESSAGE })
  withholdingBasis?: WithholdingBasis;
}

export class SetAttributeDto {
  @ApiProperty({ enum: DISCLOSURE_ATTRIBUTES })
  @IsIn(DISCLOSURE_ATTRIBUTES, { message: ATTRIBUTE_MESSAGE })
  attribute!: DisclosureAttribute;

  @ApiPropertyOptional({ enum: WITHHOLDING_BASIS_CODES })
  @IsOptional()
  @IsIn(WITHHOLDING_BASIS_CODES, { message: BASIS_MESSAGE })
  withholdingBasis?: WithholdingBasis;

  @ApiPropertyOptional({ description: 'why the attribute is set or changed (recorded in the trail)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** A resubmission after a return carries the revision; the first submission may carry none. */
export class SubmitDto extends ContentFields {}

export class ApproveDto {
  @ApiPropertyOptional({ example: '同意。' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ReturnForRevisionDto {
  @ApiProperty({ example: '第三条表述不准确，请修改。' })
  @IsString({ message: 'comment is required: say what must change' })
  @Matches(/\S/, { message: 'comment 不能为空白' })
  @MaxLength(2000)
  comment!: string;
}

export class ProposeAttributeDto {
  @ApiProperty({ enum: DISCLOSURE_ATTRIBUTES })
  @IsIn(DISCLOSURE_ATTRIBUTES, { message: ATTRIBUTE_MESSAGE })
  attribute!: DisclosureAttribute;

  @ApiPropertyOptional({ enum: WITHHOLDING_BASIS_CODES })
  @IsOptional()
  @IsIn(WITHHOLDING_BASIS_CODES, { message: BASIS_MESSAGE })
  withholdingBasis?: WithholdingBasis;

  @ApiProperty({ example: '涉及第三方商业秘密' })
  @IsString({ message: 'reason is required' })
  @Matches(/\S/, { message: 'reason 不能为空白' })
  @MaxLength(2000)
  reason!: string;
}

export class WithdrawDto {
  @ApiPropertyOptional({ example: '该文件不再印发', description: 'why the drafter withdraws it (recorded in the trail)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class CancelSignOffDto {
  @ApiProperty({ example: '文件已由上级统一印发，本单位不再发文' })
  @IsString({ message: 'reason is required' })
  @Matches(/\S/, { message: 'reason 不能为空白' })
  @MaxLength(2000)
  reason!: string;
}

/** A signed document's change of attribute, recorded later by the office (e.g. made public after review). */
export class ChangeAttributeDto extends ProposeAttributeDto {}

export class DelegateDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'toPersonId must be a UUID' })
  toPersonId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ReassignDto {
  @ApiProperty({ minimum: 1 })
  @IsInt({ message: 'level must be an integer' })
  @Min(1)
  level!: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'signerId must be a UUID' })
  signerId!: string;

  @ApiProperty({ example: '原审签人出差' })
  @IsString({ message: 'reason is required' })
  @Matches(/\S/, { message: 'reason 不能为空白' })
  @MaxLength(2000)
  reason!: string;
}

export class RecordPublicationDto {
  @ApiProperty({ example: 'https://www.example.gov.cn/zwgk/2026/1.html' })
  @Matches(/^https?:\/\/\S+$/, { message: 'url 应为 http(s) 地址' })
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ example: '2026-11-20' })
  @Matches(ISO_DATE, { message: 'publishedOn 应为日期，格式 YYYY-MM-DD' })
  publishedOn!: string;

  @ApiProperty({ example: '政府门户网站' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  channel!: string;

  @ApiPropertyOptional({ description: 'SHA-256 of the published file (or send file)' })
  @ValidateIf((o: RecordPublicationDto) => o.file === undefined || o.publishedSha256 !== undefined)
  @Matches(/^[0-9a-f]{64}$/, { message: 'publishedSha256 应为 64 位小写十六进制数字（或改为上传 file）' })
  publishedSha256?: string;

  @ApiPropertyOptional({ type: UploadedFileDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => UploadedFileDto)
  file?: UploadedFileDto;
}

export class ListDocumentsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;

  @ApiPropertyOptional({ enum: DISCLOSURE_ATTRIBUTES })
  @IsOptional()
  @IsIn(DISCLOSURE_ATTRIBUTES, { message: ATTRIBUTE_MESSAGE })
  attribute?: DisclosureAttribute;

  @ApiPropertyOptional({ enum: SIGNOFF_STATUSES })
  @IsOptional()
  @IsIn(SIGNOFF_STATUSES, { message: `status must be one of ${SIGNOFF_STATUSES.join(', ')}` })
  status?: SignOffStatus;

  @ApiPropertyOptional({ description: 'registered on or after this date' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from 应为日期，格式 YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'registered on or before this date' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'to 应为日期，格式 YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ description: 'only documents late in sign-off or publication (true), or only those not (false)' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: "only the caller's own drafts (true)" })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  draftedByMe?: boolean;

  @ApiPropertyOptional({ description: "only what waits for the caller's signature now (true), least time left first" })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  waitingForMe?: boolean;
}

export class DocumentVersionDto {
  @ApiProperty() version!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ nullable: true, type: String }) filename!: string | null;
  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty() createdAt!: string;
}

export class DocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: DOCUMENT_TYPE_CODES }) documentType!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ format: 'uuid' }) drafterId!: string;
  @ApiProperty({ nullable: true, enum: DISCLOSURE_ATTRIBUTES }) attribute!: string | null;
  @ApiProperty({ nullable: true, type: String }) withholdingBasis!: string | null;
  @ApiProperty({ enum: SIGNOFF_STATUSES }) status!: string;
  @ApiProperty() version!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty() round!: number;
  @ApiProperty({ nullable: true, type: Number }) currentLevel!: number | null;
  @ApiProperty({ nullable: true, type: String }) currentSignerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) levelDueAt!: string | null;
  @ApiProperty({ nullable: true, type: WorkingDayClockDto, description: 'null outside review, or when the due day lies past the published calendar' })
  levelClock!: WorkingDayClockDto | null;
  @ApiProperty({ nullable: true, type: String }) signedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) publicationDueOn!: string | null;
  @ApiProperty() publicationOverdue!: boolean;
  @ApiProperty({ nullable: true, type: String }) publishedOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) publicationUrl!: string | null;
  @ApiProperty({ description: 'a deadline ran past the published calendar years and assumed Monday to Friday' }) deadlineProvisional!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class DocumentDetailDto extends DocumentDto {
  @ApiProperty({ nullable: true, type: Object, description: "the sign-off workflow's state while it runs; null once it has finished" })
  signOff!: SignOffState | null;
  @ApiProperty({
    enum: SIGNOFF_CASE_CHANGES,
    isArray: true,
    description: 'what the caller may change now besides the decisions: withdraw (the drafter), cancel (the office, in review), changeAttribute (the office, once signed); the routes still decide',
  })
  changes!: SignOffCaseChange[];
}

export class DocumentPageDto {
  @ApiProperty({ type: [DocumentDto] }) items!: DocumentDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
