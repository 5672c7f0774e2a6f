import { ApiProperty } from '@nestjs/swagger';
import { MAIL_STATUSES } from '../../../../../libs/persistence/src/entities/mail-message.entity';

/** One outbox message as the delivery log shows it. */
export class MailMessageDto {
  @ApiProperty({ example: 'task:…:assigned', description: 'the idempotency key' }) key!: string;
  @ApiProperty({ type: [String] }) to!: string[];
  @ApiProperty({ type: [String] }) cc!: string[];
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: MAIL_STATUSES }) status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String, description: "the SMTP server's last refusal" }) lastError!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) sentAt!: string | null;
}

export class MailPageDto {
  @ApiProperty({ type: [MailMessageDto] }) items!: MailMessageDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
