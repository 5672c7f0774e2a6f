import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/access';
import { AuditLogExportDto, AuditLogPageDto, AuditLogQuery, AuditLogVerificationDto } from './audit-log.dto';
import { AuditLogService } from './audit-log.service';

/** Read-only by design: no route changes or deletes an entry of the operation log. */
@ApiTags('operation log')
@ApiBearerAuth()
@Roles('admin', 'auditor')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @ApiOperation({ summary: '操作日志: changes to units, people, roles, signer levels, tokens, sign-off settings and report locks, newest first (auditors, admins)' })
  @ApiOkResponse({ type: AuditLogPageDto })
  list(@Query() query: AuditLogQuery): Promise<AuditLogPageDto> {
    return this.log.list(query);
  }

  @Get('verify')
  @ApiOperation({ summary: "The log's hash chain verified, and held against the latest daily anchor of the log (whose digest is in the auditors' mail)" })
  @ApiOkResponse({ type: AuditLogVerificationDto })
  async verify(): Promise<AuditLogVerificationDto> {
    return this.log.verify();
  }

  @Get('export')
  @ApiOperation({ summary: 'The whole operation log as a JSON file, in order, with the result of verifying its hash chain and its latest daily anchor' })
  @ApiOkResponse({ type: AuditLogExportDto })
  async export(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('content-disposition', 'attachment; filename="audit-log.json"');
    return this.log.export();
  }
}
