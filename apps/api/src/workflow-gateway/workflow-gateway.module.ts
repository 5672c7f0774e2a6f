import { Global, Module } from '@nestjs/common';
import { WorkflowGateway } from './workflow-gateway';

@Global()
@Module({ providers: [WorkflowGateway], exports: [WorkflowGateway] })
export class WorkflowGatewayModule {}
