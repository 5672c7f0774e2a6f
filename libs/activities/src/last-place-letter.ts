import type { LastPlaceReminderTask, LastPlaceUnit } from '../../domain/src/supervision/last-place';
import type { QuarterlyCircular } from '../../domain/src/supervision/quarterly-circular';
import { chineseDate, twoDecimals, type RenderedMail } from '../../domain/src/supervision/text-format';
import { escapeHtml } from '../../domain/src/text/escape-html';

/** The last-place reminder letter (末位提醒函) to a unit's leader: its place, its score, the plan demanded. */
export function renderLastPlaceLetter(circular: QuarterlyCircular, unit: LastPlaceUnit, task: LastPlaceReminderTask): RenderedMail {
  const interview = circular.interviews.some((listed) => listed.unitId === unit.unitId);
  const paragraphs = [
    `${unit.unitName}负责同志：`,
    `根据${circular.title}，贵单位${circular.quarterLabel}政务公开工作得分${twoDecimals(unit.score)}分，排名第${unit.rank}名，列为末位。`,
    `请贵单位认真分析原因，于${chineseDate(task.due)}前报送整改方案。该事项已列入督办台账（${task.title}）。`,
    ...(interview ? ['贵单位已连续两个季度排名末位，将按规定对贵单位进行约谈。'] : []),
    circular.issuer,
    chineseDate(circular.issuedOn),
  ];
  return {
    subject: `【末位提醒】${unit.unitName}${circular.quarterLabel}政务公开工作排名末位`,
    text: paragraphs.join('\n') + '\n',
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
  };
}
