import { ROLE_LABELS, ROLES, SIGNER_LEVEL_NAMES, SIGNER_LEVELS, isRole, isSignerLevel } from './roles';
import type { Role, SignerLevel } from './roles';

/**
 * Per-row validation of an organisation-registry import (units and people).
 * Pure: the checks that need the database (unknown parent unit, email already
 * registered) are made by the writer.
 */

/** A sheet as read from the file; structurally the spreadsheet library's SheetTable. */
export interface ImportTable {
  headers: string[];
  rows: Array<{ rowNumber: number; cells: string[] }>;
  /** Row number of the header row in the file; 1 when absent. */
  headerRowNumber?: number;
}

/** `row` is the row number the user sees in Excel (header = 1); `field` is the column key. */
export interface RowError {
  row: number;
  field?: string;
  reason: string;
}

export interface UnitImportRow {
  row: number;
  name: string;
  parentName: string | null;
  contactEmails: string[];
  contactPhone: string | null;
  leaderEmail: string | null;
}

export interface PersonImportRow {
  row: number;
  name: string;
  email: string;
  unitName: string | null;
  roles: Role[];
  signerLevel: SignerLevel | null;
}

export const MAX_NAME_LENGTH = 100;

interface ColumnSpec {
  /** The key reported as `field`; also the accepted English header. */
  field: string;
  /** The Chinese header shown in messages, followed by any other accepted headers. */
  labels: string[];
  required: boolean;
}

export const UNIT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'name', labels: ['名称', '单位名称'], required: true },
  { field: 'parent', labels: ['上级单位'], required: false },
  { field: 'contact_emails', labels: ['联系邮箱'], required: false },
  { field: 'contact_phone', labels: ['联系电话'], required: false },
  { field: 'leader_email', labels: ['领导邮箱'], required: false },
];

export const PERSON_COLUMNS: readonly ColumnSpec[] = [
  { field: 'name', labels: ['姓名'], required: true },
  { field: 'email', labels: ['邮箱'], required: true },
  { field: 'unit', labels: ['单位'], required: false },
  { field: 'roles', labels: ['角色'], required: true },
  { field: 'signer_level', labels: ['审签级别'], required: false },
];

/** Separators between several values in one cell: ; ； , ， 、 or whitespace. */
const LIST_SEPARATOR = /[;；,，、\s]+/u;

// ---------------------------------------------------------------------------
// units

export function validateUnitRows(table: ImportTable): { rows: UnitImportRow[]; errors: RowError[] } {
  const { columns, errors } = mapHeaders(table, UNIT_COLUMNS);
  const rows: UnitImportRow[] = [];
  const firstRowByName = new Map<string, number>();
  const named: UnitNode[] = [];
  const complete = UNIT_COLUMNS.every((spec) => !spec.required || columns.has(spec.field));

  for (const { rowNumber, cells } of dataRows(table)) {
    const rowErrors: RowError[] = [];
    const fail = (field: string, reason: string) => rowErrors.push({ row: rowNumber, field, reason });
    const get = (field: string) => (columns.has(field) ? (cells[columns.get(field)!] ?? '').trim() : '');

    const name = get('name');
    if (columns.has('name')) {
      if (name === '') fail('name', '单位名称不能为空');
      else if (tooLong(name)) fail('name', `单位名称不能超过 ${MAX_NAME_LENGTH} 个字符`);
      else {
        const first = firstRowByName.get(name);
        if (first !== undefined) fail('name', `单位名称“${name}”与第 ${first} 行重复`);
        else firstRowByName.set(name, rowNumber);
      }
    }

    const parentName = get('parent');
    if (parentName !== '') {
      if (tooLong(parentName)) fail('parent', `上级单位名称不能超过 ${MAX_NAME_LENGTH} 个字符`);
      else if (parentName === name) fail('parent', '上级单位不能是本单位');
      else if (firstRowByName.get(name) === rowNumber) named.push({ row: rowNumber, name, parentName });
    }

    const contactEmails: string[] = [];
    for (const value of splitList(get('contact_emails'))) {
      const email = normaliseEmail(value);
      if (email === null) fail('contact_emails', `联系邮箱“${value}”格式不正确`);
      else if (!contactEmails.includes(email)) contactEmails.push(email);
    }

    const phoneValue = get('contact_phone');
    const contactPhone = phoneValue === '' ? null : normalisePhone(phoneValue);
    if (phoneValue !== '' && contactPhone === null) {
      fail('contact_phone', `联系电话“${phoneValue}”格式不正确（应为 7–20 位数字，可含空格、-、括号和 +）`);
    }

    const leaderValue = get('leader_email');
    const leaderEmail = leaderValue === '' ? null : normaliseEmail(leaderValue);
    if (leaderValue !== '' && leaderEmail === null) fail('leader_email', `领导邮箱“${leaderValue}”格式不正确`);

    errors.push(...rowErrors);
    if (rowErrors.length === 0 && complete) {
      rows.push({
        row: rowNumber,
        name,
        parentName: parentName === '' ? null : parentName,
        contactEmails,
        contactPhone,
        leaderEmail,
      });
    }
  }

  // Cycles are looked for among all named rows, so a cycle is reported even if a row in it has other errors.
  const cycleErrors = findParentCycles(named);
  if (cycleErrors.length > 0) {
    const bad = new Set(cycleErrors.map((e) => e.row));
    errors.push(...cycleErrors);
    errors.sort((a, b) => a.row - b.row);
    return { rows: rows.filter((r) => !bad.has(r.row)), errors };
  }
  return { rows, errors };
}

/** Every row whose parent chain, within the file, comes back to itself. */
interface UnitNode {
  row: number;
  name: string;
  parentName: string | null;
}

function findParentCycles(nodes: UnitNode[]): RowError[] {
  const byName = new Map(nodes.map((r) => [r.name, r]));
  const errors: RowError[] = [];
  const reported = new Set<UnitNode>();
  const cleared = new Set<UnitNode>();
  for (const start of nodes) {
    const path: UnitNode[] = [];
    const onPath = new Set<UnitNode>();
    let current: UnitNode | undefined = start;
    while (current && !onPath.has(current) && !reported.has(current) && !cleared.has(current)) {
      onPath.add(current);
      path.push(current);
      current = current.parentName === null ? undefined : byName.get(current.parentName);
    }
    if (current && onPath.has(current)) {
      const cycle = path.slice(path.indexOf(current));
      const names = [...cycle.map((r) => r.name), current.name].join(' → ');
      const rowList = cycle.map((r) => r.row).join('、');
      for (const member of cycle) {
        reported.add(member);
        errors.push({
          row: member.row,
          field: 'parent',
          reason: `上级单位形成循环：${names}（第 ${rowList} 行）`,
        });
      }
    }
    for (const visited of path) if (!reported.has(visited)) cleared.add(visited);
  }
  return errors;
}

/**
 * The rows ordered so that every parent named in the file comes before its children;
 * otherwise the file order is kept. Rows in a parent cycle (which validation rejects)
 * are still all returned.
 */
export function unitsInParentOrder<T extends { name: string; parentName: string | null }>(rows: readonly T[]): T[] {
  const byName = new Map<string, T>();
  for (const r of rows) if (!byName.has(r.name)) byName.set(r.name, r);
  const ordered: T[] = [];
  const seen = new Set<T>();
  for (const row of rows) {
    // Walk up to the topmost unplaced ancestor without recursion (chains may be long).
    const chain: T[] = [];
    let current: T | undefined = row;
    while (current && !seen.has(current)) {
      seen.add(current);
      chain.push(current);
      current = current.parentName === null ? undefined : byName.get(current.parentName);
    }
    ordered.push(...chain.reverse());
  }
  return ordered;
}

// ---------------------------------------------------------------------------
// people

export function validatePersonRows(table: ImportTable): { rows: PersonImportRow[]; errors: RowError[] } {
  const { columns, errors } = mapHeaders(table, PERSON_COLUMNS);
  const rows: PersonImportRow[] = [];
  const firstRowByEmail = new Map<string, number>();
  const complete = PERSON_COLUMNS.every((spec) => !spec.required || columns.has(spec.field));

  for (const { rowNumber, cells } of dataRows(table)) {
    const rowErrors: RowError[] = [];
    const fail = (field: string, reason: string) => rowErrors.push({ row: rowNumber, field, reason });
    const get = (field: string) => (columns.has(field) ? (cells[columns.get(field)!] ?? '').trim() : '');

    const name = get('name');
    if (columns.has('name')) {
      if (name === '') fail('name', '姓名不能为空');
      else if (tooLong(name)) fail('name', `姓名不能超过 ${MAX_NAME_LENGTH} 个字符`);
    }

    const emailValue = get('email');
    let email: string | null = null;
    if (columns.has('email')) {
      if (emailValue === '') fail('email', '邮箱不能为空');
      else {
        email = normaliseEmail(emailValue);
        if (email === null) fail('email', `邮箱“${emailValue}”格式不正确`);
        else {
          const first = firstRowByEmail.get(email);
          if (first !== undefined) fail('email', `邮箱“${email}”与第 ${first} 行重复`);
          else firstRowByEmail.set(email, rowNumber);
        }
      }
    }

    const unitName = get('unit');
    if (tooLong(unitName)) fail('unit', `单位名称不能超过 ${MAX_NAME_LENGTH} 个字符`);

    const roles: Role[] = [];
    let rolesKnown = false;
    if (columns.has('roles')) {
      const values = splitList(get('roles'));
      const unknown: string[] = [];
      for (const value of values) {
        const role = parseRole(value);
        if (role === null) unknown.push(value);
        else if (!roles.includes(role)) roles.push(role);
      }
      if (values.length === 0) fail('roles', `角色不能为空；可填写：${acceptedRoles()}`);
      else if (unknown.length > 0) {
        fail('roles', `未知的角色${unknown.map((v) => `“${v}”`).join('、')}；可填写：${acceptedRoles()}`);
      } else rolesKnown = true;
    }

    const levelValue = get('signer_level');
    let signerLevel: SignerLevel | null = null;
    if (levelValue !== '') {
      signerLevel = parseSignerLevel(levelValue);
      if (signerLevel === null) {
        fail('signer_level', `审签级别“${levelValue}”不正确；可填写：${acceptedSignerLevels()}`);
      } else if (rolesKnown && !roles.includes('signer')) {
        fail('signer_level', '只有审签人（signer）才能填写审签级别');
      }
    } else if (roles.includes('signer')) {
      fail('signer_level', `角色包含审签人（signer）时必须填写审签级别：${acceptedSignerLevels()}`);
    }

    errors.push(...rowErrors);
    if (rowErrors.length === 0 && complete && email !== null) {
      rows.push({
        row: rowNumber,
        name,
        email,
        unitName: unitName === '' ? null : unitName,
        roles,
        signerLevel: roles.includes('signer') ? signerLevel : null,
      });
    }
  }
  return { rows, errors };
}

function parseRole(value: string): Role | null {
  const code = value.normalize('NFKC').toLowerCase().replace(/[\s-]+/g, '_');
  if (isRole(code)) return code;
  const label = value.normalize('NFKC').replace(/\s+/g, '');
  return ROLES.find((role) => ROLE_LABELS[role] === label) ?? null;
}

function parseSignerLevel(value: string): SignerLevel | null {
  const text = value.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d+(\.0+)?$/.test(text)) {
    const n = Number(text);
    return isSignerLevel(n) ? n : null;
  }
  return SIGNER_LEVELS.find((level) => SIGNER_LEVEL_NAMES[level] === text) ?? null;
}

function acceptedRoles(): string {
  return ROLES.map((role) => `${role}（${ROLE_LABELS[role]}）`).join('、');
}

function acceptedSignerLevels(): string {
  return SIGNER_LEVELS.map((level) => `${level}（${SIGNER_LEVEL_NAMES[level]}）`).join('、');
}

// ---------------------------------------------------------------------------
// shared

/** Header text reduced for matching: NFKC, lower case, no whitespace/_/-, no trailing * or (note). */
export function headerKey(header: string): string {
  let key = header.normalize('NFKC').toLowerCase().replace(/[\s_\-]+/g, '');
  key = key.replace(/\*+$/, '');
  key = key.replace(/\([^()]*\)$/, '').replace(/\*+$/, '');
  return key;
}

function mapHeaders(
  table: ImportTable,
  specs: readonly ColumnSpec[],
): { columns: Map<string, number>; errors: RowError[] } {
  const headerRow = table.headerRowNumber ?? 1;
  const byKey = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    for (const label of [spec.field, ...spec.labels]) byKey.set(headerKey(label), spec);
  }
  const columns = new Map<string, number>();
  const errors: RowError[] = [];
  table.headers.forEach((header, index) => {
    const text = header.trim();
    const where = `第 ${columnLetter(index)} 列`;
    if (text === '') {
      const used = table.rows.some((r) => (r.cells[index] ?? '').trim() !== '');
      if (used) errors.push({ row: headerRow, reason: `${where}有数据但没有列名` });
      return;
    }
    const spec = byKey.get(headerKey(text));
    if (!spec) {
      errors.push({
        row: headerRow,
        field: text,
        reason: `${where}“${text}”不是可识别的列名；可用的列：${specs.map(describeColumn).join('、')}`,
      });
      return;
    }
    const previous = columns.get(spec.field);
    if (previous !== undefined) {
      errors.push({
        row: headerRow,
        field: spec.field,
        reason: `${where}“${text}”与第 ${columnLetter(previous)} 列“${table.headers[previous]!.trim()}”重复`,
      });
      return;
    }
    columns.set(spec.field, index);
  });
  // Data in columns beyond the header row.
  const lastColumn = Math.max(table.headers.length, ...table.rows.map((r) => lastNonEmpty(r.cells) + 1));
  for (let index = table.headers.length; index < lastColumn; index++) {
    errors.push({ row: headerRow, reason: `第 ${columnLetter(index)} 列有数据但没有列名` });
  }
  for (const spec of specs) {
    if (spec.required && !columns.has(spec.field)) {
      errors.push({ row: headerRow, field: spec.field, reason: `缺少必填列“${spec.labels[0]}”（${spec.field}）` });
    }
  }
  return { columns, errors };
}

function describeColumn(spec: ColumnSpec): string {
  return `${spec.labels.join('/')}/${spec.field}${spec.required ? '（必填）' : ''}`;
}

function dataRows(table: ImportTable): ImportTable['rows'] {
  return table.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

function lastNonEmpty(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i;
  return -1;
}

/** Excel column letters: 0 -> A, 25 -> Z, 26 -> AA. */
function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function tooLong(value: string): boolean {
  return [...value].length > MAX_NAME_LENGTH;
}

function splitList(value: string): string[] {
  return value.split(LIST_SEPARATOR).filter((v) => v !== '');
}

const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Lower-cased address, full-width characters (＠, ．) folded; null when not a plausible address. */
export function normaliseEmail(value: string): string | null {
  const email = value
    .normalize('NFKC')
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/** Digits, spaces, dashes, parentheses and +, with 7–20 digits; full-width characters folded. */
export function normalisePhone(value: string): string | null {
  const phone = value.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (!/^[0-9 ()+-]+$/.test(phone)) return null;
  const digits = phone.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 20 ? phone : null;
}
