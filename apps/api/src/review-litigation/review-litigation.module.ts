import { Module } from '@nestjs/common';
import { ReviewLitigationController } from './review-litigation.controller';
import { ReviewLitigationService } from './review-litigation.service';

@Module({
  controllers: [ReviewLitigationController],
  providers: [ReviewLitigationService],
})
export class ReviewLitigationModule {}
