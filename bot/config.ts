// Configuration, read once from the environment (see .env.example), typed.
import * as path from 'path';
import { isLogLevel, LogLevel } from './logger';
import { StorageConfig } from './storage';

export interface BotConfig {
  port: number;
  host: string;
  logLevel: LogLevel;
  intentsDir: string;
  knowledgeDir: string;
  /** Where the usage log (unanswered questions, ratings, answer counts) is written. */
  dataDir: string;
  storage: StorageConfig;
  limits: {
    /** Messages a minute one conversation may send (burst a third of it); 0: no limit. */
    conversationPerMinute: number;
    /** Requests a minute one client address may make; 0: no limit. */
    clientPerMinute: number;
    /** Take the client address from X-Forwarded-For (behind a proxy or load balancer). */
    trustProxy: boolean;
  };
  webChat: {
    /** Azure Direct Line secret; without it the page uses the bot's local Direct Line. */
    directLineSecret: string;
    directLineEndpoint: string;
    /** Lifetime of a local Direct Line token, seconds. */
    tokenTtlSeconds: number;
    /** Origins whose pages may embed the widget. */
    allowedOrigins: string[];
  };
  /** Passed as they are to ConfigurationBotFrameworkAuthentication. */
  auth: {
    MicrosoftAppId: string;
    MicrosoftAppPassword: string;
    MicrosoftAppType: string;
    MicrosoftAppTenantId: string;
  };
}

export const PROJECT_ROOT = path.resolve(__dirname, '..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const port = Number(env.PORT ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`config: PORT '${env.PORT}' is not a port number`);
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!isLogLevel(logLevel)) throw new Error(`config: LOG_LEVEL '${logLevel}' is not one of debug, info, warn, error, silent`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    logLevel,
    intentsDir: path.resolve(PROJECT_ROOT, env.INTENTS_DIR ?? 'intents'),
    knowledgeDir: path.resolve(PROJECT_ROOT, env.KNOWLEDGE_DIR ?? 'knowledge'),
    dataDir: path.resolve(PROJECT_ROOT, env.DATA_DIR ?? 'data'),
    limits: {
      conversationPerMinute: positiveInteger(env, 'RATE_LIMIT_CONVERSATION', 30, true),
      clientPerMinute: positiveInteger(env, 'RATE_LIMIT_CLIENT', 6000, true),
      trustProxy: env.TRUST_PROXY === 'true',
    },
    storage: {
      kind: storageKind(env.STORAGE),
      blobConnectionString: env.BLOB_CONNECTION_STRING ?? '',
      blobContainer: env.BLOB_CONTAINER || 'most-faq-bot-state',
    },
    webChat: {
      directLineSecret: env.DIRECT_LINE_SECRET ?? '',
      directLineEndpoint: env.DIRECT_LINE_ENDPOINT || 'https://directline.botframework.com',
      tokenTtlSeconds: positiveInteger(env, 'DIRECT_LINE_TOKEN_TTL', 1800),
      allowedOrigins: (env.WEBCHAT_ALLOWED_ORIGINS || '*').split(',').map((o) => o.trim()).filter(Boolean),
    },
    auth: {
      MicrosoftAppId: env.MicrosoftAppId ?? '',
      MicrosoftAppPassword: env.MicrosoftAppPassword ?? '',
      MicrosoftAppType: env.MicrosoftAppType ?? 'MultiTenant',
      MicrosoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    },
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, zeroAllowed = false): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1)) throw new Error(`config: ${name} '${raw}' is not a ${zeroAllowed ? 'whole number ≥ 0' : 'positive whole number'}`);
  return value;
}

function storageKind(raw: string | undefined): StorageConfig['kind'] {
  const kind = raw || 'memory';
  if (kind !== 'memory' && kind !== 'blob') throw new Error(`config: STORAGE '${raw}' is not memory or blob`);
  return kind;
}
