/**
 * Full-text search over the persisted index: each query word is one read of its posting list
 * (the last word, still being typed, is a range read of every word it begins), the lists are
 * intersected, and the matches are put in list order. Nothing else is read, so the cost follows
 * the query, not the size of the library, and no body is ever in memory.
 */
import { intersect, union } from './postings';
import type { LibraryDB } from './schema';
import { parseQuery } from './tokenize';

/**
 * At most this many words are read for the prefix being typed. A one- or two-letter prefix of a
 * big library begins thousands of words; the first this-many (in code-point order) keep the answer
 * fast, and each further letter narrows the range until it is complete.
 */
export const PREFIX_WORD_LIMIT = 400;

/** The ids of the articles matching `query` (sorted by id), or null when the query has no words. */
export async function searchIds(db: LibraryDB, query: string): Promise<Uint32Array | null> {
  const { exact, prefix } = parseQuery(query);
  if (exact.length === 0 && prefix === null) return null;
  const store = db.transaction('postings').store;
  const [exactLists, prefixLists] = await Promise.all([
    Promise.all(exact.map((word) => store.get(word))),
    prefix === null ? Promise.resolve(null) : store.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`), PREFIX_WORD_LIMIT),
  ]);
  const lists: Uint32Array[] = [];
  for (const list of exactLists) {
    if (!list) return new Uint32Array(0);
    lists.push(list);
  }
  if (prefixLists) {
    if (prefixLists.length === 0) return new Uint32Array(0);
    lists.push(union(prefixLists));
  }
  lists.sort((a, b) => a.length - b.length);
  let matches = lists[0]!;
  for (const list of lists.slice(1)) {
    if (matches.length === 0) break;
    matches = intersect(matches, list);
  }
  return matches;
}

/**
 * The ids of `ordered` (a list, newest first) that are in `matches`, keeping the list's order.
 * Deleted articles are not in any list, so a match left behind by one never shows.
 */
export function inListOrder(ordered: readonly number[], matches: Uint32Array): number[] {
  if (matches.length === 0) return [];
  const max = matches[matches.length - 1]!;
  const hit = new Uint8Array(max + 1);
  for (const id of matches) hit[id] = 1;
  return ordered.filter((id) => id <= max && hit[id] === 1);
}
