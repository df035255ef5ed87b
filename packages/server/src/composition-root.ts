import type { OrgStore } from '@marketops/core';
import type { Config } from './config/schema';
import { createLogger, type Logger } from './logging/logger';
import { OrgService } from './app/org-service';
import { TemplateLibrary } from './app/templates';
import { openOrgStore } from './storage/open-store';
import { buildHttpServer, type HttpServer } from './http/build-server';
import { APP_VERSION } from './version';

/** Everything a running MarketOps needs, wired once. The only file that picks storage adapters. */
export interface App {
  readonly config: Config;
  readonly logger: Logger;
  readonly store: OrgStore;
  readonly orgService: OrgService;
  readonly templates: TemplateLibrary;
  close(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<App> {
  const { store } = await openOrgStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const templates = new TemplateLibrary();
  const orgService = new OrgService({ store, templates, logger });
  return {
    config,
    logger,
    store,
    orgService,
    templates,
    close: () => store.close(),
  };
}

export function createHttp(app: App): Promise<HttpServer> {
  return buildHttpServer(
    { orgService: app.orgService, templates: app.templates },
    { logger: app.logger, webDir: app.config.webDir, version: APP_VERSION },
  );
}
