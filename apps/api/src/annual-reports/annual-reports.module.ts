import { Module } from '@nestjs/common';
import { AnnualReportsController } from './annual-reports.controller';
import { AnnualReportsService } from './annual-reports.service';
import { ReportGeneratorController } from './report-generator.controller';
import { ReportGeneratorService } from './report-generator.service';

@Module({ controllers: [AnnualReportsController, ReportGeneratorController], providers: [AnnualReportsService, ReportGeneratorService] })
export class AnnualReportsModule {}
