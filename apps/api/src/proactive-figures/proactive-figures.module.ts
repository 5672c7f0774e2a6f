import { Module } from '@nestjs/common';
import { DocumentRepealController } from './document-repeal.controller';
import { DocumentRepealService } from './document-repeal.service';
import { ProactiveFiguresController } from './proactive-figures.controller';
import { ProactiveFiguresService } from './proactive-figures.service';

@Module({
  controllers: [ProactiveFiguresController, DocumentRepealController],
  providers: [ProactiveFiguresService, DocumentRepealService],
})
export class ProactiveFiguresModule {}
