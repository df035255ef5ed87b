/**
 * Starts the demo server on a fixed port for looking at the UI by hand or with `vite` dev
 * (which proxies /api to 127.0.0.1:4680): `npx tsx e2e/helpers/dev-server.ts [port]`.
 */
import { startDemoServer } from './server';

const port = Number(process.argv[2] ?? 4680);
const server = await startDemoServer(port);
console.log(`MarketOps demo server at ${server.url}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
