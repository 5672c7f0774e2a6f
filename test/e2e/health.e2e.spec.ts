import { testDatabaseKind } from '../support/test-database';
import { startTestApi, TestApi } from '../support/test-api';

describe('health', () => {
  describe('with the database and Temporal up', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi();
    });
    afterAll(() => api.close());

    it('answers 200 without credentials, naming the database kind', async () => {
      const response = await api.http.get('/health');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        database: { reachable: true, kind: testDatabaseKind() },
        temporal: { reachable: true, address: process.env.TEST_TEMPORAL_ADDRESS },
      });
      expect(response.body.database).not.toHaveProperty('error');
      expect(response.body.temporal).not.toHaveProperty('error');
      // Public: even a bad credential does not stand in the way.
      expect((await api.http.get('/health').set('authorization', 'Bearer rubbish')).status).toBe(200);
    });

    it('answers 503 naming the database once the database is gone', async () => {
      await api.db.dataSource.destroy();
      const response = await api.http.get('/health');
      expect(response.status).toBe(503);
      expect(response.body.status).toBe('unavailable');
      expect(response.body.database).toMatchObject({ reachable: false, kind: testDatabaseKind() });
      expect(typeof response.body.database.error).toBe('string');
      expect(response.body.temporal.reachable).toBe(true);
    });
  });

  describe('with Temporal unreachable', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({}, { temporalAddress: '127.0.0.1:1' });
    });
    afterAll(() => api.close());

    it('still starts, and answers 503 naming Temporal as unreachable', async () => {
      const response = await api.http.get('/health');
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({
        status: 'unavailable',
        database: { reachable: true, kind: testDatabaseKind() },
        temporal: { reachable: false, address: '127.0.0.1:1' },
      });
      expect(typeof response.body.temporal.error).toBe('string');
      // The rest of the API does not need Temporal to answer.
      expect((await api.http.get('/units').set('authorization', api.adminAuth)).status).toBe(200);
    }, 15_000);
  });
});
