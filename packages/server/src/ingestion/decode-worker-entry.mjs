// The entry of a decoding worker thread: the project runs its TypeScript sources through tsx, and
// a worker thread does not inherit the main thread's loader registration.
import { register } from 'tsx/esm/api';

register();
await import('./decode-worker.ts');
