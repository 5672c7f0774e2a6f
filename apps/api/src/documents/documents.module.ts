import { Module } from '@nestjs/common';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { SignOffWorkflows } from './signoff-workflows';
import { SignOffConfigController } from './signoff-config.controller';
import { SignOffPlanService } from './signoff-plan.service';
import { TrailArchiveController } from './trail-archive.controller';
import { TrailController } from './trail.controller';
import { TrailService } from './trail.service';

@Module({
  controllers: [DocumentsController, TrailController, TrailArchiveController, SignOffConfigController],
  providers: [DocumentsService, SignOffWorkflows, SignOffPlanService, TrailService],
})
export class DocumentsModule {}
