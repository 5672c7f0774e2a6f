import { Module } from '@nestjs/common';
import { AnnualReportsController } from './annual-reports.controller';
import { AnnualReportsService } from './annual-reports.service';

@Module({ controllers: [AnnualReportsController], providers: [AnnualReportsService] })
export class AnnualReportsModule {}
