import { Controller, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderBatchHtml, renderBatchXlsx, type BatchSummary, type ReportFileCheck } from '../../../../libs/report-io/src';
import { ApiContext } from '../api-context';
import { OpenToReaders } from '../common/access';
import { invalid } from '../common/app-error';
import { AnnualReportsService } from './annual-reports.service';
import { batchUploads, MAX_BATCH_FILES, reportUploads } from './report-uploads';
import { XLSX } from '../../../../libs/domain/src/text/office-media-types';

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: {
      file: { type: 'string', format: 'binary', description: 'the report: .docx, PDF with a text layer, HTML or plain text' },
      lastYear: { type: 'string', format: 'binary', description: 'last year’s report, for the rules across years' },
    },
  },
};

const BATCH_BODY = {
  schema: {
    type: 'object',
    required: ['files'],
    properties: {
      files: { type: 'array', items: { type: 'string', format: 'binary' }, description: `the reports, up to ${MAX_BATCH_FILES}` },
      lastYear: { type: 'string', format: 'binary', description: 'last year’s report, for the rules across years' },
    },
  },
};

@ApiTags('annual reports')
@ApiBearerAuth()
@Controller('annual-reports')
export class AnnualReportsController {
  constructor(
    private readonly reports: AnnualReportsService,
    private readonly context: ApiContext,
  ) {}

  @Post('check')
  @HttpCode(200)
  @OpenToReaders()
  @ApiOperation({
    summary:
      'Check a published annual report against the national format and its reconciliation rules; ' +
      'the figures read, each deviation, each broken rule (any logged-in person)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiProduces('application/json', 'text/html')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'html'], description: 'html: a page to read (中文)' })
  async check(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('format') format?: string,
  ): Promise<ReportFileCheck | string> {
    if (format !== undefined && format !== 'json' && format !== 'html') throw invalid('format', '应为 json 或 html');
    const { file, lastYear } = await reportUploads(request, this.context.config.api.archiveUnpackLimitBytes);
    const result = await this.reports.check(file, lastYear);
    if (format !== 'html') return result;
    void reply.header('content-type', 'text/html; charset=utf-8');
    return this.reports.page(result);
  }

  @Post('check-batch')
  @HttpCode(200)
  @OpenToReaders()
  @ApiOperation({
    summary:
      'Check several published annual reports in one go: per file the body and year read, its errors and warnings, ' +
      'or why it could not be read (any logged-in person)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(BATCH_BODY)
  @ApiProduces('application/json', 'text/html', XLSX)
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'html', 'xlsx'], description: 'html: a page (中文); xlsx: a workbook to circulate' })
  async checkBatch(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('format') format?: string,
  ): Promise<BatchSummary | string | Buffer> {
    if (format !== undefined && !['json', 'html', 'xlsx'].includes(format)) throw invalid('format', '应为 json、html 或 xlsx');
    const { files, lastYear } = await batchUploads(request, this.context.config.api.archiveUnpackLimitBytes);
    const summary = await this.reports.checkBatch(files, lastYear);
    if (format === 'html') {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return renderBatchHtml(summary);
    }
    if (format === 'xlsx') {
      void reply.header('content-type', XLSX);
      void reply.header('content-disposition', `attachment; filename="annual-report-check.xlsx"; filename*=UTF-8''${encodeURIComponent('年度报告检查汇总.xlsx')}`);
      return renderBatchXlsx(summary);
    }
    return summary;
  }
}
