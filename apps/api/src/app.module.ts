import { DynamicModule, Global, Module, type Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { AnnualReportsModule } from './annual-reports/annual-reports.module';
import { ApiContext } from './api-context';
import { AuditLogModule } from './audit-log/audit-log.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { AllErrorsFilter } from './common/all-errors.filter';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { PeopleModule } from './people/people.module';
import { ProactiveFiguresModule } from './proactive-figures/proactive-figures.module';
import { RegistryImportModule } from './registry-import/registry-import.module';
import { MovingInModule } from './moving-in/moving-in.module';
import { RequestsModule } from './requests/requests.module';
import { ReviewLitigationModule } from './review-litigation/review-litigation.module';
import { SupervisionModule } from './supervision/supervision.module';
import { UnitsModule } from './units/units.module';
import { WorkflowGatewayModule } from './workflow-gateway/workflow-gateway.module';
import { WorkflowStartsModule } from './workflow-starts/workflow-starts.module';

export interface ApiDependencies {
  context: ApiContext;
  dataSource: DataSource;
  temporal: Connection;
  /** Modules mounted beside the API's own, under the same guard, pipes and operation log (a test's probe route). */
  modules?: Type[];
}

/** Shared resources, opened by whoever starts the API (main.ts, tests), closed by them too. */
@Global()
@Module({})
class ResourcesModule {
  static with(deps: ApiDependencies): DynamicModule {
    const providers = [
      { provide: ApiContext, useValue: deps.context },
      { provide: DataSource, useValue: deps.dataSource },
      { provide: Connection, useValue: deps.temporal },
    ];
    return { module: ResourcesModule, providers, exports: providers.map((p) => p.provide) };
  }
}

@Module({})
export class AppModule {
  static with(deps: ApiDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ResourcesModule.with(deps),
        WorkflowGatewayModule,
        WorkflowStartsModule,
        AuthModule.register(deps.context.jwtSecret),
        UnitsModule,
        PeopleModule,
        RegistryImportModule,
        DocumentsModule,
        RequestsModule,
        MovingInModule,
        ReviewLitigationModule,
        ProactiveFiguresModule,
        AnnualReportsModule,
        SupervisionModule,
        HealthModule,
        AuditLogModule,
        CalendarModule,
        ...(deps.modules ?? []),
      ],
      providers: [{ provide: APP_FILTER, useClass: AllErrorsFilter }],
    };
  }
}
