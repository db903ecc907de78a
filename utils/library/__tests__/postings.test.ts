/** Sorted id-list algebra behind the search index. */
import { describe, expect, it } from 'vitest';
import { intersect, union, withIds, withoutIds } from '../postings';

const u = (...ids: number[]) => Uint32Array.from(ids);

describe('posting lists', () => {
  it('adds ids in order without duplicates, appending the common case', () => {
    expect([...withIds(undefined, [3, 5])]).toEqual([3, 5]);
    expect([...withIds(u(1, 4), [7, 9])]).toEqual([1, 4, 7, 9]);
    expect([...withIds(u(1, 4, 9), [2, 4, 10])]).toEqual([1, 2, 4, 9, 10]);
  });

  it('removes ids and returns the same list when nothing changes', () => {
    const list = u(1, 2, 3);
    expect([...withoutIds(list, new Set([2]))]).toEqual([1, 3]);
    expect(withoutIds(list, new Set([8]))).toBe(list);
  });

  it('intersects and unites', () => {
    expect([...intersect(u(1, 3, 5, 7), u(2, 3, 7, 8))]).toEqual([3, 7]);
    expect([...union([u(1, 5), u(2, 5, 9), u()])]).toEqual([1, 2, 5, 9]);
  });
});
