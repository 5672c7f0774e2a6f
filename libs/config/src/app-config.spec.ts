import { ConfigError, loadConfig } from './index';

describe('loadConfig', () => {
  it('runs on embedded defaults with nothing set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.database).toEqual({ kind: 'sqlite', path: '/srv/app/data/disclosure.sqlite' });
    expect(config.temporal.address).toBeNull();
    expect(config.temporal.taskQueue).toBe('disclosure');
    expect(config.api.port).toBe(3000);
    expect(config.api.bodyLimitBytes).toBe(1024 * 1024);
    expect(config.mail.outboxDir).toBe('/srv/app/data/outbox');
    expect(config.auth.jwtTtlSeconds).toBe(8 * 3600);
    expect(config.auth.loginAttempts).toBe(5);
    expect(config.api.trustProxy).toEqual([]);
    expect(config.api.corsOrigins).toEqual([]);
  });

  it('reads the CORS origins and names one with a path', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://oa.example.gov.cn, http://10.0.0.5:8080' }).api.corsOrigins).toEqual(['https://oa.example.gov.cn', 'http://10.0.0.5:8080']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://oa.example.gov.cn/app' })).toThrow(/CORS_ORIGINS: must list origins/);
  });

  it('reads the trusted proxies as addresses and CIDR ranges, and names a bad one', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1' }).api.trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
    for (const bad of ['true', '10.0.0.0/33', 'proxy.local', '10.0.0.1/8/2']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY: must list proxy addresses/);
    }
  });

  it('reads production settings', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://app:secret@db:5432/disclosure',
        TEMPORAL_ADDRESS: 'temporal:7233',
        SMTP_URL: 'smtp://mailpit:1025',
        JWT_SECRET: 'x'.repeat(40),
        TRAIL_KEY: 'k'.repeat(40),
        JWT_TTL: '30m',
        LOGIN_RATE_LIMIT: '10/300s',
      },
      '/srv',
    );
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://app:secret@db:5432/disclosure' });
    expect(config.temporal.address).toBe('temporal:7233');
    expect(config.auth.jwtTtlSeconds).toBe(1800);
    expect(config.auth.loginWindowSeconds).toBe(300);
  });

  it('names every bad value at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        NODE_ENV: 'production',
        API_PORT: '70000',
        DATABASE_URL: 'mysql://x/y',
        TEMPORAL_ADDRESS: 'temporal',
        BODY_LIMIT: 'big',
        LOG_LEVEL: 'loud',
        ADMIN_EMAIL: 'nobody',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.issues.map((i) => i.variable).sort()).toEqual(
      ['ADMIN_EMAIL', 'API_PORT', 'BODY_LIMIT', 'DATABASE_URL', 'JWT_SECRET', 'LOG_LEVEL', 'SMTP_URL', 'TEMPORAL_ADDRESS', 'TRAIL_KEY'].sort(),
    );
    expect(error!.message).toContain('API_PORT: must be a port number from 0 to 65535, got "70000"');
    expect(error!.message).toContain('JWT_SECRET: is required when NODE_ENV=production');
  });

  it('refuses production mail without SMTP_URL unless MAIL_TRANSPORT=files says so', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), TRAIL_KEY: 'k'.repeat(40) };
    expect(() => loadConfig(production)).toThrow('SMTP_URL: is required when NODE_ENV=production (or set MAIL_TRANSPORT=files');
    expect(loadConfig({ ...production, MAIL_TRANSPORT: 'files' }).mail.smtpUrl).toBeNull();
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://relay:25' }).mail.smtpUrl).toBe('smtp://relay:25');
    expect(loadConfig({}).mail.smtpUrl).toBeNull();
  });

  it('names a mail transport that contradicts SMTP_URL', () => {
    expect(() => loadConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow('SMTP_URL: is required when MAIL_TRANSPORT=smtp');
    expect(() => loadConfig({ MAIL_TRANSPORT: 'files', SMTP_URL: 'smtp://relay:25' })).toThrow('MAIL_TRANSPORT: is files but SMTP_URL is set');
    expect(() => loadConfig({ MAIL_TRANSPORT: 'pigeon' })).toThrow('MAIL_TRANSPORT: must be one of smtp, files, got "pigeon"');
  });

  it('reads how many attempts a failing message gets', () => {
    expect(loadConfig({}).mail.maxAttempts).toBe(20);
    expect(loadConfig({ MAIL_MAX_ATTEMPTS: '3' }).mail.maxAttempts).toBe(3);
    expect(loadConfig({}).temporal.maxCachedWorkflows).toBe(250);
    expect(loadConfig({ WORKER_CACHED_WORKFLOWS: '250' }).temporal.maxCachedWorkflows).toBe(250);
    expect(() => loadConfig({ WORKER_CACHED_WORKFLOWS: '0' })).toThrow('WORKER_CACHED_WORKFLOWS: must be a whole number from 1 to 1000000');
    expect(() => loadConfig({ MAIL_MAX_ATTEMPTS: '0' })).toThrow('MAIL_MAX_ATTEMPTS: must be a whole number from 1 to 1000');
    expect(loadConfig({}).mail.smtpConnections).toBe(5);
    expect(loadConfig({ MAIL_SMTP_CONNECTIONS: '2' }).mail.smtpConnections).toBe(2);
    expect(() => loadConfig({ MAIL_SMTP_CONNECTIONS: '0' })).toThrow('MAIL_SMTP_CONNECTIONS: must be a whole number from 1 to 50');
  });

  it('still reads a renamed setting under its old name, with a deprecation warning, while the new one is unset', () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const old = loadConfig({ SUPERVISION_CALL_TRIES: '5', RECTIFICATION_PLAN_DAYS: '7' }).supervision;
      expect(old).toMatchObject({ maxUnreachableTries: 5, rectificationPlanWorkingDays: 7 });
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
        expect.stringContaining('SUPERVISION_CALL_TRIES is deprecated: set SUPERVISION_MAX_UNREACHABLE_TRIES'),
        expect.stringContaining('RECTIFICATION_PLAN_DAYS is deprecated: set RECTIFICATION_PLAN_WORKING_DAYS'),
      ]);
      warn.mockClear();
      const both = loadConfig({ SUPERVISION_MAX_UNREACHABLE_TRIES: '2', SUPERVISION_CALL_TRIES: '5' }).supervision;
      expect(both.maxUnreachableTries).toBe(2);
      expect(warn).not.toHaveBeenCalled();
      expect(() => loadConfig({ SUPERVISION_CALL_TRIES: '0' })).toThrow('SUPERVISION_MAX_UNREACHABLE_TRIES: must be a whole number from 1 to 20');
    } finally {
      warn.mockRestore();
    }
  });

  it('requires a trail key of 32 characters or more in production only', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), MAIL_TRANSPORT: 'files' })).toThrow('TRAIL_KEY: is required when NODE_ENV=production');
    expect(() => loadConfig({ TRAIL_KEY: 'short' })).toThrow('TRAIL_KEY: must be at least 32 characters');
    expect(loadConfig({}).trail.key).toBeNull();
  });

  it('treats sqlite: URLs as files relative to the working folder', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:./x/db.sqlite' }, '/srv').database).toEqual({
      kind: 'sqlite',
      path: '/srv/x/db.sqlite',
    });
  });
});
