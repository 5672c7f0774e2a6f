import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { quarterlyCircularWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { hasQuarterEnded, quarterKey, quarterLastDay, type Quarter } from '../../../../libs/domain/src/supervision/quarter';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { circularFilenames } from '../../../../libs/domain/src/supervision/quarterly-circular';
import { DOCX, XLSX } from '../../../../libs/domain/src/text/office-media-types';
import { QuarterlyCircularEntity } from '../../../../libs/persistence/src/entities/quarterly-circular.entity';
import { quarterlyCircularWorkflow } from '../../../../workflows/supervision/quarterly-circular.workflow';
import { ApiContext } from '../api-context';
import { caseActor, type Actor } from '../common/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import { WorkflowGateway } from '../workflow-gateway/workflow-gateway';

export interface CircularFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

function summary(row: QuarterlyCircularEntity) {
  const c = row.content;
  return { quarterKey: row.quarterKey, year: row.year, quarter: row.quarter, title: c.title, issuedOn: row.issuedOn, sends: row.sends, lastPlace: c.lastPlace, interviews: c.interviews };
}

/** Parses the route's year and quarter: 2024 and 3. */
export function routeQuarter(year: string, quarter: string): Quarter {
  if (!/^\d{4}$/.test(year)) throw invalid('year', '应为四位年份 YYYY');
  if (!/^[1-4]$/.test(quarter)) throw invalid('quarter', '应为 1、2、3 或 4');
  return { year: Number(year), quarter: Number(quarter) as Quarter['quarter'] };
}

/** The quarterly circular: issued by its workflow (as the schedule does), read from the archive. */
@Injectable()
export class CircularsService {
  constructor(
    private readonly workflows: WorkflowGateway,
    private readonly dataSource: DataSource,
    private readonly context: ApiContext,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(QuarterlyCircularEntity);
  }

  async issue(actor: Actor, q: Quarter, force: boolean) {
    const today = shanghaiDate(Date.now());
    if (!hasQuarterEnded(q, today)) {
      throw new AppError('QUARTER_NOT_ENDED', `${quarterKey(q)} 于 ${quarterLastDay(q)} 结束，次日起才能印发通报`);
    }
    const { supervision } = this.context.config;
    const run = await this.workflows.execute(quarterlyCircularWorkflow, quarterlyCircularWorkflowId(quarterKey(q)), [
      {
        year: q.year,
        quarter: q.quarter,
        force,
        issuedBy: caseActor(actor),
        settings: { lastPlaceCount: supervision.lastPlaceCount, rectificationPlanWorkingDays: supervision.rectificationPlanWorkingDays, timing: supervision.timing },
      },
    ]);
    return { ...(await this.get(q)), run };
  }

  async list() {
    const rows = await this.repo.find({ order: { year: 'DESC', quarter: 'DESC' } });
    return { items: rows.map(summary) };
  }

  private async row(q: Quarter): Promise<QuarterlyCircularEntity> {
    const row = await this.repo.findOne({ where: { quarterKey: quarterKey(q) } });
    if (!row) throw notFound('通报', quarterKey(q));
    return row;
  }

  async get(q: Quarter) {
    const row = await this.row(q);
    return { ...summary(row), circular: row.content, subject: row.subject, text: row.text, html: row.html };
  }

  async docx(q: Quarter): Promise<CircularFile> {
    const row = await this.row(q);
    return { filename: circularFilenames(row.content).docx, contentType: DOCX, content: Buffer.from(row.docxBase64, 'base64') };
  }

  async xlsx(q: Quarter): Promise<CircularFile> {
    const row = await this.row(q);
    return { filename: circularFilenames(row.content).xlsx, contentType: XLSX, content: Buffer.from(row.xlsxBase64, 'base64') };
  }
}
