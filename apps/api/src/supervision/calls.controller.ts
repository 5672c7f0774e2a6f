import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CallOutcomeResultDto, CallPageDto } from './dto/call-view.dto';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { CallsService } from './calls.service';
import { CallOutcomeDto, ListCallsQuery } from './dto/task.dto';

@ApiTags('supervision: phone dispatch')
@ApiBearerAuth()
@Roles(...MANAGERS)
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Get()
  @ApiOperation({ summary: 'Calls to make (coordinators): open calls due on or before `on` (default today), most urgent tasks first' })
  @ApiOkResponse({ type: CallPageDto })
  list(@Query() query: ListCallsQuery): Promise<CallPageDto> {
    return this.calls.list(query);
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a call: answered (contactName, summary, promisedOn) or unreachable (called again the next working day; after SUPERVISION_MAX_UNREACHABLE_TRIES the leader is told)' })
  @ApiOkResponse({ type: CallOutcomeResultDto })
  outcome(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CallOutcomeDto): Promise<CallOutcomeResultDto> {
    return this.calls.recordOutcome(actor, id, dto);
  }
}
