import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiContext } from '../api-context';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { ImportPreviewQuery } from '../common/import-preview-query';
import { FILE_BODY, multipartFiles } from '../common/multipart-upload';
import { RegulationsImportService } from './regulations-import.service';
import { RequestsImportService } from './requests-import.service';

export class RequestsImportResultDto {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ description: 'rows read' }) rows!: number;
  @ApiProperty({ description: 'requests registered (0 in a preview)' }) created!: number;
  @ApiProperty({ description: 'of the rows, the requests whose answer period has run out: breached at once' }) overdue!: number;
  @ApiProperty({ type: [String], format: 'uuid' }) requestIds!: string[];
}

export class RegulationsImportResultDto {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() rows!: number;
  @ApiProperty({ description: 'documents recorded (0 in a preview)' }) created!: number;
  @ApiProperty({ description: '规章 among the rows' }) regulations!: number;
  @ApiProperty({ description: '行政规范性文件 among the rows' }) normativeDocuments!: number;
}

@ApiTags('moving in')
@ApiBearerAuth()
@Roles(...MANAGERS)
@Controller('moving-in')
export class MovingInController {
  constructor(
    private readonly requests: RequestsImportService,
    private readonly regulations: RegulationsImportService,
    private readonly context: ApiContext,
  ) {}

  private async file(request: FastifyRequest, what: string) {
    return (await multipartFiles(request, ['file'], what, this.context.config.api.archiveUnpackLimitBytes)).file;
  }

  @Post('requests')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import the information requests open before the system (.xlsx: 办理单位, 申请人类型, 申请人, 联系方式, 申请渠道, 收到日期, 申请内容, and the steps so far); all or nothing, every bad row listed; dryRun=true previews',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiOkResponse({ type: RequestsImportResultDto })
  async importRequests(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Query() query: ImportPreviewQuery): Promise<RequestsImportResultDto> {
    const file = await this.file(request, '在办申请（.xlsx）');
    return this.requests.import(actor, file.content, file.fileName, query.dryRun === true);
  }

  @Post('regulations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import the regulations and normative documents in force (.xlsx: 类型, 名称, 文号, 印发日期, 制发单位), counted in section 二; all or nothing; dryRun=true previews' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiOkResponse({ type: RegulationsImportResultDto })
  async importRegulations(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Query() query: ImportPreviewQuery): Promise<RegulationsImportResultDto> {
    const file = await this.file(request, '现行有效文件（.xlsx）');
    return this.regulations.import(actor, file.content, file.fileName, query.dryRun === true);
  }
}
