/** A typed call interface to the language worker over postMessage (see shared/protocol.ts). */
import type { EventMessage, RequestMessage, ResponseMessage, WorkerApi, WorkerEvents } from '../shared/protocol';

type Listener<E extends keyof WorkerEvents> = (payload: WorkerEvents[E]) => void;

export class WorkerClient {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly listeners: { [E in keyof WorkerEvents]?: Array<Listener<E>> } = {};
  /** The last event of each kind that arrived before anyone listened (replayed to the first listener). */
  private readonly unheard: { [E in keyof WorkerEvents]?: WorkerEvents[E] } = {};

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<ResponseMessage | EventMessage>) => {
      const data = event.data;
      if ('event' in data) {
        const listeners = (this.listeners[data.event] ?? []) as Array<(p: unknown) => void>;
        if (listeners.length === 0) (this.unheard as Record<string, unknown>)[data.event] = data.payload;
        for (const listener of listeners) listener(data.payload);
        return;
      }
      const waiter = this.waiting.get(data.id);
      if (!waiter) return;
      this.waiting.delete(data.id);
      if (data.ok) waiter.resolve(data.value);
      else waiter.reject(new Error(data.error));
    });
    worker.addEventListener('error', (event) => console.error('Språktjenesten feilet', event.message));
  }

  call<M extends keyof WorkerApi>(method: M, ...args: Parameters<WorkerApi[M]>): Promise<ReturnType<WorkerApi[M]>> {
    const id = this.nextId++;
    const message: RequestMessage = { id, method, args };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(message);
    });
  }

  on<E extends keyof WorkerEvents>(event: E, listener: Listener<E>): void {
    const list = (this.listeners[event] ??= []) as Array<Listener<E>>;
    list.push(listener);
    if (event in this.unheard) {
      const payload = this.unheard[event] as WorkerEvents[E];
      delete this.unheard[event];
      queueMicrotask(() => listener(payload));
    }
  }
}
