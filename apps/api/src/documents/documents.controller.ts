import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { DocumentsService } from './documents.service';
import {
  ApproveDto,
  CancelSignOffDto,
  ChangeAttributeDto,
  CreateDocumentDto,
  DelegateDto,
  DocumentDetailDto,
  DocumentDto,
  DocumentPageDto,
  DocumentVersionDto,
  ListDocumentsQuery,
  ProposeAttributeDto,
  ReassignDto,
  RecordPublicationDto,
  ReturnForRevisionDto,
  SetAttributeDto,
  SubmitDto,
  WithdrawDto,
} from './dto/document.dto';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @ApiOperation({ summary: 'Register a document (the caller drafts it); set its disclosure attribute now (attribute-first rule)' })
  @ApiCreatedResponse({ type: DocumentDto })
  register(@CurrentActor() actor: Actor, @Body() dto: CreateDocumentDto): Promise<DocumentDto> {
    return this.documents.register(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List documents: by unit, period of registration, attribute, status, overdue' })
  @ApiOkResponse({ type: DocumentPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListDocumentsQuery): Promise<DocumentPageDto> {
    return this.documents.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One document, with its sign-off plan and signatures while it is open, and the changes the caller may make' })
  @ApiOkResponse({ type: DocumentDetailDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<DocumentDetailDto> {
    return this.documents.get(actor, id);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: "The document's versions, first to last, each with its SHA-256" })
  @ApiOkResponse({ type: [DocumentVersionDto] })
  versions(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<DocumentVersionDto[]> {
    return this.documents.versions(actor, id);
  }

  @Put(':id/attribute')
  @ApiOperation({ summary: 'Set or change the disclosure attribute (drafter; before submission or after a return)' })
  @ApiOkResponse({ type: DocumentDto })
  setAttribute(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: SetAttributeDto): Promise<DocumentDto> {
    return this.documents.setAttribute(actor, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit for sign-off (drafter); after a return, send the revision as bodyText or file' })
  @ApiOkResponse({ type: DocumentDto })
  submit(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: SubmitDto): Promise<DocumentDto> {
    return this.documents.submit(actor, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: "Approve the current level (that level's signer)" })
  @ApiOkResponse({ type: DocumentDto })
  approve(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ApproveDto): Promise<DocumentDto> {
    return this.documents.approve(actor, id, dto);
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return to the drafter for revision (a comment is required)' })
  @ApiOkResponse({ type: DocumentDto })
  returnForRevision(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ReturnForRevisionDto): Promise<DocumentDto> {
    return this.documents.returnForRevision(actor, id, dto);
  }

  @Post(':id/propose-attribute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Propose another disclosure attribute, with a reason; the document goes back to the drafter' })
  @ApiOkResponse({ type: DocumentDto })
  proposeAttribute(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ProposeAttributeDto): Promise<DocumentDto> {
    return this.documents.proposeAttribute(actor, id, dto);
  }

  @Post(':id/delegate')
  @HttpCode(200)
  @ApiOperation({ summary: "Hand the current level to another signer (the level's signer; recorded)" })
  @ApiOkResponse({ type: DocumentDto })
  delegate(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: DelegateDto): Promise<DocumentDto> {
    return this.documents.delegate(actor, id, dto);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Reassign a level whose signer is away or gone (coordinator or admin)' })
  @ApiOkResponse({ type: DocumentDto })
  reassign(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ReassignDto): Promise<DocumentDto> {
    return this.documents.reassign(actor, id, dto);
  }

  @Post(':id/publication')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the publication of a signed proactive document; a file differing from the signed version is flagged' })
  @ApiOkResponse({ type: DocumentDto })
  recordPublication(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: RecordPublicationDto): Promise<DocumentDto> {
    return this.documents.recordPublication(actor, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a draft or a returned document (its drafter): the sign-off ends, the trail records it' })
  @ApiOkResponse({ type: DocumentDto })
  withdraw(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: WithdrawDto): Promise<DocumentDto> {
    return this.documents.withdraw(actor, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Cancel a sign-off in review, with a reason (coordinator or admin): the drafter and the signer are told' })
  @ApiOkResponse({ type: DocumentDto })
  cancel(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CancelSignOffDto): Promise<DocumentDto> {
    return this.documents.cancel(actor, id, dto);
  }

  @Post(':id/attribute-change')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({
    summary: 'Record a change of attribute after the signing (coordinator or admin, with a reason) as a new entry of the signed trail; made proactive, a closed document goes to publication',
  })
  @ApiOkResponse({ type: DocumentDto })
  changeAttribute(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ChangeAttributeDto): Promise<DocumentDto> {
    return this.documents.changeAttribute(actor, id, dto);
  }
}
