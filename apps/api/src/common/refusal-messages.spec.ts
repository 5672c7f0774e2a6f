import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { validationReason } from './validation-reasons';

/*
 * Every refusal a person can read is in Chinese: the message and reason of each AppError and
 * field issue the API raises, and of each rule error the workflows and libs/domain raise for
 * the API to pass on. Read from the source, so a refusal added in English fails here whether or
 * not a test drives it. A code, a field name or a path (no space, only letters, digits and
 * _.[]/:-) is not prose and may stay English; RangeError, TypeError and plain Error are faults
 * (500, logged), not refusals.
 */
const ROOT = join(__dirname, '../../../..');
const SCANNED = ['apps/api/src', 'workflows', 'libs/domain/src', 'libs/activities/src', 'libs/report-io/src', 'libs/spreadsheet/src'];
/** Read by the operator at start-up, never by a person using the system. */
const OPERATOR_FACING = new Set(['apps/api/src/main.ts', 'apps/api/src/openapi/api-client-source.ts']);
const FAULTS = new Set(['Error', 'RangeError', 'TypeError', 'SyntaxError', 'ConfigError']);
/** Refusals raised by a call rather than `new`: their string arguments are what a person reads. */
const REFUSING_CALLS = new Set(['invalid', 'notFound', 'refuse', 'dueRefused', 'incomplete']);
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;
const NOT_PROSE = /^[\w.[\]/:*-]*$/;
/** Three English words in a row: a sentence, even beside Chinese (“三 (e.g. new, granted…)”). */
const ENGLISH_PHRASE = /[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The prose a literal holds: a template's text between its substitutions. */
function prose(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  return null;
}

function isErrorClass(node: ts.ClassLikeDeclaration): boolean {
  return (node.heritageClauses ?? []).some((c) => c.types.some((t) => /Error$/.test(t.expression.getText())));
}

/** A validation decorator's `{ message }` the pipe replaces with its own Chinese reason (validation-reasons.ts). */
function toldByThePipe(property: ts.PropertyAssignment): boolean {
  const call = property.parent.parent;
  if (!ts.isCallExpression(call) || !ts.isDecorator(call.parent)) return false;
  const name = call.expression.getText().replace(/^Is(UUID)$/, 'IsUuid');
  const constraint = name.charAt(0).toLowerCase() + name.slice(1);
  return validationReason(constraint, 'field probe') !== 'probe';
}

function englishRefusals(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const check = (node: ts.Node, where: string): void => {
    if (ts.isParenthesizedExpression(node)) return check(node.expression, where);
    if (ts.isConditionalExpression(node)) return [node.whenTrue, node.whenFalse].forEach((branch) => check(branch, where));
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) return [node.left, node.right].forEach((part) => check(part, where));
    const words = prose(node);
    if (words === null || NOT_PROSE.test(words.trim()) || (CJK.test(words) && !ENGLISH_PHRASE.test(words))) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(ROOT, file)}:${line + 1} ${where}: ${node.getText().slice(0, 120)}`);
  };
  const visit = (node: ts.Node, inErrorClass: boolean) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /Error$|^AppError$|^ApplicationFailure$/.test(node.expression.text) && !FAULTS.has(node.expression.text)) {
      for (const arg of node.arguments ?? []) check(arg, `new ${node.expression.text}`);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      if (REFUSING_CALLS.has(callee)) for (const arg of node.arguments) check(arg, `${callee}()`);
      if (callee === 'super' && inErrorClass) for (const arg of node.arguments) check(arg, 'super()');
    }
    // { reason: '…' } of a field issue, { message: '…' } of a failure or an error shape, or of a
    // DTO's rule that the validation pipe does not tell in Chinese itself.
    if (ts.isPropertyAssignment(node) && ['reason', 'message'].includes(node.name.getText()) && !toldByThePipe(node)) check(node.initializer, node.name.getText());
    ts.forEachChild(node, (child) => visit(child, ts.isClassLike(node) ? isErrorClass(node) : inErrorClass));
  };
  visit(source, false);
  return found;
}

describe('refusal messages', () => {
  const files = SCANNED.flatMap((dir) => sources(join(ROOT, dir))).filter((f) => !OPERATOR_FACING.has(relative(ROOT, f)));

  it('finds an English refusal, in each form a refusal takes, and passes Chinese ones, codes and faults', () => {
    expect(files.length).toBeGreaterThan(200);
    const probe = [
      "throw new AppError('CONFLICT', 'the unit is busy');",
      "throw invalid('unitId', `names no unit ${id}`);",
      "issues.push({ field: 'roles', reason: ok ? '角色不能重复' : 'must not repeat a role' });",
      "class LateError extends Error { constructor(day: string) { super(`late since ${day}` + '（已逾期）'); } }",
      "throw new SignOffRuleError('WRONG_STATE', '该公文不在审签中', 'attribute');",
      "throw invalid('row', 'names no row of section 三 (e.g. new, granted)');",
      "throw new RangeError(`level must be 1, 2 or 3, got ${level}`);",
      "class Dto { @IsIn(['a', 'b'], { message: 'must be a or b' }) kind!: string; @Matches(/x/, { message: 'sort must be dueOn' }) sort!: string; }",
    ].join('\n');
    expect(englishRefusals(join(ROOT, 'probe.ts'), probe).map((found) => found.replace(/^probe\.ts:/, ''))).toEqual([
      "1 new AppError: 'the unit is busy'",
      '2 invalid(): `names no unit ${id}`',
      "3 reason: 'must not repeat a role'",
      '4 super(): `late since ${day}`',
      "6 invalid(): 'names no row of section 三 (e.g. new, granted)'",
      "8 message: 'sort must be dueOn'",
    ]);
  });

  it('are all in Chinese, in the API, the workflows and the domain rules', () => {
    expect(files.flatMap((file) => englishRefusals(file))).toEqual([]);
  });
});
