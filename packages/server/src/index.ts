export { startServer, type StartOptions, type RunningServer } from './start';
export { createApp, createHttp, type App } from './composition-root';
export { loadConfig } from './config/load';
