import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../common/actor';
import { ProactiveYearDto, PutProactiveFiguresDto } from './dto/proactive-figures.dto';
import { ProactiveFiguresService } from './proactive-figures.service';
import { YearParam } from './year-param';

@ApiTags('proactive disclosure figures')
@ApiBearerAuth()
@Controller('proactive-figures/:year')
export class ProactiveFiguresController {
  constructor(private readonly figures: ProactiveFiguresService) {}

  @Put()
  @ApiOperation({ summary: "Enter a unit's 行政许可, 行政处罚, 行政强制 decisions and 行政事业性收费 (万元) for the year" })
  @ApiOkResponse({ type: ProactiveYearDto })
  put(@CurrentActor() actor: Actor, @YearParam() year: number, @Body() dto: PutProactiveFiguresDto): Promise<ProactiveYearDto> {
    return this.figures.put(actor, year, dto);
  }

  @Get()
  @ApiOperation({ summary: "The year's section 二: the units' figures and their total, and regulations and normative documents issued, repealed, in force" })
  @ApiOkResponse({ type: ProactiveYearDto })
  get(@CurrentActor() actor: Actor, @YearParam() year: number): Promise<ProactiveYearDto> {
    return this.figures.get(actor, year);
  }
}
