import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, ParseIntPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiParam, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { CALENDAR_FILE_NOT_JSON, notJsonFault } from '../../../../libs/domain/src/calendar/errors';
import { Roles } from '../common/access';
import { Actor, caseActor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import type { CaseType } from './calendar-impact';
import { YearParam } from '../proactive-figures/year-param';
import { AppError, invalid } from '../common/app-error';
import type { BodyNotJson } from '../common/error-response';
import { CalendarHoldDecisionDto, CalendarHoldReceiptDto, CalendarHoldsDto, CalendarImpactDto, CalendarLoadDto, CalendarPublishDto, CalendarReadinessDto, CalendarVersionDto, CalendarYearDto } from './calendar.dto';
import { CalendarService } from './calendar.service';

const MAX_VERSION = 2 ** 31 - 1;
const CASE_TYPES = { document: 'document', task: 'task', request: 'request' } as const;
const VersionParam = () =>
  Param('v', new ParseIntPipe({ exceptionFactory: () => invalid('v', '应为日历版本号（正整数）') }), {
    transform: (v: number) => {
      // Beyond the integer column a number names no version, and PostgreSQL would refuse the query.
      if (v < 1 || v > MAX_VERSION) throw invalid('v', '应为日历版本号（正整数）');
      return v;
    },
  });

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Put('years/:year')
  @Roles('admin')
  @RouteConfig({ bodyNotJson: () => new AppError(CALENDAR_FILE_NOT_JSON, '节假日安排文件不是有效的 JSON，未保存', [notJsonFault()]) } satisfies BodyNotJson)
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

  @Get('readiness')
  @ApiOperation({ summary: "Whether next year's calendar is in force; from 1 November a warning, with the count of open deadlines left provisional" })
  @ApiOkResponse({ type: CalendarReadinessDto })
  readiness(): Promise<CalendarReadinessDto> {
    return this.calendar.readiness();
  }

  @Get('versions/:v/impact')
  @Roles('admin', 'coordinator', 'auditor')
  @ApiOperation({ summary: 'Every open deadline (documents, tasks, supervision orders, requests) this version would move, with the date now and the date under it' })
  @ApiOkResponse({ type: CalendarImpactDto })
  impact(@VersionParam() v: number): Promise<CalendarImpactDto> {
    return this.calendar.impact(v);
  }

  @Get('holds')
  @Roles('admin', 'coordinator', 'auditor')
  @ApiOperation({ summary: 'Open cases a published calendar is held back from (a breach recorded, an order issued, a level escalated): they count on their old calendar until a coordinator decides' })
  @ApiOkResponse({ type: CalendarHoldsDto })
  holds(): Promise<CalendarHoldsDto> {
    return this.calendar.holds();
  }

  @Post('holds/:caseType/:caseId')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOperation({ summary: "A coordinator's decision on a held case: apply moves its deadlines to the calendar in force (the breach or order stays on record), keep leaves the old dates; the case records it" })
  @ApiOkResponse({ type: CalendarHoldReceiptDto })
  @ApiParam({ name: 'caseType', enum: Object.values(CASE_TYPES) })
  @ApiParam({ name: 'caseId', format: 'uuid' })
  decideHold(
    @CurrentActor() actor: Actor,
    @Param('caseType', new ParseEnumPipe(CASE_TYPES, { exceptionFactory: () => invalid('caseType', '应为 document、task 或 request') })) caseType: CaseType,
    @IdParam('caseId') caseId: string,
    @Body() dto: CalendarHoldDecisionDto,
  ): Promise<CalendarHoldReceiptDto> {
    return this.calendar.decideHold(caseType, caseId, caseActor(actor), dto);
  }

  @Post('versions/:v/publish')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put a draft version in force (admin): every open case recounts and records its moves, each unit gets one email listing them' })
  @ApiOkResponse({ type: CalendarPublishDto })
  publish(@VersionParam() v: number): Promise<CalendarPublishDto> {
    return this.calendar.publish(v);
  }
}
