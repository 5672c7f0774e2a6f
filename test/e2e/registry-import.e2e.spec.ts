import ExcelJS from 'exceljs';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

const UNIT_HEADERS = ['名称', '上级单位', '联系邮箱', '联系电话', '领导邮箱'];
const PERSON_HEADERS = ['姓名', '邮箱', '单位', '角色', '审签级别'];

/** An .xlsx workbook built in memory; `null` rows stay empty, so the rows below keep their Excel numbers. */
async function xlsx(headers: string[], rows: Array<Array<string | number> | null>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.getRow(1).values = headers;
  rows.forEach((row, index) => {
    if (row) sheet.getRow(index + 2).values = row;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

type Unit = { id: string; name: string; parentId: string | null; contactEmails: string[]; contactPhone: string | null; leaderEmail: string | null };
type Person = { id: string; name: string; email: string; unitId: string | null; roles: string[]; signerLevel: number | null };
type Issue = { row: number; field: string; reason: string };

describe('registry import', () => {
  let api: TestApi;

  const upload = (path: string, content: Buffer, fileName: string, auth = api.adminAuth) =>
    api.http.post(path).set('authorization', auth).attach('file', content, fileName);
  const allUnits = async (): Promise<Unit[]> => (await api.http.get('/units?pageSize=500').set('authorization', api.adminAuth)).body.items;
  const allPeople = async (): Promise<Person[]> => (await api.http.get('/people?pageSize=500').set('authorization', api.adminAuth)).body.items;
  const unitNamed = async (name: string): Promise<Unit | undefined> => (await allUnits()).find((u) => u.name === name);
  const byRow = (details: Issue[]) => details.map((d) => [d.row, d.field]);

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  describe('units', () => {
    it('creates units with their parents, a parent named later in the same file included', async () => {
      const file = await xlsx(UNIT_HEADERS, [
        ['第一中学', '区教育局', 'XiaoBan@yz.example.cn', '0571-8888 1234', ''],
        ['区教育局', '区政府办公室', 'gkb@jyj.example.cn；jzb@jyj.example.cn', '', 'JuZhang@jyj.example.cn'],
        ['区政府办公室', '', '', '', ''],
      ]);
      const response = await upload('/units/import', file, 'units.xlsx');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ dryRun: false, rows: 3, created: 3, updated: 0 });

      const office = await unitNamed('区政府办公室');
      const education = await unitNamed('区教育局');
      const school = await unitNamed('第一中学');
      expect(office).toMatchObject({ parentId: null });
      expect(education).toMatchObject({
        parentId: office!.id,
        contactEmails: ['gkb@jyj.example.cn', 'jzb@jyj.example.cn'],
        leaderEmail: 'juzhang@jyj.example.cn',
      });
      expect(school).toMatchObject({ parentId: education!.id, contactEmails: ['xiaoban@yz.example.cn'], contactPhone: '0571-8888 1234' });
    });

    it('updates on re-import instead of duplicating', async () => {
      const before = await allUnits();
      const file = csv([
        'name,parent,contact_emails,contact_phone,leader_email',
        '区政府办公室,,,,',
        '区教育局,区政府办公室,gkb@jyj.example.cn,0571-86660000,',
        '区教育局教研室,区教育局,,,',
      ]);
      const response = await upload('/units/import', file, 'units.csv');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ dryRun: false, rows: 3, created: 1, updated: 2 });
      const after = await allUnits();
      expect(after).toHaveLength(before.length + 1);
      expect(after.filter((u) => u.name === '区教育局')).toHaveLength(1);
      const education = after.find((u) => u.name === '区教育局')!;
      expect(education.id).toBe(before.find((u) => u.name === '区教育局')!.id);
      expect(education).toMatchObject({ contactEmails: ['gkb@jyj.example.cn'], contactPhone: '0571-86660000', leaderEmail: null });
      expect(after.find((u) => u.name === '区教育局教研室')!.parentId).toBe(education.id);
    });

    it('with ?dryRun=true reports what it would do and writes nothing', async () => {
      const before = await allUnits();
      const file = await xlsx(UNIT_HEADERS, [
        ['区教育局', '区政府办公室', '', '0571-12345678', ''],
        ['试运行新单位', '试运行上级', '', '', ''],
        ['试运行上级', '', '', '', ''],
      ]);
      const response = await upload('/units/import?dryRun=true', file, 'units.xlsx');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ dryRun: true, rows: 3, created: 2, updated: 1 });
      expect(await allUnits()).toEqual(before);
    });

    it('rejects a file with bad rows, listing every one by its Excel row, and writes none of it', async () => {
      const before = await allUnits();
      const file = await xlsx(UNIT_HEADERS, [
        ['好单位甲', '', '', '', ''], // row 2
        null, // row 3 left empty
        ['', '区政府办公室', '', '', ''], // row 4: no name
        ['坏邮箱单位', '', 'not-an-email', '', ''], // row 5
        ['好单位甲', '', '', '', ''], // row 6: repeats row 2
        ['坏电话单位', '', '', 'call me', 'boss@'], // row 7: two problems
        ['好单位乙', '', '', '', ''], // row 8
      ]);
      const response = await upload('/units/import', file, 'units.xlsx');
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('IMPORT_REJECTED');
      expect(response.body.message).toMatch(/未导入任何内容/);
      expect(byRow(response.body.details)).toEqual([
        [4, 'name'],
        [5, 'contact_emails'],
        [6, 'name'],
        [7, 'contact_phone'],
        [7, 'leader_email'],
      ]);
      expect(response.body.details[2].reason).toContain('第 2 行');
      expect(await allUnits()).toEqual(before);
      expect(await unitNamed('好单位甲')).toBeUndefined();
    });

    it('reports an unknown parent unit on its row', async () => {
      const before = await allUnits();
      const file = csv(['名称,上级单位', '新设单位,区教育局', '孤儿单位,不存在的单位', '另一个孤儿,也不存在']);
      const response = await upload('/units/import', file, 'units.csv');
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('IMPORT_REJECTED');
      expect(byRow(response.body.details)).toEqual([
        [3, 'parent'],
        [4, 'parent'],
      ]);
      expect(response.body.details[0].reason).toContain('不存在的单位');
      expect(await allUnits()).toEqual(before);
    });

    it('refuses a parent cycle that runs through units already registered', async () => {
      const top = await createUnit(api, '循环上级');
      await createUnit(api, '循环下级', { parentId: top.id });
      const before = await allUnits();
      const response = await upload('/units/import', csv(['名称,上级单位', '循环上级,循环下级']), 'units.csv');
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('IMPORT_REJECTED');
      expect(byRow(response.body.details)).toEqual([[2, 'parent']]);
      expect(response.body.details[0].reason).toContain('循环上级 → 循环下级 → 循环上级');
      expect(await allUnits()).toEqual(before);

      // Swapping the two in one file leaves no cycle, and is taken.
      const swap = await upload('/units/import', csv(['名称,上级单位', '循环上级,循环下级', '循环下级,']), 'units.csv');
      expect(swap.status).toBe(200);
      expect(await unitNamed('循环上级')).toMatchObject({ parentId: (await unitNamed('循环下级'))!.id });
      expect(await unitNamed('循环下级')).toMatchObject({ parentId: null });
    });
  });

  describe('people', () => {
    it('imports people with roles and signer levels written as Chinese labels, and updates them on re-import', async () => {
      const file = await xlsx(PERSON_HEADERS, [
        ['王老师', 'Wang@JYJ.example.cn', '区教育局', '单位联络员、审签人', '分管领导'],
        ['陈主任', 'chen@qzf.example.cn', '区政府办公室', '审签人', 3],
        ['刘审计', 'liu@office.example.cn', '', '审计员', ''],
        ['黄协调', 'huang@office.example.cn', '', '公开办协调员', ''],
      ]);
      const response = await upload('/people/import', file, 'people.xlsx');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ dryRun: false, rows: 4, created: 4, updated: 0 });
      const education = await unitNamed('区教育局');
      const people = await allPeople();
      expect(people.find((p) => p.email === 'wang@jyj.example.cn')).toMatchObject({
        name: '王老师',
        unitId: education!.id,
        roles: ['unit_contact', 'signer'],
        signerLevel: 2,
      });
      expect(people.find((p) => p.email === 'chen@qzf.example.cn')).toMatchObject({ roles: ['signer'], signerLevel: 3 });
      expect(people.find((p) => p.email === 'liu@office.example.cn')).toMatchObject({ roles: ['auditor'], unitId: null, signerLevel: null });
      expect(people.find((p) => p.email === 'huang@office.example.cn')).toMatchObject({ roles: ['coordinator'] });

      const again = await upload('/people/import', csv(['姓名,邮箱,单位,角色,审签级别', '王老师,wang@jyj.example.cn,区教育局,单位联络员,', '新同事,xin@jyj.example.cn,区教育局,单位联络员,']), 'people.csv');
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ dryRun: false, rows: 2, created: 1, updated: 1 });
      const after = await allPeople();
      expect(after).toHaveLength(people.length + 1);
      expect(after.find((p) => p.email === 'wang@jyj.example.cn')).toMatchObject({ roles: ['unit_contact'], signerLevel: null });
    });

    it('gives imported people no password until one is issued', async () => {
      const liu = (await allPeople()).find((p) => p.email === 'liu@office.example.cn')!;
      const reset = await api.http.post(`/people/${liu.id}/reset-password`).set('authorization', api.adminAuth);
      expect(reset.status).toBe(200);
      const login = await api.http.post('/auth/login').send({ email: 'liu@office.example.cn', password: reset.body.oneTimePassword });
      expect(login.status).toBe(200);
      expect(login.body.mustChangePassword).toBe(true);
    });

    it('rejects a file with bad rows, including unknown units, listing each row, and writes none of it', async () => {
      const before = await allPeople();
      const file = await xlsx(PERSON_HEADERS, [
        ['好人甲', 'good1@x.example.cn', '区教育局', '单位联络员', ''], // row 2
        ['无名', 'bad-email', '区教育局', '单位联络员', ''], // row 3
        ['乱角色', 'role@x.example.cn', '', '局长', ''], // row 4
        ['缺级别', 'level@x.example.cn', '区教育局', '审签人', ''], // row 5
        ['无单位', 'nounit@x.example.cn', '不存在的局', '单位联络员', ''], // row 6
        null, // row 7
        ['好人乙', 'GOOD1@x.example.cn', '', '审计员', ''], // row 8: repeats row 2's email
        ['联络无单位', 'contact@x.example.cn', '', '单位联络员', ''], // row 9
      ]);
      const response = await upload('/people/import', file, 'people.xlsx');
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('IMPORT_REJECTED');
      expect(byRow(response.body.details)).toEqual([
        [3, 'email'],
        [4, 'roles'],
        [5, 'signer_level'],
        [6, 'unit'],
        [8, 'email'],
        [9, 'unit'],
      ]);
      expect(response.body.details.find((d: Issue) => d.row === 6).reason).toContain('不存在的局');
      expect(await allPeople()).toEqual(before);
    });

    it('with ?dryRun=true writes nothing', async () => {
      const before = await allPeople();
      const response = await upload('/people/import?dryRun=true', csv(['姓名,邮箱,角色', '试运行,dry@x.example.cn,审计员']), 'people.csv');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ dryRun: true, rows: 1, created: 1, updated: 0 });
      expect(await allPeople()).toEqual(before);
    });
  });

  describe('files it cannot take', () => {
    it('refuses a PDF and a legacy .xls with 415 and a message saying what to upload', async () => {
      const before = await allUnits();
      const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x20)]);
      const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512, 0)]);
      for (const [content, name, words] of [
        [pdf, 'units.pdf', 'PDF'],
        [xls, 'units.xls', '.xls'],
      ] as const) {
        const response = await upload('/units/import', content, name);
        expect(response.status).toBe(415);
        expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        expect(response.body.message).toContain(words);
        expect(response.body.message).toContain('.xlsx');
      }
      expect((await upload('/people/import', pdf, 'people.pdf')).status).toBe(415);
      expect(await allUnits()).toEqual(before);
    });

    it('refuses a multipart request without the file field with 400, naming the field it has instead', async () => {
      const response = await api.http.post('/units/import').set('authorization', api.adminAuth).field('note', '单位名单');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: Issue) => d.field)).toEqual(['note']);
      const nothing = await api.http.post('/units/import').set('authorization', api.adminAuth).set('content-type', 'multipart/form-data; boundary=x').send('--x--\r\n');
      expect([nothing.status, nothing.body.details.map((d: Issue) => d.field)]).toEqual([400, ['file']]);
      const misnamed = await api.http.post('/units/import').set('authorization', api.adminAuth).attach('upload', csv(['名称', '错字段单位']), 'units.csv');
      expect(misnamed.status).toBe(400);
      expect(misnamed.body.message).toContain('“file”');
      expect(await unitNamed('错字段单位')).toBeUndefined();
    });

    it('refuses a JSON body with 415', async () => {
      const response = await api.http.post('/units/import').set('authorization', api.adminAuth).send({ file: '名称\n某单位' });
      expect(response.status).toBe(415);
      expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(response.body.message).toMatch(/multipart\/form-data/);
      expect(await unitNamed('某单位')).toBeUndefined();
    });

    it('refuses an empty file with 400', async () => {
      const response = await upload('/units/import', Buffer.alloc(0), 'units.csv');
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: Issue) => d.field)).toEqual(['file']);
    });
  });

  describe('access', () => {
    let coordinator: string;
    beforeAll(async () => {
      const education = (await unitNamed('区教育局'))!;
      coordinator = (await createPersonAndLogin(api, { name: '导入协调员', email: 'import.coord@office.example.cn', roles: ['coordinator'] })).auth;
      await createPersonAndLogin(api, { name: '导入联络员', email: 'import.contact@jyj.example.cn', roles: ['unit_contact'], unitId: education.id });
    });

    it('lets a coordinator import', async () => {
      const response = await upload('/units/import', csv(['名称,上级单位', '协调员导入的单位,区教育局']), 'units.csv', coordinator);
      expect(response.status).toBe(200);
      expect(response.body.created).toBe(1);
      expect(await unitNamed('协调员导入的单位')).toBeDefined();
    });

    it('refuses a unit contact and an auditor', async () => {
      const contact = await api.login('import.contact@jyj.example.cn', 'import.contact@jyj.example.cn-own-password');
      const auditor = (await createPersonAndLogin(api, { name: '导入审计', email: 'import.audit@office.example.cn', roles: ['auditor'] })).auth;
      for (const [auth, code] of [
        [contact, 'FORBIDDEN'],
        [auditor, 'AUDITOR_READ_ONLY'],
      ]) {
        const units = await upload('/units/import', csv(['名称', '越权单位']), 'units.csv', auth);
        expect(units.status).toBe(403);
        expect(units.body.code).toBe(code);
        const people = await upload('/people/import', csv(['姓名,邮箱,角色', '越权者,over@x.example.cn,审计员']), 'people.csv', auth);
        expect(people.status).toBe(403);
      }
      expect(await unitNamed('越权单位')).toBeUndefined();
      expect((await allPeople()).find((p) => p.email === 'over@x.example.cn')).toBeUndefined();
    });

    it('refuses a coordinator\'s file that grants the admin role, naming the row', async () => {
      const before = await allPeople();
      const file = csv(['姓名,邮箱,角色', '普通人,plain@x.example.cn,审计员', '新管理员,newadmin@x.example.cn,管理员', '另一个,other@x.example.cn,admin']);
      const response = await upload('/people/import', file, 'people.csv', coordinator);
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('IMPORT_REJECTED');
      expect(byRow(response.body.details)).toEqual([
        [3, 'roles'],
        [4, 'roles'],
      ]);
      expect(await allPeople()).toEqual(before);
      // The same file from an admin goes through.
      const byAdmin = await upload('/people/import', file, 'people.csv');
      expect(byAdmin.status).toBe(200);
      expect((await allPeople()).find((p) => p.email === 'newadmin@x.example.cn')!.roles).toEqual(['admin']);
    });
  });

  describe('with a 1 kb upload limit', () => {
    let small: TestApi;
    beforeAll(async () => {
      small = await startTestApi({ UPLOAD_LIMIT: '1kb' });
    });
    afterAll(() => small.close());

    it('refuses a larger file with 413 and writes none of it', async () => {
      const lines = ['名称,联系电话'];
      for (let i = 0; lines.join('\n').length < 4096; i++) lines.push(`超限单位${i},0571-8888${String(i).padStart(4, '0')}`);
      const response = await small.http.post('/units/import').set('authorization', small.adminAuth).attach('file', csv(lines), 'units.csv');
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
      const units = await small.http.get('/units').set('authorization', small.adminAuth);
      expect(units.body.total).toBe(0);
      const fits = await small.http.post('/units/import').set('authorization', small.adminAuth).attach('file', csv(['名称', '小文件单位']), 'units.csv');
      expect(fits.status).toBe(200);
    });
  });
});
