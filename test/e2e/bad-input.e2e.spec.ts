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
      expect(response.body.message).toMatch(/请求体不是有效的 JSON/);
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
    expect(create.body.details).toEqual([{ field: 'colour', reason: '不是已知字段' }]);

    const update = await api.http.patch(`/people/${personId}`).set('authorization', api.adminAuth).send({ name: '李四四', colour: 'red' });
    expect(update.status).toBe(400);
    expect(update.body.details).toEqual([{ field: 'colour', reason: '不是已知字段' }]);

    // The client may not set what the server owns.
    const active = await api.http.patch(`/units/${unit.id}`).set('authorization', api.adminAuth).send({ active: false });
    expect(active.status).toBe(400);
    expect(active.body.details).toEqual([{ field: 'active', reason: '不是已知字段' }]);

    const query = await api.http.get('/units?colour=red').set('authorization', api.adminAuth);
    expect(query.status).toBe(400);
    expect(query.body.details).toEqual([{ field: 'colour', reason: '不是已知字段' }]);

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
      expect(response.body.details).toEqual([{ field: 'id', reason: '应为 UUID' }]);
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

  describe('what a fuzzer found', () => {
    type Operations = Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
    let paths: Operations;
    const today = () => new Date().toISOString().slice(0, 10);
    const requestBody = (requesterName: string) => ({
      unitId: unit.id,
      requesterType: 'natural_person',
      requesterName,
      requesterContact: '13800000000',
      receiptChannel: 'in_person',
      content: '申请公开某某地块土地征收补偿安置方案',
      receivedOn: today(),
    });
    const requestCount = async () => (await api.http.get('/requests').set('authorization', api.adminAuth)).body.total;
    /** Every list: a GET whose parameters include page. */
    const lists = () =>
      Object.entries(paths)
        .filter(([, ops]) => ops.get?.parameters?.some((p) => p.name === 'page' && p.in === 'query'))
        .map(([path]) => path);

    beforeAll(async () => {
      paths = (await api.http.get('/docs/openapi.json')).body.paths;
    });

    it('names page when it is beyond range or not a number, on every list', async () => {
      expect(lists().length).toBeGreaterThanOrEqual(8);
      for (const path of lists()) {
        for (const page of ['3.4e38', '1e400', '9007199254740993', '1000001']) {
          const response = await api.http.get(`${path}?page=${page}`).set('authorization', api.adminAuth);
          expect([path, page, response.status, [...new Set(fields(response.body))]]).toEqual([path, page, 400, ['page']]);
          expectErrorShape(response.body, 400, 'VALIDATION_FAILED');
        }
      }
    });

    it('names a query parameter given twice, on every list and on a single parameter', async () => {
      for (const path of lists()) {
        const response = await api.http.get(`${path}?page=1&page=1`).set('authorization', api.adminAuth);
        expect([path, response.status, response.body.details]).toEqual([path, 400, [{ field: 'page', reason: '重复给出：每个查询参数只能给一次' }]]);
      }
      const overdue = await api.http.get('/tasks?overdue=null&overdue=null').set('authorization', api.adminAuth);
      expect([overdue.status, fields(overdue.body)]).toEqual([400, ['overdue']]);
      const format = await api.http.post('/annual-reports/check?format=json&format=html').set('authorization', api.adminAuth).attach('file', Buffer.from('x'), 'r.txt');
      expect([format.status, fields(format.body)]).toEqual([400, ['format']]);
    });

    it('refuses null where a value is required, and takes it where the field may be emptied', async () => {
      const before = await snapshot();
      const name = await api.http.patch(`/units/${unit.id}`).set('authorization', api.adminAuth).send({ name: null });
      expect([name.status, name.body.details]).toEqual([400, [{ field: 'name', reason: '不能为 null：不填请省略该字段' }]]);
      const person = await api.http.post('/people').set('authorization', api.adminAuth).send({ name: null, email: 'n@czj.example.cn', roles: ['auditor'] });
      expect([person.status, fields(person.body)]).toEqual([400, ['name']]);
      const roles = await api.http.patch(`/people/${personId}`).set('authorization', api.adminAuth).send({ roles: null });
      expect([roles.status, fields(roles.body)]).toEqual([400, ['roles']]);
      expect(await snapshot()).toEqual(before);
      const detach = await api.http.patch(`/units/${unit.id}`).set('authorization', api.adminAuth).send({ parentId: null });
      expect(detach.status).toBe(200);
    });

    it('answers an unknown id with a 4xx on every route that takes one, and 404 on every read', async () => {
      const idParam = /\{(id|\w+Id)\}/;
      const routes = Object.entries(paths).flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method) && idParam.test(path) && !/\{(?!id\}|\w+Id\})/.test(path))
          .map((method) => ({ method: method as 'get' | 'post' | 'put' | 'patch' | 'delete', path })),
      );
      expect(routes.length).toBeGreaterThan(25);
      for (const { method, path } of routes) {
        const response = await api.http[method](path.replace(/\{[^}]+\}/g, UNKNOWN_ID)).set('authorization', api.adminAuth).send({});
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expectErrorShape(response.body, response.status, response.body.code);
        if (method === 'get') expect([method, path, response.status, response.body.code]).toEqual([method, path, 404, 'NOT_FOUND']);
        else expect([method, path, response.status >= 400 && response.status < 500]).toEqual([method, path, true]);
      }
    });

    it('refuses control characters and unpaired surrogates in text, naming the field, and stores nothing', async () => {
      const before = { requests: await requestCount(), registry: await snapshot() };
      for (const [name, reason] of [
        ['张\u0000三', '含有控制字符'],
        ['张\u001b[31m三', '含有控制字符'],
        ['张\ud800三', '含有不成对的代理字符（不是有效的 Unicode 文本）'],
        ['\udc00', '含有不成对的代理字符（不是有效的 Unicode 文本）'],
      ]) {
        const response = await api.http.post('/requests').set('authorization', api.adminAuth).send(requestBody(name));
        expect([response.status, response.body.details]).toEqual([400, [{ field: 'requesterName', reason }]]);
      }
      const nested = await api.http.post('/units').set('authorization', api.adminAuth).send({ name: '新单位', contactEmails: ['a@b.cn', 'x\u0007@b.cn'] });
      expect([nested.status, fields(nested.body)]).toEqual([400, ['contactEmails[1]']]);
      const query = await api.http.get('/units?q=%00').set('authorization', api.adminAuth);
      expect([query.status, fields(query.body)]).toEqual([400, ['q']]);
      expect({ requests: await requestCount(), registry: await snapshot() }).toEqual(before);
      // Text with newlines, tabs and characters beyond the BMP is text.
      const ok = await api.http.post('/requests').set('authorization', api.adminAuth).send({ ...requestBody('𠀀某'), content: '第一行\n\t第二行' });
      expect(ok.status).toBe(201);
    });

    it('refuses malformed multipart, a field that is not a file, and an empty file, on every upload', async () => {
      const uploads = ['/tasks/import', '/annual-reports/check', '/units/import', '/people/import'];
      for (const path of uploads) {
        const noBoundary = await api.http.post(path).set('authorization', api.adminAuth).set('content-type', 'multipart/form-data').send('--x\r\ncontent-disposition: form-data; name="file"\r\n\r\nabc\r\n--x--');
        expect([path, noBoundary.status, fields(noBoundary.body)]).toEqual([path, 400, ['body']]);
        expectErrorShape(noBoundary.body, 400, 'VALIDATION_FAILED');
        const cutShort = await api.http.post(path).set('authorization', api.adminAuth).set('content-type', 'multipart/form-data; boundary=x').send('--x\r\ncontent-disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nabc');
        expect([path, cutShort.status, fields(cutShort.body)]).toEqual([path, 400, ['body']]);
        const text = await api.http.post(path).set('authorization', api.adminAuth).field('file', 'not a file');
        expect([path, text.status, fields(text.body)]).toEqual([path, 400, ['file']]);
        const empty = await api.http.post(path).set('authorization', api.adminAuth).attach('file', Buffer.alloc(0), 'empty.xlsx');
        expect([path, empty.status, empty.body.details]).toEqual([path, 400, [{ field: 'file', reason: '是空文件' }]]);
        const json = await api.http.post(path).set('authorization', api.adminAuth).send({ file: 'x' });
        expect([path, json.status, json.body.code]).toEqual([path, 415, 'UNSUPPORTED_MEDIA_TYPE']);
      }
    });
  });

  it('answers an identifier longer than the router takes as a 404 in the one error shape', async () => {
    const long = encodeURIComponent('Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤'.repeat(8));
    const refused = await api.http.post(`/documents/${long}/repeal`).set('authorization', api.adminAuth).send({ repealedOn: '2026-01-05' });
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ code: 'NOT_FOUND', message: '路径中的标识过长，不指向任何记录', details: [] });
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
