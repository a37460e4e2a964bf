/**
 * Events: queued per request while the transaction runs, coalesced per object (as NetBox's
 * events_queue), and published on the bus only after commit. A rolled-back request publishes nothing.
 */
import { EventEmitter } from 'eventemitter3';

export interface PatchbayEvent {
  event_type: string;
  object_type: string;
  object_id: number;
  /** The object's REST representation (relative URLs). */
  data: unknown;
  snapshots: { prechange: unknown; postchange: unknown };
  request_id: string;
  username: string | null;
  timestamp: string;
}

export interface EventBusEvents {
  event: (e: PatchbayEvent) => void;
}

/** Process-wide bus; plugins subscribe with `eventBus.on('event', …)` in setup. */
export class EventBus extends EventEmitter<EventBusEvents> {}

export class EventQueue {
  private readonly queue = new Map<string, PatchbayEvent>();

  /** Adds an event; a later change to the same object replaces the earlier one, a delete wins. */
  enqueue(e: PatchbayEvent): void {
    const key = `${e.object_type}:${e.object_id}`;
    const prior = this.queue.get(key);
    if (prior && prior.event_type === 'object_created' && e.event_type === 'object_updated') {
      this.queue.set(key, { ...e, event_type: 'object_created', snapshots: { prechange: null, postchange: e.snapshots.postchange } });
      return;
    }
    if (prior) this.queue.delete(key);
    this.queue.set(key, e);
  }

  clear(): void {
    this.queue.clear();
  }

  /** The queue's contents now, to restore if a savepoint rolls back. */
  snapshot(): ReadonlyMap<string, PatchbayEvent> {
    return new Map(this.queue);
  }

  /** Puts back a snapshot, dropping what was queued since (a rolled-back savepoint's events). */
  restore(snapshot: ReadonlyMap<string, PatchbayEvent>): void {
    this.queue.clear();
    for (const [k, v] of snapshot) this.queue.set(k, v);
  }

  get size(): number {
    return this.queue.size;
  }

  /** Publishes everything queued (call after commit) and empties the queue. */
  flush(bus: EventBus): PatchbayEvent[] {
    const events = [...this.queue.values()];
    this.queue.clear();
    for (const e of events) bus.emit('event', e);
    return events;
  }
}
