import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MailMessageDto, MailPageDto } from './dto/mail-view.dto';
import { DataSource } from 'typeorm';
import { resendDeadMail } from '../../../../libs/mail/src/outbox';
import { MailMessageEntity } from '../../../../libs/persistence/src/entities/mail-message.entity';
import { Roles } from '../common/access';
import { AppError, invalid } from '../common/app-error';
import { likeClause, likeLiteral } from '../common/paging';
import { ListMailQuery } from './dto/task.dto';

/** The mail delivery log: what the outbox holds, was sent, keeps failing, or gave up on (dead). */
@ApiTags('mail')
@ApiBearerAuth()
@Roles('admin', 'coordinator', 'auditor')
@Controller('mail')
export class MailLogController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Outbox messages, newest first: status, keyPrefix (e.g. digest:), paged' })
  @ApiOkResponse({ type: MailPageDto })
  async list(@Query() query: ListMailQuery): Promise<MailPageDto> {
    const qb = this.dataSource.getRepository(MailMessageEntity).createQueryBuilder('m');
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (query.keyPrefix) qb.andWhere(likeClause('m.key', 'prefix'), { prefix: `${likeLiteral(query.keyPrefix)}%` });
    const [rows, total] = await qb.orderBy('m.created_at', 'DESC').addOrderBy('m.key', 'ASC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: rows.map(logLine), total, page: query.page, pageSize: query.pageSize };
  }

  @Post(':key/resend')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  @ApiOperation({ summary: 'One more attempt for a dead message, under the same key (so the same Message-ID)' })
  @ApiOkResponse({ type: MailMessageDto })
  async resend(@Param('key') key: string): Promise<MailMessageDto> {
    if (key.length > 200) throw invalid('key', '长度不能超过 200 个字符');
    const repo = this.dataSource.getRepository(MailMessageEntity);
    if (!(await resendDeadMail(this.dataSource, key))) {
      const message = await repo.findOneBy({ key });
      if (!message) throw new AppError('NOT_FOUND', `没有键为 ${key} 的邮件`);
      throw new AppError('CONFLICT', `邮件状态为 ${message.status}，只有 dead（已放弃）的邮件可以重发`, [{ field: 'key', reason: `状态为 ${message.status}，不是 dead` }]);
    }
    return logLine(await repo.findOneByOrFail({ key }));
  }
}

function logLine(m: MailMessageEntity) {
  return {
    key: m.key,
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}
