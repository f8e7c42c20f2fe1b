/**
 * Lovkode's browser editor: rule files from rules/ (served by the dev server), Monaco with the
 * `lovkode` language, and live tests, cases, rate tables and diffs computed in a web worker.
 *
 * This entry starts the language worker and the file requests first, so that they run while
 * the (large) editor code loads; boot.ts then builds the UI.
 */
import './monaco-nb';
import { WorkerClient } from './app/rpc';
import { startup } from './app/startup';
import LovkodeWorker from './worker/lovkode.worker?worker';

performance.mark('lk:script');
const worker = new LovkodeWorker({ name: 'lovkode-språktjeneste' });
const client = new WorkerClient(worker);
client.on('ready', () => performance.mark('lk:worker-ready'));
const started = startup(client, new URL(location.href).searchParams.get('fil') ?? undefined);
// Reported by the editor once it has loaded.
started.catch(() => undefined);

void import('./boot').then(({ boot }) => boot(client, started));
