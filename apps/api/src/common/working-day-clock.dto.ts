import { ApiProperty } from '@nestjs/swagger';

/** Where a deadline stands today, in working days on the published calendar. */
export class WorkingDayClockDto {
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ description: 'working days from tomorrow up to and including the due day; 0 when due today or late' }) workingDaysLeft!: number;
  @ApiProperty({ description: 'working days after the due day up to and including today; 0 while not late' }) overdueWorkingDays!: number;
}
