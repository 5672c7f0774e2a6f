import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { DocumentRepealService } from './document-repeal.service';
import { RepealDto, RepealedDocumentDto } from './dto/proactive-figures.dto';

/** Beside the sign-off's document routes: a repeal is a later fact that section 二 counts. */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentRepealController {
  constructor(private readonly repeals: DocumentRepealService) {}

  @Post(':id/repeal')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Record the repeal of a signed regulation or normative document (coordinator or admin; recorded with who, when and by what)' })
  @ApiOkResponse({ type: RepealedDocumentDto })
  repeal(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: RepealDto): Promise<RepealedDocumentDto> {
    return this.repeals.repeal(actor, id, dto);
  }
}
