import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module';
import { MovingInController } from './moving-in.controller';
import { RegulationsImportService } from './regulations-import.service';
import { RequestsImportService } from './requests-import.service';

/** Moving in from the old way of working: what was open or in force before the system arrived. */
@Module({ imports: [RequestsModule], controllers: [MovingInController], providers: [RequestsImportService, RegulationsImportService] })
export class MovingInModule {}
