import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

const TEXT_LIMIT = 50_000;

export class ReportScopeQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "one unit's own report; the body's, which adds up every unit, when omitted" })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be a UUID' })
  unitId?: string;
}

export class ExportQuery extends ReportScopeQuery {
  @ApiProperty({ enum: ['docx', 'html', 'txt'] })
  @IsIn(['docx', 'html', 'txt'], { message: 'format must be docx, html or txt' })
  format!: 'docx' | 'html' | 'txt';
}

export class ReportTextsDto {
  @ApiPropertyOptional({ example: '某某区人民政府办公室', description: 'the reporting body as the title names it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  bodyName?: string;

  @ApiProperty({ description: '一、总体情况' })
  @IsString()
  @MaxLength(TEXT_LIMIT)
  overview!: string;

  @ApiProperty({ description: '五、存在的主要问题及改进情况' })
  @IsString()
  @MaxLength(TEXT_LIMIT)
  problems!: string;

  @ApiProperty({ description: '六、其他需要报告的事项' })
  @IsString()
  @MaxLength(TEXT_LIMIT)
  otherMatters!: string;
}

export class AmendmentDto {
  @ApiProperty({ example: '一件申请的办理结果登记有误，应为部分公开' })
  @IsString()
  @MinLength(4, { message: 'reason must say why the published report is corrected' })
  @MaxLength(2000)
  reason!: string;
}
