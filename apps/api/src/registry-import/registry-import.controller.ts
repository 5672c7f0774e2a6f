import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { MANAGERS, Roles } from '../common/access';
import { ApiContext } from '../api-context';
import { Actor, CurrentActor } from '../common/actor';
import { invalid } from '../common/app-error';
import { FILE_BODY, multipartFiles, type UploadedFile } from '../common/multipart-upload';
import { RegistryImportService } from './registry-import.service';
import { Audited } from '../audit-log/audited';

/** The spreadsheet in the multipart field `file`. */
async function uploadedFile(request: FastifyRequest, archiveLimitBytes: number): Promise<UploadedFile> {
  return (await multipartFiles(request, ['file'], '表格（.xlsx 或 CSV）', archiveLimitBytes)).file;
}

function dryRunFlag(value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw invalid('dryRun', '应为 true 或 false');
}

@ApiTags('registry import')
@ApiBearerAuth()
@Roles(...MANAGERS)
@Controller()
export class RegistryImportController {
  constructor(
    private readonly imports: RegistryImportService,
    private readonly context: ApiContext,
  ) {}

  @Post('units/import')
  @Audited('registry_import')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import units from .xlsx or CSV (名称, 上级单位, 联系邮箱, 联系电话, 领导邮箱); all or nothing, matched by name',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiQuery({ name: 'dryRun', required: false, description: 'true: check only, write nothing' })
  async importUnits(@Req() request: FastifyRequest, @Query('dryRun') dryRun?: string) {
    const flag = dryRunFlag(dryRun);
    const { content, fileName } = await uploadedFile(request, this.context.config.api.archiveUnpackLimitBytes);
    return this.imports.importUnits(content, fileName, flag);
  }

  @Post('people/import')
  @Audited('registry_import')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import people from .xlsx or CSV (姓名, 邮箱, 单位, 角色, 审签级别); all or nothing, matched by email' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiQuery({ name: 'dryRun', required: false, description: 'true: check only, write nothing' })
  async importPeople(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Query('dryRun') dryRun?: string) {
    const flag = dryRunFlag(dryRun);
    const { content, fileName } = await uploadedFile(request, this.context.config.api.archiveUnpackLimitBytes);
    return this.imports.importPeople(actor, content, fileName, flag);
  }
}
