import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiContext } from '../api-context';
import { Audited } from '../audit-log/audited';
import { invalid } from '../common/app-error';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { YearParam } from '../proactive-figures/year-param';
import { AmendmentDto, ExportQuery, ReportScopeQuery, ReportTextsDto } from './dto/report-generator.dto';
import { ReportGeneratorService } from './report-generator.service';
import { reportUploads } from './report-uploads';
import { DOCX } from '../../../../libs/domain/src/text/office-media-types';

const IMPORT_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: 'the report as published: .docx, PDF, HTML or text' } },
  },
};

/** The one report file an import takes. */
async function importedFile(request: FastifyRequest, archiveLimitBytes: number) {
  const { file, lastYear } = await reportUploads(request, archiveLimitBytes);
  if (lastYear) throw invalid('lastYear', '此处不接收：请只在字段“file”中上传已发布的报告');
  return file;
}

@ApiTags('annual reports')
@ApiBearerAuth()
@Controller('annual-reports/:year')
export class ReportGeneratorController {
  constructor(
    private readonly reports: ReportGeneratorService,
    private readonly context: ApiContext,
  ) {}

  @Get('figures')
  @ApiOperation({ summary: "The year's sections 二, 三 and 四 computed from the records, with every rule they break (a unit's people: their unit's)" })
  figures(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ReportScopeQuery) {
    return this.reports.figures(actor, year, query.unitId);
  }

  @Get('cells/:row/:column')
  @ApiOperation({ summary: 'The ids of the requests (section 三) or cases (section 四) one cell counts' })
  cell(@CurrentActor() actor: Actor, @YearParam() year: number, @Param('row') row: string, @Param('column') column: string, @Query() query: ReportScopeQuery) {
    return this.reports.cell(actor, year, row, column, query.unitId);
  }

  @Get('units')
  @ApiOperation({ summary: "Where each active unit's own report of the year stands: not_started, drafted, reconciled or published (organisation-wide readers)" })
  unitStates(@CurrentActor() actor: Actor, @YearParam() year: number) {
    return this.reports.unitStates(actor, year);
  }

  @Get('texts')
  @ApiOperation({ summary: "The draft of sections 一, 五 and 六 and the body named in the title (a unit's people: their unit's)" })
  texts(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ReportScopeQuery) {
    return this.reports.texts(actor, year, query.unitId);
  }

  @Put('texts')
  @Roles(...MANAGERS, 'unit_contact')
  @ApiOperation({ summary: "Write sections 一, 五 and 六 (a unit's contact: their unit's; refused once that report is published, unless amended)" })
  putTexts(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ReportScopeQuery, @Body() dto: ReportTextsDto) {
    return this.reports.putTexts(actor, year, dto, query.unitId);
  }

  @Get('texts/suggestions')
  @ApiOperation({ summary: "The year's facts as sentences for 一、总体情况, worded so the narrative check reads them" })
  suggestions(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ReportScopeQuery) {
    return this.reports.suggestions(actor, year, query.unitId);
  }

  @Get('export')
  @ApiOperation({ summary: 'The report as .docx, HTML or text; refused (422 REPORT_NOT_RECONCILED, cell by cell) while any rule breaks' })
  @ApiProduces(DOCX, 'text/html', 'text/plain')
  async export(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ExportQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.reports.export(actor, year, query.format, query.unitId);
    void reply.header('content-type', file.mediaType);
    void reply.header('content-disposition', `attachment; filename="report-${year}.${query.format}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return file.content;
  }

  @Post('publish')
  @Audited('report_lock', 'year', 'unitId')
  @Roles(...MANAGERS)
  @HttpCode(200)
  @ApiOperation({ summary: "Publish the body's report or a unit's own: store the figures and texts and lock them (again after an amendment)" })
  publish(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ReportScopeQuery) {
    return this.reports.publish(actor, year, query.unitId);
  }

  @Post('import/preview')
  @Roles(...MANAGERS)
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMPORT_BODY)
  @ApiOperation({ summary: 'What a report published before the system would be imported as: the figures read, its errors and warnings, why not (stores nothing)' })
  async importPreview(@YearParam() year: number, @Query() query: ReportScopeQuery, @Req() request: FastifyRequest) {
    return this.reports.importPreview(year, await importedFile(request, this.context.config.api.archiveUnpackLimitBytes), query.unitId);
  }

  @Post('import')
  @Audited('report_lock', 'year', 'unitId')
  @Roles(...MANAGERS)
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMPORT_BODY)
  @ApiOperation({ summary: "Import a report published before the system as the year's publication, which the next year's carry-over and in-force counts are checked against" })
  async importPublished(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ReportScopeQuery, @Req() request: FastifyRequest) {
    return this.reports.importPublished(actor, year, await importedFile(request, this.context.config.api.archiveUnpackLimitBytes), query.unitId);
  }

  @Post('amendments')
  @Audited('report_lock', 'year', 'unitId')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: "Open a published report (the body's or a unit's) for correction, with the reason; republishing closes it" })
  amend(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ReportScopeQuery, @Body() dto: AmendmentDto) {
    return this.reports.amend(actor, year, dto, query.unitId);
  }

  @Get('amendments')
  @ApiOperation({ summary: "The amendments of the year's report (the body's or a unit's), open and closed" })
  amendments(@CurrentActor() actor: Actor, @YearParam() year: number, @Query() query: ReportScopeQuery) {
    return this.reports.amendments(actor, year, query.unitId);
  }
}
