/** Sorted id-list algebra behind the search index. */
import { describe, expect, it } from 'vitest';
import { intersect, union } from '../postings';

const u = (...ids: number[]) => Uint32Array.from(ids);

describe('posting lists', () => {
  it('intersects and unites', () => {
    expect([...intersect(u(1, 3, 5, 7), u(2, 3, 7, 8))]).toEqual([3, 7]);
    expect([...union([u(1, 5), u(2, 5, 9), u()])]).toEqual([1, 2, 5, 9]);
  });
});
