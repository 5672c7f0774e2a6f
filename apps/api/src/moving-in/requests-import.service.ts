import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { REQUEST_COLUMNS, type ApplicantColumnCode } from '../../../../libs/domain/src/annual-report/request-format';
import { isIsoDate, shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { RECEIPT_CHANNEL_RULES, RECEIPT_CHANNELS, type ReceiptChannel } from '../../../../libs/domain/src/requests/receipt-channel';
import { IMPORTED_REQUEST_COLUMNS, IMPORTED_REQUEST_REQUIRED, importedRequestEvents, type ImportedSteps } from '../../../../libs/domain/src/requests/imported-request';
import { readClock, RequestRuleError } from '../../../../libs/domain/src/requests/request-rules';
import { requestSnapshot } from '../../../../libs/domain/src/requests/request-snapshot';
import type { RowError } from '../../../../libs/domain/src/registry/import-rows';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { assertYearOpen } from '../annual-reports/year-lock';
import { ApiContext } from '../api-context';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { importRejected, readXlsxTable, sheetColumns } from '../common/sheet-import';
import type { RequestDraft } from '../requests/requests.service';
import { RequestsService } from '../requests/requests.service';
import { importedUnitProblem } from '../units/active-unit';

const COLUMNS = IMPORTED_REQUEST_COLUMNS;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = IMPORTED_REQUEST_REQUIRED;
const DATE_COLUMNS = ['receivedOn', 'correctionSentOn', 'correctionDue', 'correctionReceivedOn', 'extensionApprovedOn', 'consultationStartedOn', 'consultationEndedOn'] as const;
const WHAT = '在办依申请公开';

const typeByText = new Map<string, ApplicantColumnCode>(
  REQUEST_COLUMNS.filter((c) => c.code !== 'total').flatMap((c) => [[c.code, c.code as ApplicantColumnCode] as const, [c.label, c.code as ApplicantColumnCode] as const]),
);
const channelByText = new Map<string, ReceiptChannel>(RECEIPT_CHANNELS.flatMap((c) => [[c, c] as const, [RECEIPT_CHANNEL_RULES[c].label, c] as const]));

export interface RequestsImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  /** Of those, the ones whose answer period has already run out: breached at once. */
  overdue: number;
  requestIds: string[];
}

/**
 * Requests open when the office moved in, with their real receipt dates and their steps so far:
 * each starts its workflow with the clock where the law has it. All or nothing, previewed first.
 */
@Injectable()
export class RequestsImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: ApiContext,
    private readonly requests: RequestsService,
  ) {}

  async import(actor: Actor, content: Buffer, fileName: string, dryRun: boolean): Promise<RequestsImportResult> {
    const table = await readXlsxTable(content, fileName, WHAT);
    const cell = sheetColumns(table, COLUMNS, REQUIRED, WHAT);
    const units = new Map((await this.dataSource.getRepository(UnitEntity).find()).map((u) => [u.name, u]));
    const context = { today: shanghaiDate(new Date()), countFrom: this.context.config.requests.countFrom };
    const errors: RowError[] = [];
    const drafts: RequestDraft[] = [];
    let overdue = 0;
    for (const { rowNumber: row, cells } of table.rows) {
      const before = errors.length;
      const fail = (field: Column, reason: string) => errors.push({ row, field, reason });
      const text = (column: Column, max: number) => {
        const value = cell(cells, column);
        if (REQUIRED.includes(column) && value === '') fail(column, `“${COLUMNS[column][0]}”不能为空`);
        else if (value.length > max) fail(column, `“${COLUMNS[column][0]}”不能超过${max}字`);
        return value;
      };
      const unitName = text('unit', 100);
      const unit = units.get(unitName);
      const unitProblem = unitName ? importedUnitProblem(unitName, unit) : null;
      if (unitProblem) fail('unit', unitProblem);
      const typeText = text('requesterType', 30);
      const requesterType = typeByText.get(typeText);
      if (typeText && !requesterType) fail('requesterType', `申请人类型“${typeText}”应为 ${REQUEST_COLUMNS.filter((c) => c.code !== 'total').map((c) => c.label).join('、')}`);
      const channelText = text('receiptChannel', 30);
      const receiptChannel = channelByText.get(channelText);
      if (channelText && !receiptChannel) fail('receiptChannel', `申请渠道“${channelText}”应为 ${RECEIPT_CHANNELS.map((c) => RECEIPT_CHANNEL_RULES[c].label).join('、')}`);
      const requesterName = text('requesterName', 200);
      const requesterContact = text('requesterContact', 300);
      const requestContent = text('content', 20_000);
      const dates = Object.fromEntries(
        DATE_COLUMNS.map((column) => {
          const value = cell(cells, column);
          if (value !== '' && !isIsoDate(value)) fail(column, `“${value}”不是有效日期（应为 YYYY-MM-DD）`);
          return [column, value === '' ? null : value];
        }),
      ) as Record<(typeof DATE_COLUMNS)[number], string | null>;
      const daysText = cell(cells, 'extensionWorkingDays');
      if (daysText !== '' && !/^\d{1,2}$/.test(daysText)) fail('extensionWorkingDays', `延期工作日“${daysText}”应为整数`);
      if (dates.receivedOn) {
        try {
          await assertYearOpen(this.dataSource.manager, Number(dates.receivedOn.slice(0, 4)), '导入该年收到的申请', true, unit?.id ?? null);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          fail('receivedOn', error.message);
        }
      }
      if (errors.length !== before) continue;
      const steps: ImportedSteps = {
        ...dates,
        receivedOn: dates.receivedOn!,
        extensionWorkingDays: daysText === '' ? null : Number(daysText),
        consultationParty: cell(cells, 'consultationParty') || null,
      };
      try {
        const events = importedRequestEvents(steps, actor.name, context);
        const clock = readClock(events, context);
        if (clock.status === 'overdue') overdue += 1;
        drafts.push({
          id: randomUUID(),
          dto: { unitId: unit!.id, requesterType: requesterType!, requesterName, requesterContact, receiptChannel: receiptChannel!, receivedOn: steps.receivedOn, content: requestContent },
          snapshot: requestSnapshot(clock),
          imported: events.slice(1),
        });
      } catch (error) {
        if (!(error instanceof RequestRuleError)) throw error;
        errors.push({ row, field: error.field ?? 'row', reason: error.message });
      }
    }
    if (table.rows.length === 0) errors.push({ row: table.headerRowNumber + 1, reason: '文件中没有申请' });
    if (errors.length) throw importRejected(WHAT, errors);
    if (dryRun) return { dryRun, rows: drafts.length, created: 0, overdue, requestIds: [] };
    await this.requests.registerMany(actor, drafts);
    return { dryRun, rows: drafts.length, created: drafts.length, overdue, requestIds: drafts.map((d) => d.id) };
  }
}
