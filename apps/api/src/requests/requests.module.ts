import { Module } from '@nestjs/common';
import { RequestWorkflows } from './request-workflows';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';

@Module({
  controllers: [RequestsController],
  providers: [RequestsService, RequestWorkflows],
  exports: [RequestsService],
})
export class RequestsModule {}
