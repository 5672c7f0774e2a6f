import { ApiProperty } from '@nestjs/swagger';

/** Working days left to reply, or late, counted to the Beijing day the reply is due. */
export class ReplyClockDto {
  @ApiProperty() workingDaysLeft!: number;
  @ApiProperty() overdueWorkingDays!: number;
  @ApiProperty({ description: 'the reply deadline has passed' }) overdue!: boolean;
}

export class SupervisionOrderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '督〔2026〕3号' }) number!: string;
  @ApiProperty({ enum: [1, 2, 3], description: '1 一般, 2 重点, 3 特急' }) level!: number;
  @ApiProperty({ example: '一般' }) levelName!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty() actionDemanded!: string;
  @ApiProperty({ example: '2026-12-01' }) issuedOn!: string;
  @ApiProperty() replyDueAt!: string;
  @ApiProperty({ nullable: true, type: ReplyClockDto, description: 'null once answered or escalated' }) replyClock!: ReplyClockDto | null;
  @ApiProperty({ enum: ['awaiting_reply', 'replied', 'escalated'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) replyText!: string | null;
  @ApiProperty({ nullable: true, type: String }) repliedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) escalatedAt!: string | null;
}

export class SupervisionOrderPageDto {
  @ApiProperty({ type: [SupervisionOrderDto] }) items!: SupervisionOrderDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
