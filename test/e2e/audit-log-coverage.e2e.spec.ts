import { Body, Controller, Get, Module, Param, Put } from '@nestjs/common';
import { IsString, MinLength } from 'class-validator';
import { Roles } from '../../apps/api/src/common/access';
import { notFound } from '../../apps/api/src/common/app-error';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

type Entry = { action: string; actorId: string; entityType: string; entityId: string | null; before: unknown; after: unknown };

class ProbeYearDto {
  @IsString()
  @MinLength(2)
  notice!: string;
}

/**
 * A route added the way a new feature adds one (the calendar's, say): a GET and an admin's PUT,
 * and not a word about the operation log.
 */
@Controller('probe-calendar/years')
class ProbeCalendarController {
  private readonly years = new Map<string, { year: string; notice: string }>();

  @Get(':year')
  read(@Param('year') year: string) {
    const found = this.years.get(year);
    if (!found) throw notFound('日历年份', year);
    return found;
  }

  @Put(':year')
  @Roles('admin')
  write(@Param('year') year: string, @Body() dto: ProbeYearDto) {
    this.years.set(year, { year, notice: dto.notice });
    return this.years.get(year);
  }
}

@Module({ controllers: [ProbeCalendarController] })
class ProbeCalendarModule {}

describe('the operation log records every admin write, on routes that never mention it', () => {
  let api: TestApi;
  let adminId: string;
  let auditor: string;
  let coordinator: string;
  let unit: { id: string };

  const entries = async (query: Record<string, string>) => {
    const response = await api.http.get('/audit-log').query({ pageSize: '100', ...query }).set('authorization', auditor);
    expect(response.status).toBe(200);
    return response.body.items as Entry[];
  };

  beforeAll(async () => {
    api = await startTestApi({}, { modules: [ProbeCalendarModule] });
    adminId = (await api.http.get('/auth/me').set('authorization', api.adminAuth)).body.personId;
    unit = await createUnit(api, '区统计局');
    auditor = (await createPersonAndLogin(api, { name: '审计孙', email: 'sun@gov.test.cn', roles: ['auditor'] })).auth;
    coordinator = (await createPersonAndLogin(api, { name: '公开办钱', email: 'qian@gov.test.cn', roles: ['coordinator'], unitId: unit.id })).auth;
  });
  afterAll(() => api.close());

  it('records a new route’s changes with the record before and after, read where its GET answers', async () => {
    const first = await api.http.put('/probe-calendar/years/2027').set('authorization', api.adminAuth).send({ notice: '国办发明电〔2026〕7号' });
    expect(first.status).toBe(200);
    const corrected = await api.http.put('/probe-calendar/years/2027').set('authorization', api.adminAuth).send({ notice: '国办发明电〔2026〕8号' });
    expect(corrected.status).toBe(200);
    // Refused at the edge: nothing changed, nothing recorded.
    const refused = await api.http.put('/probe-calendar/years/2027').set('authorization', api.adminAuth).send({ notice: '' });
    expect(refused.status).toBe(400);

    const logged = await entries({ entityType: 'probe-calendar', entityId: '2027' });
    expect(logged).toEqual([
      expect.objectContaining({
        action: 'PUT /api/probe-calendar/years/:year',
        actorId: adminId,
        before: { year: '2027', notice: '国办发明电〔2026〕7号' },
        after: { year: '2027', notice: '国办发明电〔2026〕8号' },
      }),
      expect.objectContaining({ action: 'PUT /api/probe-calendar/years/:year', before: null, after: { year: '2027', notice: '国办发明电〔2026〕7号' } }),
    ]);
  });

  it("records an admin's write on the system's own unannotated routes, and no one else's", async () => {
    const figures = { unitId: unit.id, licensingDecisions: 4, penaltyDecisions: 1, enforcementDecisions: 0, administrativeFeesWan: 0 };
    expect((await api.http.put('/proactive-figures/2025').set('authorization', api.adminAuth).send(figures)).status).toBe(200);
    expect((await api.http.put('/proactive-figures/2025').set('authorization', api.adminAuth).send({ ...figures, licensingDecisions: 6 })).status).toBe(200);
    const [changed] = await entries({ entityType: 'proactive-figures', entityId: '2025' });
    expect(changed.action).toBe('PUT /api/proactive-figures/:year');
    expect(JSON.stringify(changed.before)).toContain('"licensingDecisions":4');
    expect(JSON.stringify(changed.after)).toContain('"licensingDecisions":6');

    const texts = { overview: '坚持先审后发。', problems: '时效仍需提高。', otherMatters: '无' };
    expect((await api.http.put('/annual-reports/2025/texts').set('authorization', api.adminAuth).send(texts)).status).toBe(200);
    const [written] = await entries({ entityType: 'annual-reports', entityId: '2025' });
    expect(written).toMatchObject({ action: 'PUT /api/annual-reports/:year/texts', after: { overview: '坚持先审后发。' } });
    expect(written.before).toMatchObject({ overview: '' });

    // A coordinator's everyday write is the case's own history, not an administrative change;
    // the checker, open to readers, changes nothing.
    const before = (await entries({})).length;
    expect((await api.http.put('/annual-reports/2025/texts').set('authorization', coordinator).send({ ...texts, otherMatters: '另有说明' })).status).toBe(200);
    const checked = await api.http.post('/annual-reports/check').set('authorization', api.adminAuth).attach('file', Buffer.from('不是年报'), 'x.txt');
    expect(checked.status).toBe(422);
    expect((await entries({})).length).toBe(before);
  });
});
