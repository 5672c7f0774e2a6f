import type { AppConfig } from '../../../libs/config/src/app-config';
import { secretFromDataDir } from '../../../libs/config/src/generated-secret';

/** JWT_SECRET when set (production requires it); otherwise a secret generated once into the data folder. */
export function resolveJwtSecret(config: AppConfig): string {
  return config.auth.jwtSecret ?? secretFromDataDir(config.dataDir, 'jwt-secret');
}
