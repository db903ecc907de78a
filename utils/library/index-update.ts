/**
 * Applying search-index changes inside a write transaction. Changes for many articles are merged
 * per word first, so a batch (an import chunk, a bulk delete) reads and writes each word's list
 * once; all reads are issued together, then all writes, which lets the browser pipeline them.
 */
import type { IDBPTransaction } from 'idb';
import type { LibrarySchema } from './schema';
import { withIds, withoutIds } from './postings';

/** Per word: ids to add (any order) and ids to remove. */
export class PostingChanges {
  private readonly adds = new Map<string, number[]>();
  private readonly removes = new Map<string, Set<number>>();

  /** Records that article `id` contains each of `tokens`. */
  add(id: number, tokens: Iterable<string>): void {
    for (const token of tokens) {
      const list = this.adds.get(token);
      if (list) list.push(id);
      else this.adds.set(token, [id]);
    }
  }

  /** Records that article `id` no longer contains each of `tokens`. */
  remove(id: number, tokens: Iterable<string>): void {
    for (const token of tokens) {
      const set = this.removes.get(token);
      if (set) set.add(id);
      else this.removes.set(token, new Set([id]));
    }
  }

  /** Writes the merged changes through `tx` (which must include the postings store, read-write). */
  async apply(tx: IDBPTransaction<LibrarySchema, ('postings' | 'meta' | 'bodies')[], 'readwrite'>): Promise<void> {
    const store = tx.objectStore('postings');
    const tokens = [...new Set([...this.adds.keys(), ...this.removes.keys()])];
    const lists = await Promise.all(tokens.map((token) => store.get(token)));
    const writes: Promise<unknown>[] = [];
    tokens.forEach((token, i) => {
      const before = lists[i];
      const removed = this.removes.get(token);
      let list = before && removed ? withoutIds(before, removed) : before;
      const added = this.adds.get(token);
      if (added) {
        const sorted = [...new Set(added)].sort((a, b) => a - b);
        // An article re-added under a word it was removed from (an update) stays once.
        list = withIds(list, sorted);
      }
      if (!list || list.length === 0) {
        if (before) writes.push(store.delete(token));
      } else if (list !== before) writes.push(store.put(list, token));
    });
    await Promise.all(writes);
  }
}
