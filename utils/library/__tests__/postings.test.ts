/** Sorted id-list algebra behind the search index. */
import { describe, expect, it } from 'vitest';
import { intersect } from '../postings';

const u = (...ids: number[]) => Uint32Array.from(ids);

describe('posting lists', () => {
  it('intersects', () => {
    expect([...intersect(u(1, 3, 5, 7), u(2, 3, 7, 8))]).toEqual([3, 7]);
    expect([...intersect(u(1, 2), u())]).toEqual([]);
  });
});
