import { Body, Controller, Get, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { YearParam } from '../proactive-figures/year-param';
import { CalendarLoadDto, CalendarVersionDto, CalendarYearDto } from './calendar.dto';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Put('years/:year')
  @Roles('admin')
  @ApiOperation({
    summary: "Load or correct a year's holiday notice as a new draft version (admin); the same content again is the version it already is (200, created: false)",
  })
  @ApiBody({ type: CalendarYearDto })
  @ApiCreatedResponse({ type: CalendarLoadDto })
  @ApiOkResponse({ type: CalendarLoadDto })
  async load(@CurrentActor() actor: Actor, @YearParam() year: number, @Body() body: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<CalendarLoadDto> {
    const loaded = await this.calendar.load(year, body, actor.personId);
    void reply.status(loaded.created ? 201 : 200);
    return loaded;
  }

  @Get('versions')
  @ApiOperation({ summary: 'Every calendar version, oldest first: shipped notices, loads and corrections; none is ever overwritten' })
  @ApiOkResponse({ type: [CalendarVersionDto] })
  versions(): Promise<CalendarVersionDto[]> {
    return this.calendar.list();
  }
}
