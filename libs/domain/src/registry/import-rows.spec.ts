import {
  type ImportTable,
  type UnitImportRow,
  headerKey,
  normaliseEmail,
  normalisePhone,
  unitsInParentOrder,
  validatePersonRows,
  validateUnitRows,
} from './import-rows';

/** Builds a table the way the reader does: header row 1, data from row 2, `null` = a skipped blank row. */
function table(headers: string[], ...data: Array<string[] | null>): ImportTable {
  const rows: ImportTable['rows'] = [];
  data.forEach((cells, i) => {
    if (cells) rows.push({ rowNumber: i + 2, cells });
  });
  return { headers, rows };
}

const UNIT_HEADERS = ['名称', '上级单位', '联系邮箱', '联系电话', '领导邮箱'];
const PERSON_HEADERS = ['姓名', '邮箱', '单位', '角色', '审签级别'];
const where = (errors: Array<{ row: number; field?: string }>) => errors.map((e) => [e.row, e.field]);

describe('validateUnitRows', () => {
  it('accepts good rows in Chinese headers, parsing emails and phones', () => {
    const result = validateUnitRows(
      table(
        UNIT_HEADERS,
        ['县政府办公室', '', 'Office@X.gov.cn；b@x.gov.cn, office@x.gov.cn', '0571-8888 1234', 'Boss@X.gov.cn'],
        null,
        ['县财政局', '县政府办公室', '', '(0571) 8765-4321', ''],
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual<UnitImportRow[]>([
      {
        row: 2,
        name: '县政府办公室',
        parentName: null,
        contactEmails: ['office@x.gov.cn', 'b@x.gov.cn'],
        contactPhone: '0571-8888 1234',
        leaderEmail: 'boss@x.gov.cn',
      },
      { row: 4, name: '县财政局', parentName: '县政府办公室', contactEmails: [], contactPhone: '(0571) 8765-4321', leaderEmail: null },
    ]);
  });

  it('accepts English, differently-cased and spaced headers and the 单位名称 alias', () => {
    for (const headers of [
      ['name', 'parent', 'contact_emails', 'contact_phone', 'leader_email'],
      [' Name ', 'PARENT', 'Contact Emails', 'contact_Phone', 'Leader_Email'],
      ['单位名称', '上级 单位', '联系邮箱', '联系电话', '领导邮箱'],
      ['单位名称*', '上级单位', '联系邮箱（多个用分号分隔）', '联系电话', '领导邮箱'],
    ]) {
      const result = validateUnitRows(table(headers, ['甲', '', 'a@x.cn b@x.cn', '12345678', '']));
      expect(result.errors).toEqual([]);
      expect(result.rows[0]).toMatchObject({ name: '甲', contactEmails: ['a@x.cn', 'b@x.cn'], contactPhone: '12345678' });
    }
  });

  it('only requires the name column', () => {
    const result = validateUnitRows(table(['名称'], ['甲']));
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, name: '甲', parentName: null, contactEmails: [], contactPhone: null, leaderEmail: null },
    ]);
  });

  it('reports header problems on row 1 with the field', () => {
    const result = validateUnitRows(table(['上级单位', '备注', 'parent', '联系电话'], ['甲', '', '', '']));
    expect(result.errors).toEqual([
      { row: 1, field: '备注', reason: expect.stringContaining('不是可识别的列名') },
      { row: 1, field: 'parent', reason: expect.stringContaining('第 C 列“parent”与第 A 列“上级单位”重复') },
      { row: 1, field: 'name', reason: expect.stringContaining('缺少必填列“名称”') },
    ]);
    expect(result.rows).toEqual([]);
  });

  it('reports data in a column without a header', () => {
    const result = validateUnitRows(table(['名称', ''], ['甲', ''], ['乙', 'y', 'x'], ['丙', '', '']));
    expect(where(result.errors)).toEqual([
      [1, undefined],
      [1, undefined],
    ]);
    expect(result.errors.map((e) => e.reason)).toEqual([
      expect.stringContaining('第 B 列有数据但没有列名'),
      expect.stringContaining('第 C 列有数据但没有列名'),
    ]);
  });

  it('reports every bad row with its Excel row number and field', () => {
    const long = '局'.repeat(101);
    const result = validateUnitRows(
      table(
        UNIT_HEADERS,
        ['', '县政府', '', '', ''], // 2: name missing
        [long, '', '', '', ''], // 3: name too long
        null, // 4: blank
        ['县财政局', '县财政局', '', '', ''], // 5: own parent
        ['县教育局', '', 'good@x.cn；not-an-email', '', ''], // 6: bad contact email
        ['县卫健委', '', '', '123-45', ''], // 7: phone too short
        ['县民政局', '', '', '0571-8888-1234 转 6', ''], // 8: phone with letters
        ['县公安局', '', '', '', 'boss at x.cn'], // 9: bad leader email
        ['县财政局', '', '', '', ''], // 10: duplicate of row 5
        ['县交通局', '', '', '1'.repeat(21), ''], // 11: 21 digits
        ['县水利局', '', '', '+86 (571) 8888-1234', ''], // 12: ok
      ),
    );
    expect(where(result.errors)).toEqual([
      [2, 'name'],
      [3, 'name'],
      [5, 'parent'],
      [6, 'contact_emails'],
      [7, 'contact_phone'],
      [8, 'contact_phone'],
      [9, 'leader_email'],
      [10, 'name'],
      [11, 'contact_phone'],
    ]);
    expect(result.errors[3]!.reason).toContain('not-an-email');
    expect(result.errors[7]!.reason).toContain('第 5 行');
    expect(result.rows.map((r) => r.row)).toEqual([12]);
  });

  it('accepts a name of exactly 100 characters', () => {
    const result = validateUnitRows(table(['名称'], ['局'.repeat(100)]));
    expect(result.errors).toEqual([]);
  });

  it('reports every row of a parent cycle, even when one of them has another error', () => {
    const result = validateUnitRows(
      table(
        ['名称', '上级单位', '联系电话'],
        ['甲', '乙', ''], // 2
        ['乙', '甲', 'abc'], // 3: in the cycle and a bad phone
        ['丙', '甲', ''], // 4: hangs under the cycle, not in it
        ['丁', '戊', ''], // 5
        ['戊', '己', ''], // 6
        ['己', '丁', ''], // 7
        ['庚', '县政府', ''], // 8: parent not in the file (checked against the database later)
      ),
    );
    expect(where(result.errors)).toEqual([
      [2, 'parent'],
      [3, 'contact_phone'],
      [3, 'parent'],
      [5, 'parent'],
      [6, 'parent'],
      [7, 'parent'],
    ]);
    expect(result.errors[0]!.reason).toBe('上级单位形成循环：甲 → 乙 → 甲（第 2、3 行）');
    expect(result.errors[3]!.reason).toBe('上级单位形成循环：丁 → 戊 → 己 → 丁（第 5、6、7 行）');
    expect(result.rows.map((r) => r.row)).toEqual([4, 8]);
  });
});

describe('unitsInParentOrder', () => {
  const unit = (name: string, parentName: string | null) => ({ name, parentName });

  it('puts every parent named in the file before its children, otherwise keeping file order', () => {
    const rows = [unit('科室', '局'), unit('外部', '县政府'), unit('局', '办'), unit('办', null), unit('另一科', '局')];
    expect(unitsInParentOrder(rows).map((r) => r.name)).toEqual(['办', '局', '科室', '外部', '另一科']);
  });

  it('keeps already ordered rows as they are and returns each row once', () => {
    const rows = [unit('a', null), unit('b', 'a'), unit('c', 'b')];
    expect(unitsInParentOrder(rows)).toEqual(rows);
  });

  it('terminates on cycles and returns every row', () => {
    const rows = [unit('a', 'b'), unit('b', 'a'), unit('c', 'c')];
    expect(unitsInParentOrder(rows).map((r) => r.name).sort()).toEqual(['a', 'b', 'c']);
  });

  it('handles long chains without recursion', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => unit(`u${i}`, i === 19_999 ? null : `u${i + 1}`));
    const ordered = unitsInParentOrder(rows);
    expect(ordered[0]!.name).toBe('u19999');
    expect(ordered.at(-1)!.name).toBe('u0');
  });
});

describe('validatePersonRows', () => {
  it('accepts good rows with role codes, Chinese labels and signer levels as numbers or names', () => {
    const result = validatePersonRows(
      table(
        PERSON_HEADERS,
        ['张三', 'ZhangSan@X.gov.cn', '县财政局', '单位联络员；signer', '2'],
        ['李四', 'lisi＠x.gov.cn', '', 'Coordinator, 管理员  auditor', ''],
        null,
        ['王五', 'w@x.cn', '县政府办公室', '审签人', '主要负责人'],
        ['赵六', 'z@x.cn', '', 'unit_contact，unit_contact', ' '],
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, name: '张三', email: 'zhangsan@x.gov.cn', unitName: '县财政局', roles: ['unit_contact', 'signer'], signerLevel: 2 },
      { row: 3, name: '李四', email: 'lisi@x.gov.cn', unitName: null, roles: ['coordinator', 'admin', 'auditor'], signerLevel: null },
      { row: 5, name: '王五', email: 'w@x.cn', unitName: '县政府办公室', roles: ['signer'], signerLevel: 3 },
      { row: 6, name: '赵六', email: 'z@x.cn', unitName: null, roles: ['unit_contact'], signerLevel: null },
    ]);
  });

  it('accepts English headers in any case', () => {
    const result = validatePersonRows(
      table(['NAME', 'Email', 'unit', 'Roles', 'Signer Level'], ['Zhang', 'z@x.cn', '', 'signer', '1']),
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ roles: ['signer'], signerLevel: 1 });
  });

  it('reports missing required columns on row 1', () => {
    const result = validatePersonRows(table(['姓名', '单位', '职务'], ['张三', '', '']));
    expect(result.errors).toEqual([
      { row: 1, field: '职务', reason: expect.stringContaining('不是可识别的列名') },
      { row: 1, field: 'email', reason: expect.stringContaining('缺少必填列“邮箱”') },
      { row: 1, field: 'roles', reason: expect.stringContaining('缺少必填列“角色”') },
    ]);
    expect(result.rows).toEqual([]);
  });

  it('reports every bad row with its Excel row number and field', () => {
    const result = validatePersonRows(
      table(
        PERSON_HEADERS,
        ['张三', 'a@x.cn', '', 'coordinator', ''], // 2: ok
        ['', 'b@x.cn', '', 'coordinator', ''], // 3: name missing
        ['李四', '', '', 'coordinator', ''], // 4: email missing
        ['王五', 'wang@', '', 'coordinator', ''], // 5: bad email
        null, // 6: blank
        ['赵六', 'A@X.CN', '', 'coordinator', ''], // 7: duplicate of row 2 (case-insensitive)
        ['钱七', 'q@x.cn', '', '', ''], // 8: roles missing
        ['孙八', 's@x.cn', '', 'coordinator；boss；局长', ''], // 9: unknown roles
        ['周九', 'z@x.cn', '', 'signer', ''], // 10: signer without level
        ['吴十', 'wu@x.cn', '', 'signer', '4'], // 11: bad level
        ['郑一', 'zh@x.cn', '', 'coordinator', '1'], // 12: level without signer
        ['冯二', 'f@x.cn', '局'.repeat(101), 'coordinator', ''], // 13: unit name too long
        ['名'.repeat(101), 'n@x.cn', '', 'coordinator', ''], // 14: name too long
        ['陈三', 'a@x.cn', '', 'auditor', ''], // 15: duplicate of row 2 again
      ),
    );
    expect(where(result.errors)).toEqual([
      [3, 'name'],
      [4, 'email'],
      [5, 'email'],
      [7, 'email'],
      [8, 'roles'],
      [9, 'roles'],
      [10, 'signer_level'],
      [11, 'signer_level'],
      [12, 'signer_level'],
      [13, 'unit'],
      [14, 'name'],
      [15, 'email'],
    ]);
    const reason = (row: number) => result.errors.find((e) => e.row === row)!.reason;
    expect(reason(7)).toBe('邮箱“a@x.cn”与第 2 行重复');
    expect(reason(15)).toBe('邮箱“a@x.cn”与第 2 行重复');
    expect(reason(9)).toContain('“boss”、“局长”');
    for (const accepted of ['admin', 'coordinator', 'unit_contact', 'signer', 'auditor', '公开办协调员', '审签人']) {
      expect(reason(9)).toContain(accepted);
    }
    expect(reason(10)).toContain('必须填写审签级别');
    expect(reason(11)).toContain('“4”');
    expect(reason(11)).toContain('分管领导');
    expect(result.rows.map((r) => r.row)).toEqual([2]);
  });

  it('reports several problems in one row', () => {
    const result = validatePersonRows(table(PERSON_HEADERS, ['', 'bad', '', 'nobody', '9']));
    expect(where(result.errors)).toEqual([
      [2, 'name'],
      [2, 'email'],
      [2, 'roles'],
      [2, 'signer_level'],
    ]);
  });

  it('requires a level for a signer even when the column is absent', () => {
    const result = validatePersonRows(table(['姓名', '邮箱', '角色'], ['张三', 'z@x.cn', '审签人']));
    expect(where(result.errors)).toEqual([[2, 'signer_level']]);
  });
});

describe('helpers', () => {
  it('normalises header text', () => {
    expect(headerKey(' Contact_Emails ')).toBe('contactemails');
    expect(headerKey('姓名 *')).toBe('姓名');
    expect(headerKey('角色（可多选）')).toBe('角色');
  });

  it('validates and lower-cases emails', () => {
    expect(normaliseEmail('Li.Si+gov@Example.GOV.cn')).toBe('li.si+gov@example.gov.cn');
    expect(normaliseEmail('mailto:a@b.cn')).toBe('a@b.cn');
    for (const bad of ['', 'a', 'a@b', '@b.cn', 'a@@b.cn', 'a b@c.cn', 'a..b@c.cn', '.a@b.cn', 'a@-b.cn', 'a@b.c']) {
      expect(normaliseEmail(bad)).toBeNull();
    }
  });

  it('accepts plausible phones only', () => {
    expect(normalisePhone('13800138000')).toBe('13800138000');
    expect(normalisePhone('＋86 138-0013-8000')).toBe('+86 138-0013-8000');
    expect(normalisePhone('1234567')).toBe('1234567');
    expect(normalisePhone('123456')).toBeNull();
    expect(normalisePhone('1'.repeat(20))).toBe('1'.repeat(20));
    expect(normalisePhone('1'.repeat(21))).toBeNull();
    expect(normalisePhone('0571-8888 ext 1')).toBeNull();
  });
});
