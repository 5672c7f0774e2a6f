import { Global, Module } from '@nestjs/common';
import { WorkflowStarter } from './workflow-starter';

@Global()
@Module({ providers: [WorkflowStarter], exports: [WorkflowStarter] })
export class WorkflowStartsModule {}
