import { createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

const UNKNOWN_ID = '7d5c1b0e-0000-4000-8000-000000000000';

/** The one error shape every failure leaves in. */
function expectErrorShape(body: Record<string, unknown>, statusCode: number, code: string): void {
  expect(Object.keys(body).sort()).toEqual(['code', 'details', 'error', 'message', 'statusCode']);
  expect(body).toMatchObject({ statusCode, code });
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(0);
  expect(Array.isArray(body.details)).toBe(true);
}

const fields = (body: { details: Array<{ field: string }> }) => body.details.map((d) => d.field);

describe('bad input', () => {
  let api: TestApi;
  let unit: { id: string; name: string };
  let personId: string;

  /** Every unit and person as the admin sees them: compared before and after each bad request. */
  const snapshot = async () => {
    const units = await api.http.get('/units?pageSize=500').set('authorization', api.adminAuth);
    const people = await api.http.get('/people?pageSize=500').set('authorization', api.adminAuth);
    expect(units.status).toBe(200);
    expect(people.status).toBe(200);
    return { units: units.body.items, people: people.body.items };
  };

  beforeAll(async () => {
    api = await startTestApi();
    unit = await createUnit(api, '区财政局', { contactPhone: '0571-88881111' });
    const person = await api.http
      .post('/people')
      .set('authorization', api.adminAuth)
      .send({ name: '李四', email: 'lisi@czj.example.cn', roles: ['unit_contact'], unitId: unit.id });
    expect(person.status).toBe(201);
    personId = person.body.id;
  });
  afterAll(() => api.close());

  it('answers malformed JSON with 400 VALIDATION_FAILED saying the body is not valid JSON', async () => {
    const before = await snapshot();
    for (const [method, path] of [
      ['post', '/units'],
      ['patch', `/units/${unit.id}`],
      ['post', '/people'],
      ['post', '/auth/login'],
    ] as const) {
      const response = await api.http[method](path)
        .set('authorization', api.adminAuth)
        .set('content-type', 'application/json')
        .send('{"name": "半截单位",');
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(response.body.message).toMatch(/body is not valid JSON/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a body of a type it does not read with 415', async () => {
    const before = await snapshot();
    const response = await api.http.post('/units').set('authorization', api.adminAuth).set('content-type', 'application/xml').send('<unit name="XML单位"/>');
    expect(response.status).toBe(415);
    expectErrorShape(response.body, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(response.body.message).toMatch(/application\/json/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a body that is JSON but not an object', async () => {
    const before = await snapshot();
    for (const body of ['[]', '"区财政局"', '42', 'null']) {
      const response = await api.http.post('/units').set('authorization', api.adminAuth).set('content-type', 'application/json').send(body);
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('names the field that has the wrong type', async () => {
    const before = await snapshot();
    const unitName = await api.http.post('/units').set('authorization', api.adminAuth).send({ name: 123 });
    expect(unitName.status).toBe(400);
    expectErrorShape(unitName.body, 400, 'VALIDATION_FAILED');
    expect(fields(unitName.body)).toContain('name');

    const rename = await api.http.patch(`/units/${unit.id}`).set('authorization', api.adminAuth).send({ name: 123 });
    expect(rename.status).toBe(400);
    expect(new Set(fields(rename.body))).toEqual(new Set(['name']));

    const roles = await api.http
      .post('/people')
      .set('authorization', api.adminAuth)
      .send({ name: '王五', email: 'wangwu@czj.example.cn', roles: 'admin' });
    expect(roles.status).toBe(400);
    expectErrorShape(roles.body, 400, 'VALIDATION_FAILED');
    expect(new Set(fields(roles.body))).toEqual(new Set(['roles']));

    const emails = await api.http.patch(`/units/${unit.id}`).set('authorization', api.adminAuth).send({ contactEmails: ['ok@czj.example.cn', 'not-an-email'] });
    expect(emails.status).toBe(400);
    expect(fields(emails.body)).toContain('contactEmails');

    const level = await api.http.patch(`/people/${personId}`).set('authorization', api.adminAuth).send({ signerLevel: '2' });
    expect(level.status).toBe(400);
    expect(new Set(fields(level.body))).toEqual(new Set(['signerLevel']));

    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown field instead of dropping it', async () => {
    const before = await snapshot();
    const create = await api.http.post('/units').set('authorization', api.adminAuth).send({ name: '彩色单位', colour: 'red' });
    expect(create.status).toBe(400);
    expectErrorShape(create.body, 400, 'VALIDATION_FAILED');
    expect(create.body.details).toEqual([{ field: 'colour', reason: 'is not a known field' }]);

    const update = await api.http.patch(`/people/${personId}`).set('authorization', api.adminAuth).send({ name: '李四四', colour: 'red' });
    expect(update.status).toBe(400);
    expect(update.body.details).toEqual([{ field: 'colour', reason: 'is not a known field' }]);

    // The client may not set what the server owns.
    const active = await api.http.patch(`/units/${unit.id}`).set('authorization', api.adminAuth).send({ active: false });
    expect(active.status).toBe(400);
    expect(active.body.details).toEqual([{ field: 'active', reason: 'is not a known field' }]);

    const query = await api.http.get('/units?colour=red').set('authorization', api.adminAuth);
    expect(query.status).toBe(400);
    expect(query.body.details).toEqual([{ field: 'colour', reason: 'is not a known field' }]);

    expect(await snapshot()).toEqual(before);
  });

  it('names a path id that is not a UUID, on every endpoint with one', async () => {
    const before = await snapshot();
    const requests = [
      api.http.get('/units/not-a-uuid'),
      api.http.patch('/units/not-a-uuid').send({ name: '改名' }),
      api.http.post('/units/not-a-uuid/deactivate'),
      api.http.get('/people/12345'),
      api.http.patch('/people/12345').send({ name: '改名' }),
      api.http.post('/people/12345/reset-password'),
      api.http.delete('/auth/tokens/not-a-uuid'),
    ];
    for (const pending of requests) {
      const response = await pending.set('authorization', api.adminAuth);
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(response.body.details).toEqual([{ field: 'id', reason: 'must be a UUID' }]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers an unknown but well-formed id with 404', async () => {
    const before = await snapshot();
    const requests = [
      api.http.get(`/units/${UNKNOWN_ID}`),
      api.http.patch(`/units/${UNKNOWN_ID}`).send({ name: '无此单位' }),
      api.http.post(`/units/${UNKNOWN_ID}/deactivate`),
      api.http.get(`/people/${UNKNOWN_ID}`),
      api.http.patch(`/people/${UNKNOWN_ID}`).send({ name: '无此人' }),
      api.http.post(`/people/${UNKNOWN_ID}/reset-password`),
      api.http.delete(`/auth/tokens/${UNKNOWN_ID}`),
    ];
    for (const pending of requests) {
      const response = await pending.set('authorization', api.adminAuth);
      expect(response.status).toBe(404);
      expectErrorShape(response.body, 404, 'NOT_FOUND');
      expect(response.body.message).toContain(UNKNOWN_ID);
    }
    const route = await api.http.get('/no-such-route').set('authorization', api.adminAuth);
    expect(route.status).toBe(404);
    expectErrorShape(route.body, 404, 'NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('names the query parameter that is wrong', async () => {
    for (const [query, field] of [
      ['pageSize=0', 'pageSize'],
      ['pageSize=abc', 'pageSize'],
      ['pageSize=501', 'pageSize'],
      ['page=0', 'page'],
      ['page=1.5', 'page'],
      ['active=maybe', 'active'],
      ['parentId=nope', 'parentId'],
    ]) {
      const response = await api.http.get(`/units?${query}`).set('authorization', api.adminAuth);
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(new Set(fields(response.body))).toEqual(new Set([field]));
    }
    for (const [query, field] of [
      ['role=chief', 'role'],
      ['unitId=nope', 'unitId'],
      ['active=yes', 'active'],
      ['pageSize=-3', 'pageSize'],
    ]) {
      const response = await api.http.get(`/people?${query}`).set('authorization', api.adminAuth);
      expect(response.status).toBe(400);
      expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
      expect(new Set(fields(response.body))).toEqual(new Set([field]));
    }
    const dryRun = await api.http.post('/units/import?dryRun=perhaps').set('authorization', api.adminAuth).attach('file', Buffer.from('名称\n某单位\n'), 'units.csv');
    expect(dryRun.status).toBe(400);
    expect(fields(dryRun.body)).toEqual(['dryRun']);
    expect((await api.http.get('/units?q=某单位').set('authorization', api.adminAuth)).body.total).toBe(0);
  });

  it('still serves a well-formed request after all that', async () => {
    const ok = await api.http.get('/units?pageSize=1&active=true').set('authorization', api.adminAuth);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ total: 1, page: 1, pageSize: 1, items: [{ id: unit.id, name: '区财政局', contactPhone: '0571-88881111' }] });
  });

  describe('with a 2 kb body limit', () => {
    let small: TestApi;
    beforeAll(async () => {
      small = await startTestApi({ BODY_LIMIT: '2kb' });
    });
    afterAll(() => small.close());

    it('answers an oversized JSON body with 413 PAYLOAD_TOO_LARGE and writes nothing', async () => {
      const response = await small.http
        .post('/units')
        .set('authorization', small.adminAuth)
        .send({ name: '大单位', contactPhone: '1'.repeat(3000) });
      expect(response.status).toBe(413);
      expectErrorShape(response.body, 413, 'PAYLOAD_TOO_LARGE');
      const fits = await small.http.post('/units').set('authorization', small.adminAuth).send({ name: '小单位' });
      expect(fits.status).toBe(201);
      const list = await small.http.get('/units').set('authorization', small.adminAuth);
      expect(list.body.items.map((u: { name: string }) => u.name)).toEqual(['小单位']);
    });
  });
});
