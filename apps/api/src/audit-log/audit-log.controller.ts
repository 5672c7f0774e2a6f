import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/access';
import { AuditLogQuery } from './audit-log.dto';
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
  list(@Query() query: AuditLogQuery) {
    return this.log.list(query);
  }

  @Get('export')
  @ApiOperation({ summary: 'The whole operation log as a JSON file, in order, with the result of verifying its hash chain' })
  async export(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('content-disposition', 'attachment; filename="audit-log.json"');
    return this.log.export();
  }
}
