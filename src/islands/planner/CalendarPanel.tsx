/**
 * The work calendar: recurring duties of the plan (and those its rules
 * require but it has not planned yet), the end of the term, as a list and as
 * an .ics file for any calendar program.
 */
import { useMemo } from 'preact/hooks';
import { workCalendar } from '../../lib/plan-editing/calendar.ts';
import { pickPacks } from '../../lib/plan-editing/check.ts';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { calendarIcs } from '../../lib/plan-editing/ics.ts';
import type { Session } from '../../stores/planner.ts';
import { download, fileName } from './files.ts';

export function CalendarPanel({ session, data }: { session: Session; data: PlannerData }) {
  const plan = session.doc.plan;
  const duties = useMemo(
    () => workCalendar(plan, pickPacks(data.packs, plan.packs ?? []), new Date().getFullYear()),
    [plan, data],
  );
  const ics = () =>
    download(
      fileName(`${plan.title}-工作日历`, 'ics'),
      'text/calendar;charset=utf-8',
      calendarIcs(duties, {
        name: `${plan.title} 工作日历`,
        uidBase: session.id,
        now: new Date(),
        footer: '由城市基层党建案例库·班子规划器生成。',
      }),
    );
  return (
    <section class="pl-panel pl-calendar" aria-labelledby="pl-calendar-title">
      <h2 id="pl-calendar-title">工作日历</h2>
      {duties.length === 0 ? (
        <p>方案中还没有定期工作制度，所选规则包也没有规定：可在单位信息中添加联席会议、电话沟通等制度。</p>
      ) : (
        <>
          <table class="pl-table">
            <caption class="sr-only">定期工作</caption>
            <thead>
              <tr>
                <th scope="col">事项</th>
                <th scope="col">时间</th>
                <th scope="col">单位</th>
              </tr>
            </thead>
            <tbody>
              {duties.map((d) => (
                <tr key={d.key} class={d.from === 'rule' ? 'pl-from-rule' : undefined}>
                  <td>{d.title}</td>
                  <td>{d.when}</td>
                  <td>
                    {d.units.length > 4
                      ? `${d.units.slice(0, 4).join('、')}等${d.units.length}个`
                      : d.units.join('、')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={ics}>
            下载日历文件（.ics）
          </button>
          <p class="pl-hint">日历文件可导入手机日历、Outlook 等；每项从方案所指年份开始按周期重复。</p>
        </>
      )}
    </section>
  );
}
