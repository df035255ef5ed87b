/**
 * The child process of the crash test (`duckdb-event-store.integration.test.ts`): appends batches
 * to a DuckDB event store from several concurrent loops and prints `ack <ids...>` for each batch
 * only after its `append` resolved, until the parent kills it with SIGKILL. Bounded by counts so
 * it ends by itself if nobody does.
 *
 * Usage: node --import tsx crash-writer.script.ts <database file> [loops] [batches per loop]
 */
import { openDuckDbEventStore } from './duckdb/duckdb-event-store';
import { trafficEvent } from './event-fixtures';

const [path, loopsArg = '4', batchesArg = '5000'] = process.argv.slice(2);
if (path === undefined) throw new Error('usage: crash-writer.script.ts <database file> [loops] [batches per loop]');
const EVENTS_PER_BATCH = 20;

const store = await openDuckDbEventStore({ path });
const loops = Array.from({ length: Number(loopsArg) }, async (_, loop) => {
  for (let batch = 0; batch < Number(batchesArg); batch++) {
    const events = Array.from({ length: EVENTS_PER_BATCH }, (_, i) => {
      const n = batch * EVENTS_PER_BATCH + i;
      return trafficEvent('crash', `L${loop}-B${batch}-E${i}`, n, Date.now() - 60_000);
    });
    await store.append(events);
    // Why stdout is enough: writes to a pipe are synchronous on Linux, so a line written here is
    // in the pipe, readable by the parent, even if SIGKILL comes right after.
    process.stdout.write(`ack ${events.map((event) => event.messageId).join(' ')}\n`);
  }
});
await Promise.all(loops);
await store.close();
process.stdout.write('done\n');
