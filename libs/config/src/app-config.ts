import { isIP } from 'node:net';
import * as path from 'node:path';
import { checkReminderLeads, DEFAULT_REMINDER_LEADS } from '../../domain/src/requests/request-alarms';
import { isDueSpec } from '../../domain/src/calendar/due-spec';
import type { TaskTiming } from '../../domain/src/supervision/task-due';
import { ConfigError, ConfigIssue } from './config-error';

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  logFormat: 'auto' | 'pretty' | 'json';
  api: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    uploadLimitBytes: number;
    /** The built web console (index.html and its assets), served at `/`. */
    webDir: string;
    /** Proxy addresses or CIDR ranges whose X-Forwarded-For is believed; empty: none. */
    trustProxy: string[];
    /** The most an uploaded .xlsx or .docx may unpack to, all its parts together. */
    archiveUnpackLimitBytes: number;
    /** Origins whose pages may call the API from a browser; empty: none (the console is same-origin). */
    corsOrigins: string[];
  };
  database: DatabaseConfig;
  temporal: {
    /** null: the project starts its own dev server. */
    address: string | null;
    namespace: string;
    taskQueue: string;
    cliPath: string | null;
    devPort: number;
    devUiPort: number;
    /** A prebuilt workflow bundle for the worker; null: bundle the workflows at start. */
    workflowBundle: string | null;
    /** How often the API starts workflows whose rows were committed but whose start did not happen. */
    pendingStartIntervalMs: number;
    /** Open workflows a worker keeps in memory; one beyond it is replayed from its history at its next step. */
    maxCachedWorkflows: number;
  };
  testing: {
    /** TEST_EXIT_BEFORE_WORKFLOW_START=1 (never in production): the API exits between a commit and its workflow start. */
    exitBeforeWorkflowStart: boolean;
  };
  mail: {
    /** null: messages are written as .eml files to outboxDir (MAIL_TRANSPORT=files). */
    smtpUrl: string | null;
    /** SMTP connections each worker keeps open, and so messages it sends at once. */
    smtpConnections: number;
    from: string;
    outboxDir: string;
    pollMs: number;
    leaseMs: number;
    /** Attempts after which a message that keeps failing is dead (a permanent refusal is dead at once). */
    maxAttempts: number;
  };
  requests: {
    /** Art. 31 read as counting from the day after receipt (next_day) or from that day (same_day). */
    countFrom: 'next_day' | 'same_day';
    /** Working days before the answer is due at which the handling unit is reminded. */
    reminderLeads: number[];
  };
  supervision: {
    timing: TaskTiming;
    /** Unreachable calls in a row before the unit's leader is told. */
    maxUnreachableTries: number;
    /** Largest evidence file a unit may attach to a submission. */
    evidenceFileLimitBytes: number;
    /** Bottom units of the quarterly ranking sent a last-place reminder (ties at the boundary too). */
    lastPlaceCount: number;
    /** Working days a last-place unit has to submit its rectification plan. */
    rectificationPlanWorkingDays: number;
  };
  trail: {
    /** The HMAC key of every document's trail chain; null outside production: generated once into the data folder. */
    key: string | null;
    /** How often each worker anchors the chain heads of every finished day not yet anchored. */
    anchorIntervalMs: number;
  };
  auth: {
    /** null outside production: a secret is generated once and kept in the data folder. */
    jwtSecret: string | null;
    jwtTtlSeconds: number;
    adminEmail: string | null;
    adminPassword: string | null;
    loginAttempts: number;
    loginWindowSeconds: number;
    /** The console's session cookies carry `Secure` (sent over HTTPS only). */
    secureCookies: boolean;
  };
}

/**
 * The SDK's default sizes the cache from the heap, which on this kind of machine kept all 10,000
 * open task workflows of the bench in memory (880 MB). Most open cases wait days between
 * steps, so replaying one at its next step costs little: the bench's steps, nearly all replays,
 * went no slower with 400 cached than with 1,000, and each cached workflow held about 250 KB
 * resident.
 */
export const DEFAULT_CACHED_WORKFLOWS = 250;
/** MAIL_SMTP_CONNECTIONS' default: nodemailer's own for a pool. */
export const DEFAULT_SMTP_CONNECTIONS = 5;

/** Every setting the system reads, with its default; settings-table.spec.ts holds the README's table to it. */
export const SETTINGS = {
  NODE_ENV: 'development',
  DATA_DIR: './data',
  LOG_LEVEL: 'info',
  LOG_FORMAT: 'auto',
  API_HOST: '127.0.0.1',
  API_PORT: '3000',
  BODY_LIMIT: '1mb',
  UPLOAD_LIMIT: '10mb',
  ARCHIVE_UNPACK_LIMIT: '100mb',
  WEB_DIR: './dist/web',
  TRUST_PROXY: '(unset: no proxy is trusted)',
  CORS_ORIGINS: '(unset: no cross-origin calls)',
  DATABASE_URL: 'sqlite:<DATA_DIR>/disclosure.sqlite',
  TEMPORAL_ADDRESS: '(unset: start the embedded dev server)',
  TEMPORAL_NAMESPACE: 'default',
  TEMPORAL_TASK_QUEUE: 'disclosure',
  TEMPORAL_CLI: '(unset: PATH, then the cache, then go install)',
  TEMPORAL_DEV_PORT: '7233',
  TEMPORAL_DEV_UI_PORT: '8233',
  TEMPORAL_WORKFLOW_BUNDLE: '(unset: the worker bundles the workflows at start)',
  PENDING_START_INTERVAL: '30s',
  WORKER_CACHED_WORKFLOWS: '250',
  SMTP_URL: '(unset: write .eml files to <DATA_DIR>/outbox)',
  MAIL_SMTP_CONNECTIONS: '5',
  MAIL_FROM: '政务公开办 <disclosure@localhost>',
  MAIL_POLL_INTERVAL: '2s',
  MAIL_LEASE: '2m',
  MAIL_MAX_ATTEMPTS: '20',
  MAIL_TRANSPORT: '(unset: smtp when SMTP_URL is set, else files; production needs one of them said)',
  JWT_SECRET: '(required in production; otherwise generated into <DATA_DIR>)',
  JWT_TTL: '8h',
  TRAIL_KEY: '(required in production; otherwise generated into <DATA_DIR>)',
  TRAIL_ANCHOR_INTERVAL: '1h',
  ADMIN_EMAIL: '(unset: admin@localhost)',
  ADMIN_PASSWORD: '(unset: a one-time password printed on first start)',
  LOGIN_RATE_LIMIT: '5/60s',
  COOKIE_SECURE: '(unset: on in production, off otherwise)',
  REQUEST_COUNT_FROM: 'next_day',
  REQUEST_REMIND_BEFORE: '3,1',
  SUPERVISION_REMIND_BEFORE: '3wd',
  SUPERVISION_ORDER_AFTER: '3wd',
  SUPERVISION_ORDER_LEVEL: '1',
  SUPERVISION_ORDER_REPLY: '(unset: by level, 一般 5wd, 重点 3wd, 特急 1wd)',
  SUPERVISION_MAX_UNREACHABLE_TRIES: '3',
  EVIDENCE_FILE_LIMIT: '512kb',
  LAST_PLACE_COUNT: '1',
  RECTIFICATION_PLAN_WORKING_DAYS: '10',
} as const;

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * Settings renamed to the glossary's words (new name: old name). The old name is still read, with
 * a deprecation warning, while the new one is unset, so a deployment's environment keeps working.
 */
export const RENAMED_SETTINGS: Readonly<Record<string, string>> = {
  SUPERVISION_MAX_UNREACHABLE_TRIES: 'SUPERVISION_CALL_TRIES',
  RECTIFICATION_PLAN_WORKING_DAYS: 'RECTIFICATION_PLAN_DAYS',
};

class Reader {
  readonly issues: ConfigIssue[] = [];
  private readonly warned = new Set<string>();
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.value(name);
    const old = RENAMED_SETTINGS[name];
    if (value !== undefined || old === undefined || this.value(old) === undefined) return value;
    if (!this.warned.has(old)) {
      this.warned.add(old);
      process.emitWarning(`${old} is deprecated: set ${name} instead (the old name is read while the new one is unset)`, {
        type: 'DeprecationWarning',
        code: 'DSE_SETTING_RENAMED',
      });
    }
    return this.value(old);
  }

  private value(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(name, `must be one of ${allowed.join(', ')}, got "${value}"`, fallback);
  }

  port(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (Number.isInteger(n) && n >= 0 && n <= 65535) return n;
    return this.fail(name, `must be a port number from 0 to 65535, got "${value}"`, fallback);
  }

  size(name: string, fallback: string): number {
    const value = this.string(name, fallback);
    const m = /^(\d+)\s*(b|kb|mb|gb)?$/i.exec(value);
    if (m) return Number(m[1]) * SIZE_UNITS[(m[2] ?? 'b').toLowerCase()];
    return this.fail(name, `must be a size such as 512kb or 10mb, got "${value}"`, 0);
  }

  duration(name: string, fallback: string): number {
    const value = this.string(name, fallback);
    const m = /^(\d+)\s*(s|m|h|d)$/.exec(value);
    if (m && Number(m[1]) > 0) return Number(m[1]) * DURATION_UNITS[m[2]];
    return this.fail(name, `must be a positive duration such as 90s, 30m, 8h or 1d, got "${value}"`, 0);
  }

  fail<T>(variable: string, reason: string, placeholder: T): T {
    this.issues.push({ variable, reason });
    return placeholder;
  }
}

function readDatabase(r: Reader, dataDir: string, cwd: string): DatabaseConfig {
  const url = r.raw('DATABASE_URL');
  if (url === undefined) return { kind: 'sqlite', path: path.join(dataDir, 'disclosure.sqlite') };
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname || parsed.pathname.length < 2) throw new Error('no host or database name');
      return { kind: 'postgres', url };
    } catch {
      return r.fail('DATABASE_URL', 'is not a valid postgres://user:password@host:port/database URL', {
        kind: 'postgres',
        url,
      });
    }
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (file === '') return r.fail('DATABASE_URL', 'sqlite: needs a file path, e.g. sqlite:./data/db.sqlite', { kind: 'sqlite', path: '' });
    return { kind: 'sqlite', path: file === ':memory:' ? file : path.resolve(cwd, file) };
  }
  return r.fail('DATABASE_URL', `must start with postgres://, postgresql:// or sqlite:, got "${url.split(':')[0]}:…"`, {
    kind: 'sqlite',
    path: '',
  });
}

/** Production never falls back to .eml files silently: MAIL_TRANSPORT=files has to say so. */
function readSmtpUrl(r: Reader, nodeEnv: AppConfig['env']): string | null {
  const smtpUrl = r.raw('SMTP_URL') ?? null;
  if (smtpUrl !== null && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    r.fail('SMTP_URL', 'must look like smtp://user:pass@host:port or smtps://host:465', null);
  }
  const transport = r.oneOf('MAIL_TRANSPORT', ['smtp', 'files'] as const, smtpUrl === null ? 'files' : 'smtp');
  if (transport === 'smtp' && smtpUrl === null) r.fail('SMTP_URL', 'is required when MAIL_TRANSPORT=smtp', null);
  if (transport === 'files' && smtpUrl !== null) r.fail('MAIL_TRANSPORT', 'is files but SMTP_URL is set; unset one of them', null);
  if (nodeEnv === 'production' && smtpUrl === null && r.raw('MAIL_TRANSPORT') !== 'files') {
    r.fail('SMTP_URL', 'is required when NODE_ENV=production (or set MAIL_TRANSPORT=files to write mail as .eml files)', null);
  }
  return transport === 'files' ? null : smtpUrl;
}

function readLoginLimit(r: Reader): { attempts: number; windowSeconds: number } {
  const value = r.string('LOGIN_RATE_LIMIT', '5/60s');
  const m = /^(\d+)\/(\d+)s$/.exec(value);
  if (m && Number(m[1]) > 0 && Number(m[2]) > 0) return { attempts: Number(m[1]), windowSeconds: Number(m[2]) };
  return r.fail('LOGIN_RATE_LIMIT', `must read ATTEMPTS/SECONDSs, e.g. 5/60s, got "${value}"`, { attempts: 5, windowSeconds: 60 });
}

function readTrustProxy(r: Reader): string[] {
  const value = r.raw('TRUST_PROXY');
  if (value === undefined) return [];
  const entries = value.split(',').map((part) => part.trim());
  const bad = entries.filter((entry) => {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (!family || rest.length) return true;
    return bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  if (bad.length) return r.fail('TRUST_PROXY', `must list proxy addresses or CIDR ranges such as 10.0.0.5,10.1.0.0/16, got "${bad.join(', ')}"`, []);
  return entries;
}

function readCorsOrigins(r: Reader): string[] {
  const value = r.raw('CORS_ORIGINS');
  if (value === undefined) return [];
  const origins = value.split(',').map((part) => part.trim());
  const bad = origins.filter((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
  if (bad.length) return r.fail('CORS_ORIGINS', `must list origins such as https://oa.example.gov.cn (scheme and host, no path), got "${bad.join(', ')}"`, []);
  return origins;
}

function readReminderLeads(r: Reader): number[] {
  const value = r.raw('REQUEST_REMIND_BEFORE');
  if (value === undefined) return [...DEFAULT_REMINDER_LEADS];
  const leads = value.split(',').map((part) => (/^\s*\d+\s*$/.test(part) ? Number(part) : Number.NaN));
  const problem = checkReminderLeads(leads);
  if (problem) return r.fail('REQUEST_REMIND_BEFORE', `must list working days such as 3,1: ${problem}, got "${value}"`, [...DEFAULT_REMINDER_LEADS]);
  return leads;
}

function readDueSpec(r: Reader, name: string, fallback: string | null): string | null {
  const value = r.raw(name);
  if (value === undefined) return fallback;
  if (isDueSpec(value)) return value;
  return r.fail(name, `must be a time limit such as 3wd, 4h, 30m or 45s, got "${value}"`, fallback);
}

function readSupervision(r: Reader): AppConfig['supervision'] {
  const level = r.oneOf('SUPERVISION_ORDER_LEVEL', ['1', '2', '3'] as const, '1');
  const tries = Number(r.string('SUPERVISION_MAX_UNREACHABLE_TRIES', '3'));
  if (!Number.isInteger(tries) || tries < 1 || tries > 20) r.fail('SUPERVISION_MAX_UNREACHABLE_TRIES', 'must be a whole number from 1 to 20', 3);
  return {
    timing: {
      remindBefore: readDueSpec(r, 'SUPERVISION_REMIND_BEFORE', '3wd')!,
      orderAfter: readDueSpec(r, 'SUPERVISION_ORDER_AFTER', '3wd')!,
      orderLevel: Number(level) as 1 | 2 | 3,
      orderReplyWithin: readDueSpec(r, 'SUPERVISION_ORDER_REPLY', null),
    },
    maxUnreachableTries: Number.isInteger(tries) ? tries : 3,
    evidenceFileLimitBytes: r.size('EVIDENCE_FILE_LIMIT', '512kb'),
    lastPlaceCount: wholeNumber(r, 'LAST_PLACE_COUNT', 1, 1, 1000),
    rectificationPlanWorkingDays: wholeNumber(r, 'RECTIFICATION_PLAN_WORKING_DAYS', 10, 1, 250),
  };
}

function wholeNumber(r: Reader, name: string, fallback: number, min: number, max: number): number {
  const value = Number(r.string(name, String(fallback)));
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  return r.fail(name, `must be a whole number from ${min} to ${max}`, fallback);
}

function readEmail(r: Reader, name: string): string | null {
  const value = r.raw(name);
  if (value === undefined) return null;
  if (/^[^\s@]+@[^\s@]+$/.test(value)) return value.toLowerCase();
  return r.fail(name, `is not an email address: "${value}"`, null);
}

/**
 * Reads and checks every setting. Throws one ConfigError listing all bad values,
 * so a start-up with a bad setting fails with a message per setting.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const r = new Reader(env);
  const nodeEnv = r.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const dataDir = path.resolve(cwd, r.string('DATA_DIR', './data'));
  const smtpUrl = readSmtpUrl(r, nodeEnv);
  const jwtSecret = r.raw('JWT_SECRET') ?? null;
  if (jwtSecret !== null && jwtSecret.length < 32) r.fail('JWT_SECRET', 'must be at least 32 characters', null);
  if (jwtSecret === null && nodeEnv === 'production') r.fail('JWT_SECRET', 'is required when NODE_ENV=production', null);
  const trailKey = r.raw('TRAIL_KEY') ?? null;
  if (trailKey !== null && trailKey.length < 32) r.fail('TRAIL_KEY', 'must be at least 32 characters', null);
  if (trailKey === null && nodeEnv === 'production') r.fail('TRAIL_KEY', 'is required when NODE_ENV=production', null);
  const adminPassword = r.raw('ADMIN_PASSWORD') ?? null;
  if (adminPassword !== null && adminPassword.length < 12) r.fail('ADMIN_PASSWORD', 'must be at least 12 characters', null);
  const loginLimit = readLoginLimit(r);
  const temporalAddress = r.raw('TEMPORAL_ADDRESS') ?? null;
  if (temporalAddress !== null && !/^[\w.-]+:\d+$/.test(temporalAddress)) {
    r.fail('TEMPORAL_ADDRESS', `must be host:port, got "${temporalAddress}"`, null);
  }

  const config: AppConfig = {
    env: nodeEnv,
    dataDir,
    logLevel: r.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: r.oneOf('LOG_FORMAT', ['auto', 'pretty', 'json'] as const, 'auto'),
    api: {
      host: r.string('API_HOST', '127.0.0.1'),
      port: r.port('API_PORT', 3000),
      bodyLimitBytes: r.size('BODY_LIMIT', '1mb'),
      uploadLimitBytes: r.size('UPLOAD_LIMIT', '10mb'),
      archiveUnpackLimitBytes: r.size('ARCHIVE_UNPACK_LIMIT', '100mb'),
      webDir: path.resolve(cwd, r.string('WEB_DIR', './dist/web')),
      trustProxy: readTrustProxy(r),
      corsOrigins: readCorsOrigins(r),
    },
    database: readDatabase(r, dataDir, cwd),
    temporal: {
      address: temporalAddress,
      namespace: r.string('TEMPORAL_NAMESPACE', 'default'),
      taskQueue: r.string('TEMPORAL_TASK_QUEUE', 'disclosure'),
      cliPath: r.raw('TEMPORAL_CLI') ?? null,
      devPort: r.port('TEMPORAL_DEV_PORT', 7233),
      devUiPort: r.port('TEMPORAL_DEV_UI_PORT', 8233),
      workflowBundle: r.raw('TEMPORAL_WORKFLOW_BUNDLE') ?? null,
      pendingStartIntervalMs: r.duration('PENDING_START_INTERVAL', '30s') * 1000,
      maxCachedWorkflows: wholeNumber(r, 'WORKER_CACHED_WORKFLOWS', DEFAULT_CACHED_WORKFLOWS, 1, 1_000_000),
    },
    testing: { exitBeforeWorkflowStart: nodeEnv !== 'production' && r.raw('TEST_EXIT_BEFORE_WORKFLOW_START') === '1' },
    mail: {
      smtpUrl,
      smtpConnections: wholeNumber(r, 'MAIL_SMTP_CONNECTIONS', DEFAULT_SMTP_CONNECTIONS, 1, 50),
      from: r.string('MAIL_FROM', '政务公开办 <disclosure@localhost>'),
      outboxDir: path.join(dataDir, 'outbox'),
      pollMs: r.duration('MAIL_POLL_INTERVAL', '2s') * 1000,
      leaseMs: r.duration('MAIL_LEASE', '2m') * 1000,
      maxAttempts: wholeNumber(r, 'MAIL_MAX_ATTEMPTS', 20, 1, 1000),
    },
    requests: {
      countFrom: r.oneOf('REQUEST_COUNT_FROM', ['next_day', 'same_day'] as const, 'next_day'),
      reminderLeads: readReminderLeads(r),
    },
    supervision: readSupervision(r),
    trail: { key: trailKey, anchorIntervalMs: r.duration('TRAIL_ANCHOR_INTERVAL', '1h') * 1000 },
    auth: {
      jwtSecret,
      jwtTtlSeconds: r.duration('JWT_TTL', '8h'),
      adminEmail: readEmail(r, 'ADMIN_EMAIL'),
      adminPassword,
      loginAttempts: loginLimit.attempts,
      loginWindowSeconds: loginLimit.windowSeconds,
      secureCookies: r.oneOf('COOKIE_SECURE', ['on', 'off'] as const, nodeEnv === 'production' ? 'on' : 'off') === 'on',
    },
  };
  if (r.issues.length > 0) throw new ConfigError(r.issues);
  return config;
}
