import type { AppConfig } from '../../../libs/config/src/app-config';

/** Settings the API resolved at start (the JWT secret may come from the data folder). */
export class ApiContext {
  constructor(
    readonly config: AppConfig,
    readonly jwtSecret: string,
    /** The HMAC key of the trail chain (TRAIL_KEY or the data folder's). */
    readonly trailKey: string,
    /** null when the API runs without Temporal (never in `npm start`; reported by /health). */
    readonly temporalAddress: string | null,
  ) {}
}
