/** Every API route lives under `/api` (Nest's global prefix); `/health` stays at the root. */
export const API_PREFIX = 'api';
