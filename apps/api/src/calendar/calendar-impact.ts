import { In, IsNull, Not, type DataSource } from 'typeorm';
import type { CalendarPublished, DeadlineMove } from '../../../../libs/contracts/src/calendar-activities';
import { requestWorkflowId, signOffWorkflowId, taskWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { CALENDAR_HOLD_CODES, type CalendarHold } from '../../../../libs/domain/src/calendar/calendar-hold';
import type { CalendarYearData } from '../../../../libs/domain/src/calendar/calendar-year-data';
import type { MovedDeadline } from '../../../../libs/domain/src/calendar/calendar-moves-mail';
import { DocumentEntity } from '../../../../libs/persistence/src/entities/document.entity';
import { InformationRequestEntity } from '../../../../libs/persistence/src/entities/information-request.entity';
import { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';
import {
  calendarHoldQuery,
  calendarImpactQuery,
  calendarPublishedSignal,
  decideCalendarHoldUpdate,
  type CalendarHoldDecision,
  type CalendarHoldReceipt,
} from '../../../../workflows/shared/calendar.messages';
import { SIGNOFF_REFUSALS } from '../documents/signoff-workflows';
import { REQUEST_REFUSALS } from '../requests/request-workflows';
import { TASK_REFUSALS } from '../supervision/task-workflows';
import { runEnded, type WorkflowRefusals } from '../workflow-gateway/temporal-errors';
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

export interface HeldCase extends OpenCase {
  hold: CalendarHold;
}

export interface CaseMove extends MovedDeadline {
  caseType: CaseType;
  caseId: string;
  unitId: string;
}

/** A case that ended since it was listed refuses as its own feature's steps do. */
const CASE_ENDED: Record<CaseType, WorkflowRefusals['ended']> = { document: SIGNOFF_REFUSALS.ended, task: TASK_REFUSALS.ended, request: REQUEST_REFUSALS.ended };

export const OPEN_DOCUMENT = ['in_review', 'awaiting_publication', 'publication_flagged'];
export const CLOSED_TASK = ['verified', 'cancelled'];
// Queries and signals go out a few at a time: an office has hundreds of open cases, not millions.
const AT_ONCE = 16;
// A case that does not answer in this long is left for the next pass rather than holding the admin's publication.
const CASE_CALL_MS = 5_000;

/** Every open case, or the one named by `only` when it is open. */
export async function openCases(dataSource: DataSource, only?: { caseType: CaseType; caseId: string }): Promise<OpenCase[]> {
  const asked = (type: CaseType) => !only || only.caseType === type;
  const id = only ? { id: only.caseId } : {};
  const [documents, tasks, requests] = await Promise.all([
    asked('document') ? dataSource.getRepository(DocumentEntity).find({ where: { status: In(OPEN_DOCUMENT), ...id }, select: { id: true, unitId: true, title: true } }) : [],
    asked('task') ? dataSource.getRepository(SupervisionTaskEntity).find({ where: { status: Not(In(CLOSED_TASK)), ...id }, select: { id: true, unitId: true, title: true } }) : [],
    asked('request') ? dataSource.getRepository(InformationRequestEntity).find({ where: { answeredOn: IsNull(), ...id }, select: { id: true, unitId: true, number: true } }) : [],
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

  /** The open cases a published calendar is held back from, with what it would move; a case not answering is counted apart. */
  async holds(cases: readonly OpenCase[]): Promise<{ held: HeldCase[]; unreached: number }> {
    let unreached = 0;
    const found = await inBatches(cases, async (c): Promise<HeldCase | null> => {
      try {
        const hold = await this.workflows.within(CASE_CALL_MS, () => this.workflows.query(c.workflowId, calendarHoldQuery, []));
        return hold ? { ...c, hold } : null;
      } catch (error) {
        if (!runEnded(error)) unreached += 1;
        return null;
      }
    });
    return { held: found.filter((c): c is HeldCase => c !== null), unreached };
  }

  /** A coordinator's decision on one held case, carried out by its workflow. */
  decide(c: OpenCase, decided: CalendarHoldDecision): Promise<CalendarHoldReceipt> {
    return this.workflows.update(c.workflowId, decideCalendarHoldUpdate, decided, { rules: CALENDAR_HOLD_CODES, ended: CASE_ENDED[c.caseType] });
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
