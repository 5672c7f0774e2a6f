import { Metadata } from '@grpc/grpc-js';
import { ServiceError } from '@temporalio/client';
import { Client } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { toErrorBody } from './error-response';
import { unavailablePart } from './unavailable';

/** The error @grpc/grpc-js gives for a call that got no answer. */
const grpcError = (code: number, details: string) => Object.assign(new Error(`${code} ${details}`), { code, details, metadata: new Metadata() });

describe('unavailablePart', () => {
  it('names Temporal for a frontend that does not answer, wrapped as the client wraps it', () => {
    const error = new ServiceError('Failed to start workflow', { cause: grpcError(14, 'No connection established') });
    expect(unavailablePart(error)).toEqual({ code: 'TEMPORAL_UNAVAILABLE', message: expect.stringContaining('Temporal'), field: 'temporal', reason: 'No connection established' });
  });

  it('leaves Temporal answers that are about the request alone', () => {
    expect(unavailablePart(new ServiceError('nope', { cause: grpcError(5, 'workflow not found') }))).toBeNull();
  });

  it('names the database for a PostgreSQL server that refuses connections', async () => {
    // Port 1 on loopback: nothing listens there, so the real client fails as it does when the server is down.
    const refused = await new Client({ host: '127.0.0.1', port: 1, user: 'x', password: 'x', database: 'x' }).connect().catch((e: unknown) => e);
    expect(unavailablePart(refused)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', field: 'database' });
  });

  it('names the database for a query ended by a server shutting down', () => {
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(unavailablePart(new QueryFailedError('SELECT 1', [], shutdown))).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('names the database for a transaction whose connection the server dropped before the commit', () => {
    expect(unavailablePart(new QueryRunnerAlreadyReleasedError())).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('leaves a constraint violation alone', () => {
    const duplicate = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(unavailablePart(new QueryFailedError('INSERT', [], duplicate))).toBeNull();
  });

  it('makes the error body a 503 with the part in details and a Retry-After', () => {
    const { body, internal, retryAfterSeconds } = toErrorBody(new ServiceError('x', { cause: grpcError(14, 'down') }));
    expect({ status: body.statusCode, code: body.code, field: body.details[0].field, internal, retryAfterSeconds }).toEqual({
      status: 503,
      code: 'TEMPORAL_UNAVAILABLE',
      field: 'temporal',
      internal: false,
      retryAfterSeconds: 5,
    });
  });
});
