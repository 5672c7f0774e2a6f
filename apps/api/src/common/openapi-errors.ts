import type { OpenAPIObject } from '@nestjs/swagger';
import { ERROR_CODES } from './app-error';
import { HTTP_STATUS } from './error-response';

type Operation = { security?: unknown[]; requestBody?: unknown; responses: Record<string, unknown> };
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const ERROR_SCHEMA = {
  type: 'object',
  description: '每个错误的唯一形态：code 是给集成方的稳定英文常量，message 与 details[].reason 是给人看的中文',
  required: ['statusCode', 'error', 'code', 'message', 'details'],
  additionalProperties: false,
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599 },
    error: { type: 'string', example: 'Bad Request' },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    message: { type: 'string', example: 'parentId：不是已知的单位' },
    details: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'reason'],
        additionalProperties: false,
        properties: { field: { type: 'string' }, reason: { type: 'string' }, row: { type: 'integer' } },
      },
    },
  },
};

/** The codes that leave with a status, for the response's description. */
function codesOf(status: number): string[] {
  const codes: string[] = ERROR_CODES.filter((code) => HTTP_STATUS[code] === status);
  // Raised by the framework's own 4xx, and by any fault.
  if (status === 400) codes.push('BAD_REQUEST');
  if (status === 500) codes.push('INTERNAL');
  return codes;
}

/**
 * The statuses an operation can answer with besides its own: every route validates its input
 * (400), may name something that does not exist (404) or refuse by the state of a record or a
 * rule (409, 422), and may need Temporal (503); 401 for a missing or wrong credential; a closed
 * route also 403; one with a body 413 and 415; login 429.
 */
function errorStatuses(operation: Operation, secured: boolean): number[] {
  return [
    400,
    // Login itself answers 401 for a wrong password.
    401,
    ...(secured ? [403] : []),
    404,
    409,
    ...(operation.requestBody ? [413, 415] : []),
    422,
    ...(secured ? [] : [429]),
    503,
  ];
}

/** Adds the one error shape, and each status's codes, to every operation of the document. */
export function documentErrors(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ErrorBody: ERROR_SCHEMA as never } };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const secured = (operation.security ?? document.security ?? []).length > 0;
      for (const status of errorStatuses(operation, secured)) {
        operation.responses[String(status)] ??= {
          description: codesOf(status).join(', '),
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        };
      }
    }
  }
  return document;
}
