export interface ConfigIssue {
  variable: string;
  reason: string;
}

/** Every bad setting at once, so an operator fixes them in one pass. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly issues: ConfigIssue[]) {
    super(
      `Invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.reason}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}
