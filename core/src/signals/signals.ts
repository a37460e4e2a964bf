/**
 * Typed in-transaction hooks around saves and deletes (NetBox's Django signals). Listeners run
 * inside the write's transaction, in registration order, and may throw to abort the write.
 */
import type { Knex } from 'knex';
import type { ModelClass } from '../models/base-model.js';

export interface SaveSignal {
  model: ModelClass;
  row: Record<string, unknown>;
  /** The row before the change; null on create. */
  prev: Record<string, unknown> | null;
  trx: Knex.Transaction;
  requestId: string;
}

export interface DeleteSignal {
  model: ModelClass;
  row: Record<string, unknown>;
  trx: Knex.Transaction;
  requestId: string;
}

export interface SignalMap {
  pre_save: SaveSignal;
  post_save: SaveSignal;
  pre_delete: DeleteSignal;
  post_delete: DeleteSignal;
}

type Listener<T> = (payload: T) => Promise<void> | void;

/**
 * Async, awaited signals. eventemitter3 is synchronous and ignores returned promises, so the
 * listeners live here in a plain ordered list per signal and are awaited one by one.
 */
export class Signals {
  private readonly listeners: { [K in keyof SignalMap]: { label?: string; fn: Listener<SignalMap[K]> }[] } = {
    pre_save: [], post_save: [], pre_delete: [], post_delete: [],
  };

  /** Subscribes to a signal, optionally only for one model label; returns an unsubscribe function. */
  on<K extends keyof SignalMap>(signal: K, fn: Listener<SignalMap[K]>, opts: { model?: string } = {}): () => void {
    const entry = { label: opts.model, fn };
    this.listeners[signal].push(entry as never);
    return () => {
      const list = this.listeners[signal] as unknown[];
      list.splice(list.indexOf(entry), 1);
    };
  }

  async send<K extends keyof SignalMap>(signal: K, payload: SignalMap[K]): Promise<void> {
    for (const { label, fn } of this.listeners[signal] as { label?: string; fn: Listener<SignalMap[K]> }[]) {
      if (label && label !== payload.model.label) continue;
      await fn(payload);
    }
  }
}
