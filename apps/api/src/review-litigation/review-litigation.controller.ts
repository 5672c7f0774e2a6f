import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { CaseDto, CasePageDto, CreateCaseDto, ListCasesQuery, UpdateCaseResultDto } from './dto/review-litigation-case.dto';
import { ReviewLitigationService } from './review-litigation.service';

@ApiTags('review and litigation')
@ApiBearerAuth()
@Controller('review-litigation-cases')
export class ReviewLitigationController {
  constructor(private readonly cases: ReviewLitigationService) {}

  @Post()
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Record an administrative review or lawsuit about disclosure (section 四 of the annual report)' })
  @ApiCreatedResponse({ type: CaseDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCaseDto): Promise<CaseDto> {
    return this.cases.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List cases by year, kind and result' })
  @ApiOkResponse({ type: CasePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListCasesQuery): Promise<CasePageDto> {
    return this.cases.list(actor, query);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Record the result of a case (维持, 纠正, 其他, or back to 尚未审结)' })
  @ApiOkResponse({ type: CaseDto })
  updateResult(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateCaseResultDto): Promise<CaseDto> {
    return this.cases.updateResult(actor, id, dto);
  }
}
