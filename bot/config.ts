// Configuration, read once from the environment (see .env.example), typed.
import * as path from 'path';
import { isLogLevel, LogLevel } from './logger';

export interface BotConfig {
  port: number;
  host: string;
  logLevel: LogLevel;
  intentsDir: string;
  knowledgeDir: string;
  /** Where the usage log (unanswered questions, ratings, answer counts) is written. */
  dataDir: string;
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
    auth: {
      MicrosoftAppId: env.MicrosoftAppId ?? '',
      MicrosoftAppPassword: env.MicrosoftAppPassword ?? '',
      MicrosoftAppType: env.MicrosoftAppType ?? 'MultiTenant',
      MicrosoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    },
  };
}
