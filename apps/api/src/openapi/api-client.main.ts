import 'reflect-metadata';
import * as fs from 'node:fs';
import { API_CLIENT_TYPES, apiClientTypes } from './api-client-source';

// `npm run api:client`: regenerates the console's API types from the document the API serves.
apiClientTypes()
  .then((source) => {
    fs.writeFileSync(API_CLIENT_TYPES, source);
    console.log(`wrote ${API_CLIENT_TYPES}`);
  })
  .catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
