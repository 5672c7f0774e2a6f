import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { CreateRequestDto, ListRequestsQuery, RequestDetailDto, RequestEventDto, RequestPageDto } from './dto/request.dto';
import { CloseDto, ConsultationDto, CorrectionNoticeDto, CorrectionReceivedDto, EndConsultationDto, ExtensionDto } from './dto/request-steps.dto';
import { CorrectRegistrationDto, TransferRequestDto } from './dto/request-changes.dto';
import { RequestsService } from './requests.service';

@ApiTags('information requests')
@ApiBearerAuth()
@Controller('requests')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Post()
  @ApiOperation({ summary: 'Register an information request (依申请公开) for a handling unit; its statutory clock starts' })
  @ApiCreatedResponse({ type: RequestDetailDto })
  register(@CurrentActor() actor: Actor, @Body() dto: CreateRequestDto): Promise<RequestDetailDto> {
    return this.requests.register(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List requests: by unit, year received, status, overdue, outcome, carried over; unit contacts see their unit only' })
  @ApiOkResponse({ type: RequestPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListRequestsQuery): Promise<RequestPageDto> {
    return this.requests.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One request, with its statutory clock read today and explained' })
  @ApiOkResponse({ type: RequestDetailDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<RequestDetailDto> {
    return this.requests.get(actor, id);
  }

  @Get(':id/events')
  @ApiOperation({ summary: "The request's record: every statutory event, reminder and breach, in order" })
  @ApiOkResponse({ type: [RequestEventDto] })
  events(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<RequestEventDto[]> {
    return this.requests.events(actor, id);
  }

  @Post(':id/correction-notice')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the one correction notice (art. 30: within 7 working days of receipt); the clock stops' })
  @ApiOkResponse({ type: RequestDetailDto })
  correctionNotice(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CorrectionNoticeDto): Promise<RequestDetailDto> {
    return this.requests.sendCorrectionNotice(actor, id, dto);
  }

  @Post(':id/correction-received')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the corrected request; the answer period starts again from it' })
  @ApiOkResponse({ type: RequestDetailDto })
  correctionReceived(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CorrectionReceivedDto): Promise<RequestDetailDto> {
    return this.requests.receiveCorrection(actor, id, dto);
  }

  @Post(':id/extension')
  @HttpCode(200)
  // No role guard: the workflow refuses anyone but the office with EXTENSION_NEEDS_OFFICE_HEAD, which says why (art. 33).
  @ApiOperation({ summary: 'Approve the one extension of at most 20 working days (art. 33: the office head; coordinator or admin)' })
  @ApiOkResponse({ type: RequestDetailDto })
  extension(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ExtensionDto): Promise<RequestDetailDto> {
    return this.requests.approveExtension(actor, id, dto);
  }

  @Post(':id/consultation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask a third party for its opinion (art. 32: 15 working days); the clock pauses' })
  @ApiOkResponse({ type: RequestDetailDto })
  consultation(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ConsultationDto): Promise<RequestDetailDto> {
    return this.requests.startConsultation(actor, id, dto);
  }

  @Post(':id/consultation/end')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the third party's opinion (or the end of the consultation); the clock runs again" })
  @ApiOkResponse({ type: RequestDetailDto })
  endConsultation(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: EndConsultationDto): Promise<RequestDetailDto> {
    return this.requests.endConsultation(actor, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close with the answer: one leaf row of the report as outcome, the answer date, the answer as text or file' })
  @ApiOkResponse({ type: RequestDetailDto })
  close(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CloseDto): Promise<RequestDetailDto> {
    return this.requests.close(actor, id, dto);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Transfer (转办) to another active handling unit with a reason; the clock is unchanged (counted from the receipt by the body)' })
  @ApiOkResponse({ type: RequestDetailDto })
  transfer(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: TransferRequestDto): Promise<RequestDetailDto> {
    return this.requests.transfer(actor, id, dto);
  }

  @Post(':id/registration')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Correct the registration (requester name, contact, content, channel; receipt date and requester type by the office with a reason); old and new values are recorded, the clock follows',
  })
  @ApiOkResponse({ type: RequestDetailDto })
  correctRegistration(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CorrectRegistrationDto): Promise<RequestDetailDto> {
    return this.requests.correctRegistration(actor, id, dto);
  }
}
