import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CircularDto, CircularIssuedDto, CircularListDto } from './dto/circular-view.dto';
import type { FastifyReply } from 'fastify';
import { Actor, CurrentActor } from '../common/actor';
import { MANAGERS, Roles } from '../common/access';
import { CircularsService, routeQuarter, type CircularFile } from './circulars.service';

function download(reply: FastifyReply, file: CircularFile): Buffer {
  void reply.header('content-type', file.contentType);
  void reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  return file.content;
}

@ApiTags('supervision: quarterly circular')
@ApiBearerAuth()
@Controller('circulars')
export class CircularsController {
  constructor(private readonly circulars: CircularsService) {}

  @Post(':year/:quarter')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: "Issue a quarter's circular (coordinators) once it has ended: ranking, mail with .docx and .xlsx, last-place letters and tasks; again returns the archive, force=true sends it anew" })
  @ApiOkResponse({ type: CircularIssuedDto })
  issue(@CurrentActor() actor: Actor, @Param('year') year: string, @Param('quarter') quarter: string, @Query('force') force?: string): Promise<CircularIssuedDto> {
    return this.circulars.issue(actor, routeQuarter(year, quarter), force === 'true');
  }

  @Get()
  @ApiOperation({ summary: 'The archived circulars, latest first' })
  @ApiOkResponse({ type: CircularListDto })
  list(): Promise<CircularListDto> {
    return this.circulars.list();
  }

  @Get(':year/:quarter')
  @ApiOperation({ summary: "One archived circular: ranking, last-place units, interviews, the mail's text" })
  @ApiOkResponse({ type: CircularDto })
  get(@Param('year') year: string, @Param('quarter') quarter: string): Promise<CircularDto> {
    return this.circulars.get(routeQuarter(year, quarter));
  }

  @Get(':year/:quarter/circular.docx')
  @ApiOperation({ summary: 'The circular as sent, .docx' })
  async docx(@Param('year') year: string, @Param('quarter') quarter: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return download(reply, await this.circulars.docx(routeQuarter(year, quarter)));
  }

  @Get(':year/:quarter/ranking.xlsx')
  @ApiOperation({ summary: 'The ranking as sent, .xlsx' })
  async xlsx(@Param('year') year: string, @Param('quarter') quarter: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return download(reply, await this.circulars.xlsx(routeQuarter(year, quarter)));
  }
}
