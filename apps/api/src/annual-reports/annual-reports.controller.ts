import { Controller, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReportFileCheck } from '../../../../libs/report-io/src';
import { invalid } from '../common/app-error';
import { AnnualReportsService } from './annual-reports.service';
import { reportUploads } from './report-uploads';

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

@ApiTags('annual reports')
@ApiBearerAuth()
@Controller('annual-reports')
export class AnnualReportsController {
  constructor(private readonly reports: AnnualReportsService) {}

  @Post('check')
  @HttpCode(200)
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
    if (format !== undefined && format !== 'json' && format !== 'html') throw invalid('format', 'must be json or html');
    const { file, lastYear } = await reportUploads(request);
    const result = await this.reports.check(file, lastYear);
    if (format !== 'html') return result;
    void reply.header('content-type', 'text/html; charset=utf-8');
    return this.reports.page(result);
  }
}
