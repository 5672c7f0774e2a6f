import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { ListDocumentsQuery } from './dto/document.dto';
import { TrailService } from './trail.service';

@ApiTags('trail')
@ApiBearerAuth()
@Controller('trails')
export class TrailArchiveController {
  constructor(private readonly trails: TrailService) {}

  @Get('export')
  @Roles('auditor', 'coordinator', 'admin')
  @ApiOperation({ summary: "Every trail of the documents the filters select, as one file for the archive, with a manifest of each document's chain head" })
  async export(@CurrentActor() actor: Actor, @Query() query: ListDocumentsQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const archive = await this.trails.archive(actor, query);
    void reply.header('content-disposition', `attachment; filename="trails-${query.from ?? 'all'}-${query.to ?? 'all'}.json"`);
    return archive;
  }
}
