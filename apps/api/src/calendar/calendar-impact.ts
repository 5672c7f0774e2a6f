import { In, IsNull, Not, type DataSource } from 'typeorm';
import type { CalendarPublished, DeadlineMove } from '../../../../libs/contracts/src/calendar-activities';
import { requestWorkflowId, signOffWorkflowId, taskWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import type { CalendarYearData } from '../../../../libs/domain/src/calendar/calendar-year-data';
import type { MovedDeadline } from '../../../../libs/domain/src/calendar/calendar-moves-mail';
import { DocumentEntity } from '../../../../libs/persistence/src/entities/document.entity';
import { InformationRequestEntity } from '../../../../libs/persistence/src/entities/information-request.entity';
import { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';
import { calendarImpactQuery, calendarPublishedSignal } from '../../../../workflows/shared/calendar.messages';
import { runEnded } from '../workflow-gateway/temporal-errors';
import type { WorkflowGateway } from '../workflow-gateway/workflow-gateway';

export type CaseType = 'document' | 'task' | 'request';

/** An open case, by its workflow: what a publication recounts. */
export interface OpenCase {
  caseType: CaseType;
  caseId: string;
  unitId: string;
  label: string;
  workflowId: string;
}

export interface CaseMove extends MovedDeadline {
  caseType: CaseType;
  caseId: string;
  unitId: string;
}

export const OPEN_DOCUMENT = ['in_review', 'awaiting_publication', 'publication_flagged'];
export const CLOSED_TASK = ['verified', 'cancelled'];
// Queries and signals go out a few at a time: an office has hundreds of open cases, not millions.
const AT_ONCE = 16;
// A case that does not answer in this long is left for the next pass rather than holding the admin's publication.
const CASE_CALL_MS = 5_000;

export async function openCases(dataSource: DataSource): Promise<OpenCase[]> {
  const [documents, tasks, requests] = await Promise.all([
    dataSource.getRepository(DocumentEntity).find({ where: { status: In(OPEN_DOCUMENT) }, select: { id: true, unitId: true, title: true } }),
    dataSource.getRepository(SupervisionTaskEntity).find({ where: { status: Not(In(CLOSED_TASK)) }, select: { id: true, unitId: true, title: true } }),
    dataSource.getRepository(InformationRequestEntity).find({ where: { answeredOn: IsNull() }, select: { id: true, unitId: true, number: true } }),
  ]);
  return [
    ...documents.map((d) => ({ caseType: 'document' as const, caseId: d.id, unitId: d.unitId, label: `《${d.title}》`, workflowId: signOffWorkflowId(d.id) })),
    ...tasks.map((t) => ({ caseType: 'task' as const, caseId: t.id, unitId: t.unitId, label: t.title, workflowId: taskWorkflowId(t.id) })),
    ...requests.map((r) => ({ caseType: 'request' as const, caseId: r.id, unitId: r.unitId, label: r.number, workflowId: requestWorkflowId(r.id) })),
  ];
}

export async function inBatches<T, R>(items: readonly T[], each: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += AT_ONCE) results.push(...(await Promise.all(items.slice(i, i + AT_ONCE).map(each))));
  return results;
}

/** The cases' workflows, asked and told about calendars. */
export class CalendarCases {
  constructor(private readonly workflows: WorkflowGateway) {}

  /**
   * Every deadline of the open cases the given years would move, each computed by its own
   * workflow with the code that moves it on publication. A case whose run has ended since the
   * list was read has nothing left to move.
   */
  async impact(cases: readonly OpenCase[], years: CalendarYearData[]): Promise<CaseMove[]> {
    return (await inBatches(cases, (c) => this.impactOf(c, years))).flat();
  }

  /** What the years would move in one case; throws when its workflow cannot be reached. */
  async impactOf(c: OpenCase, years: CalendarYearData[]): Promise<CaseMove[]> {
    let found: DeadlineMove[];
    try {
      found = await this.workflows.within(CASE_CALL_MS, () => this.workflows.query(c.workflowId, calendarImpactQuery, [years]));
    } catch (error) {
      if (runEnded(error)) return [];
      throw error;
    }
    return found.map((m) => ({ ...m, caseType: c.caseType, caseId: c.caseId, unitId: c.unitId, caseLabel: c.label }));
  }

  /** As impact, but a case that cannot be reached is listed apart instead of failing the whole. */
  async impactReachable(cases: readonly OpenCase[], years: CalendarYearData[]): Promise<{ moves: CaseMove[]; unreached: Set<string> }> {
    const unreached = new Set<string>();
    const moves = await inBatches(cases, (c) =>
      this.impactOf(c, years).catch(() => {
        unreached.add(c.workflowId);
        return [];
      }),
    );
    return { moves: moves.flat(), unreached };
  }

  /** Tells one open case that a version is in force; it fetches the calendar and recounts. A case whose run has ended has nothing to recount. */
  async tell(c: Pick<OpenCase, 'workflowId'>, published: CalendarPublished): Promise<void> {
    try {
      await this.workflows.within(CASE_CALL_MS, () => this.workflows.signal(c.workflowId, calendarPublishedSignal, [published]));
    } catch (error) {
      if (!runEnded(error)) throw error;
    }
  }
}
