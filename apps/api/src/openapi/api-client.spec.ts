import 'reflect-metadata';
import * as fs from 'node:fs';
import { API_CLIENT_TYPES, apiClientTypes } from './api-client-source';

describe("the console's generated API client", () => {
  it('matches the OpenAPI document the API serves now (npm run api:client regenerates it)', async () => {
    const generated = await apiClientTypes();
    const checkedIn = fs.readFileSync(API_CLIENT_TYPES, 'utf8');
    if (checkedIn !== generated) {
      throw new Error(`${API_CLIENT_TYPES} is stale: the API's routes or DTOs changed. Run \`npm run api:client\` and commit the result.`);
    }
  });
});
