import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { MailMessageEntity } from '../../../../libs/persistence/src/entities/mail-message.entity';
import { Roles } from '../common/access';
import { ListMailQuery } from './dto/task.dto';

/** The mail delivery log: what the outbox holds, was sent, or keeps failing. */
@ApiTags('mail')
@ApiBearerAuth()
@Roles('admin', 'coordinator', 'auditor')
@Controller('mail')
export class MailLogController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Outbox messages, newest first: status, keyPrefix (e.g. digest:), paged' })
  async list(@Query() query: ListMailQuery) {
    const qb = this.dataSource.getRepository(MailMessageEntity).createQueryBuilder('m');
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.keyPrefix) qb.andWhere("m.key LIKE :prefix ESCAPE '\\'", { prefix: `${query.keyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [rows, total] = await qb.orderBy('m.created_at', 'DESC').addOrderBy('m.key', 'ASC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return {
      items: rows.map((m) => ({
        key: m.key,
        to: m.to,
        cc: m.cc,
        subject: m.subject,
        status: m.status,
        attempts: m.attempts,
        lastError: m.lastError,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
