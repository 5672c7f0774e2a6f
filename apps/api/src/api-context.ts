import type { AppConfig } from '../../../libs/config/src/app-config';

/** Settings the API resolved at start (the JWT secret may come from the data folder). */
export class ApiContext {
  constructor(
    readonly config: AppConfig,
    readonly jwtSecret: string,
    /** null when the API runs without Temporal (never in `npm start`; reported by /health). */
    readonly temporalAddress: string | null,
  ) {}
}
