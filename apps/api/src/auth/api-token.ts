import { createHash, randomBytes } from 'node:crypto';

/** Integration tokens carry a prefix so they are told from JWTs, and so secret scanners find them. */
export const API_TOKEN_PREFIX = 'dse_';

export const newApiToken = () => API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
export const hashApiToken = (token: string) => createHash('sha256').update(token).digest('hex');
