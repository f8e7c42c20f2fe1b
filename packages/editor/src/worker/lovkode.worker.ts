/**
 * The language worker: answers the main thread's calls (typed in shared/protocol.ts) with the
 * `LovkodeService`, and after every edit posts the new diagnostics and then the open module's
 * test results. A test run works in short slices and stops when another edit arrives, so
 * typing never waits for it.
 */
import type { EventMessage, RequestMessage, ResponseMessage, WorkerApi, WorkerEvents } from '../shared/protocol';
import { loadBegrunnelseRenderer } from './begrunnelse';
import { LovkodeService } from './service';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RequestMessage>) => void): void;
}
const scope = self as unknown as WorkerScope;

const started = performance.now();
let service: LovkodeService | undefined;
const pending: RequestMessage[] = [];

function emit<E extends keyof WorkerEvents>(event: E, payload: WorkerEvents[E]): void {
  const message: EventMessage = { event, payload };
  scope.postMessage(message);
}

let analysisScheduled = false;
let testTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleAnalysis(): void {
  if (analysisScheduled) return;
  analysisScheduled = true;
  setTimeout(() => {
    analysisScheduled = false;
    if (service) emit('analysis', service.analyze());
  }, 0);
}

/** Bumped by every edit; a test run that sees it change stops (a newer run follows). */
let generation = 0;

function scheduleTests(): void {
  if (testTimer !== undefined) clearTimeout(testTimer);
  testTimer = setTimeout(() => {
    testTimer = undefined;
    void runTests(generation);
  }, 0);
}

/** Lets pending messages (edits, requests) run; a MessageChannel is not throttled like setTimeout. */
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

/** Slices of test work between which the worker answers edits and requests. */
const SLICE_MS = 8;

/**
 * Runs the open module's tests (and those of the modules using it) in short slices; an edit
 * stops the run. The results are sent as soon as the tests have run, and again with the
 * failing tests' trace paths.
 */
async function runTests(startedAt: number): Promise<void> {
  const path = service?.activePath();
  if (!service || !path) return;
  const start = performance.now();
  const versions = service.currentVersions();
  const plan = service.planTests(path);
  let slice = performance.now();
  const steps = service.planSteps(plan);
  let next = steps.next();
  while (!next.done) {
    // The results, before the failing tests' trace paths are found.
    if (next.value) emit('tests', { ...plan.report, groups: next.value, versions, testMs: performance.now() - start });
    if (performance.now() - slice > SLICE_MS) {
      await yieldToEvents();
      if (generation !== startedAt || service.activePath() !== path) return;
      slice = performance.now();
    }
    next = steps.next();
  }
  emit('tests', { ...plan.report, groups: next.value, versions, testMs: performance.now() - start });
}

function handle(message: RequestMessage): void {
  const s = service as LovkodeService;
  let response: ResponseMessage;
  try {
    const method = s[message.method] as (...args: unknown[]) => unknown;
    const value = method.apply(s, message.args);
    response = { id: message.id, ok: true, value };
  } catch (error) {
    console.error(error);
    response = { id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
  const method: keyof WorkerApi = message.method;
  if (method === 'setText') {
    generation++;
    scheduleAnalysis();
    scheduleTests();
  } else if (method === 'load') {
    scheduleAnalysis();
    scheduleTests();
  } else if (method === 'setActive') {
    generation++;
    scheduleTests();
  }
}

scope.addEventListener('message', (event) => {
  if (service) handle(event.data);
  else pending.push(event.data);
});

void loadBegrunnelseRenderer().then((render) => {
  service = new LovkodeService(render);
  emit('ready', { initMs: performance.now() - started });
  for (const message of pending.splice(0)) handle(message);
});
