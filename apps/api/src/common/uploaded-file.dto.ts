import { createHash } from 'node:crypto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** An uploaded file inside a JSON body; its SHA-256 is computed by the server, never taken from the client. */
export class UploadedFileDto {
  @ApiProperty({ example: '关于印发某某办法的通知.pdf' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  filename!: string;

  @ApiPropertyOptional({ example: 'application/pdf' })
  @IsOptional()
  @Matches(/^[\w.+-]+\/[\w.+-]+$/, { message: 'mediaType 应为媒体类型，如 application/pdf' })
  mediaType?: string;

  @ApiProperty({ description: 'the file, base64' })
  @IsBase64({}, { message: 'contentBase64 应为 base64 编码' })
  @MinLength(1)
  contentBase64!: string;
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
