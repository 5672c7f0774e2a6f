import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiContext } from '../api-context';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { FILE_BODY, multipartFiles } from '../common/multipart-upload';
import { IdParam } from '../common/id-param';
import { ImportPreviewQuery } from '../common/import-preview-query';
import { CreateTaskDto, DueDateDto, EmptyDto, ExtensionDecisionDto, ExtensionRequestDto, ListTasksQuery, TaskFilterQuery, ProgressDto, ReasonDto, SubmitTaskDto, TransferTaskDto } from './dto/task.dto';
import { LedgerImportResultDto, TaskDetailDto, TaskDto, TaskHistoryDto, TaskPageDto } from './dto/task-view.dto';
import { LedgerIoService } from './ledger-io.service';
import { TasksService } from './tasks.service';
import { XLSX } from '../../../../libs/domain/src/text/office-media-types';

@ApiTags('supervision: plan ledger')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly ledger: LedgerIoService,
    private readonly context: ApiContext,
  ) {}

  @Post()
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Assign a task to a unit (coordinators): due date or time limit; its workflow starts at once' })
  @ApiCreatedResponse({ type: TaskDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateTaskDto): Promise<TaskDto> {
    return this.tasks.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: "List tasks (a unit contact sees only their own unit's): unitId, planId, status, open, source, overdue, dueFrom, dueTo, q; sort by due date" })
  @ApiOkResponse({ type: TaskPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListTasksQuery): Promise<TaskPageDto> {
    return this.tasks.list(actor, query);
  }

  @Post('import')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Import the ledger from .xlsx (任务名称, 责任单位, 办理时限, 来源, 责任人邮箱, 方案); all or nothing, every bad row listed; dryRun=true only checks' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiOkResponse({ type: LedgerImportResultDto })
  async import(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Query() query: ImportPreviewQuery): Promise<LedgerImportResultDto> {
    const { file } = await multipartFiles(request, ['file'], '台账（.xlsx）', this.context.config.api.archiveUnpackLimitBytes);
    return this.ledger.import(actor, file.content, file.fileName, query.dryRun === true);
  }

  @Get('export')
  @ApiOperation({ summary: "The ledger as .xlsx, one row per task, with the list's filters (a unit contact gets their own unit only)" })
  async export(@CurrentActor() actor: Actor, @Query() query: TaskFilterQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const xlsx = await this.ledger.export(actor, query);
    void reply.header('content-type', XLSX);
    void reply.header('content-disposition', 'attachment; filename="ledger.xlsx"');
    return xlsx;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One task with its evidence' })
  @ApiOkResponse({ type: TaskDetailDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<TaskDetailDto> {
    return this.tasks.get(actor, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: "The task's append-only history: assignment, actions, reminders, orders, calls" })
  @ApiOkResponse({ type: TaskHistoryDto })
  history(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<TaskHistoryDto> {
    return this.tasks.history(actor, id);
  }

  @Get(':id/evidence/:fileId')
  @ApiOperation({ summary: 'Download an evidence file' })
  async evidence(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('fileId') fileId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.tasks.evidenceFile(actor, id, fileId);
    void reply.header('content-type', file.mediaType);
    void reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    return Buffer.from(file.contentBase64, 'base64');
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOperation({ summary: "Start work (the unit's people, coordinators)" })
  @ApiOkResponse({ type: TaskDto })
  start(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() _: EmptyDto): Promise<TaskDto> {
    return this.tasks.start(actor, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report the task done with evidence: note, links, small files (at least one link or file)' })
  @ApiOkResponse({ type: TaskDto })
  submit(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: SubmitTaskDto): Promise<TaskDto> {
    return this.tasks.submit(actor, id, dto);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Accept the submission and close the task (coordinators)' })
  @ApiOkResponse({ type: TaskDto })
  verify(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() _: EmptyDto): Promise<TaskDto> {
    return this.tasks.verify(actor, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Send the submission back with a reason (coordinators)' })
  @ApiOkResponse({ type: TaskDto })
  returnForRework(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ReasonDto): Promise<TaskDto> {
    return this.tasks.returnForRework(actor, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Cancel a task with a reason (coordinators): its workflow ends, it leaves the scores, its history stays' })
  @ApiOkResponse({ type: TaskDto })
  cancel(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ReasonDto): Promise<TaskDto> {
    return this.tasks.cancel(actor, id, dto);
  }

  @Post(':id/due')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: "Change a task's due date with a reason (coordinators): reminders, overdue notice and order follow the new date" })
  @ApiOkResponse({ type: TaskDto })
  changeDue(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: DueDateDto): Promise<TaskDto> {
    return this.tasks.changeDue(actor, id, dto);
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Roles(...MANAGERS)
  @ApiOperation({ summary: "Hand the task to another active unit with a reason (转办, coordinators): its contacts are told; the old unit no longer sees it" })
  @ApiOkResponse({ type: TaskDto })
  transfer(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: TransferTaskDto): Promise<TaskDto> {
    return this.tasks.transfer(actor, id, dto);
  }

  @Post(':id/extension')
  @HttpCode(200)
  @ApiOperation({ summary: "Ask for a later due date with a reason and, optionally, evidence as a submission's (延期申请; the task's unit); a coordinator decides" })
  @ApiOkResponse({ type: TaskHistoryDto })
  requestExtension(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ExtensionRequestDto): Promise<TaskHistoryDto> {
    return this.tasks.requestExtension(actor, id, dto);
  }

  // No role guard: the workflow refuses anyone but the office, and the unit that asked, with TASK_EXTENSION_NEEDS_OFFICE.
  @Post(':id/extension/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or refuse the pending extension with a reason (coordinators, never of the unit that asked); an approval re-arms the timers' })
  @ApiOkResponse({ type: TaskDto })
  decideExtension(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ExtensionDecisionDto): Promise<TaskDto> {
    return this.tasks.decideExtension(actor, id, dto);
  }

  @Post(':id/progress')
  @HttpCode(200)
  @ApiOperation({ summary: 'Note progress; returns the history' })
  @ApiOkResponse({ type: TaskHistoryDto })
  progress(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: ProgressDto): Promise<TaskHistoryDto> {
    return this.tasks.progress(actor, id, dto);
  }
}
