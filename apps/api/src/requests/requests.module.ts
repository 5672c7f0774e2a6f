import { Module } from '@nestjs/common';
import { RequestClient } from './request-client';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';

@Module({
  controllers: [RequestsController],
  providers: [RequestsService, RequestClient],
  exports: [RequestsService],
})
export class RequestsModule {}
