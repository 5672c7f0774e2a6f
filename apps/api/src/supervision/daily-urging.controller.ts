import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isIsoDate } from '../../../../libs/domain/src/calendar/iso-date';
import { MANAGERS, Roles } from '../common/access';
import { invalid } from '../common/app-error';
import { TaskWorkflows } from './task-workflows';

@ApiTags('supervision: daily urging')
@ApiBearerAuth()
@Roles(...MANAGERS)
@Controller('daily-urging')
export class DailyUrgingController {
  constructor(private readonly tasks: TaskWorkflows) {}

  @Post(':date')
  @HttpCode(200)
  @ApiOperation({ summary: "Run a day's urging now (coordinators), as the 09:00 schedule does: digests and calls; nothing on a rest day; a rerun sends nothing twice" })
  run(@Param('date') date: string) {
    if (!isIsoDate(date)) throw invalid('date', '应为存在的日期，格式 YYYY-MM-DD');
    return this.tasks.runDailyUrging(date);
  }
}
