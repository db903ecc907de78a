/**
 * Convention: the product's modules import each other without cycles, so every folder can be read
 * (and tested) from the ground up: storage below the background and the screens, never beside them.
 * Reads the import lines of every non-test source file under
 * entrypoints/, components/, hooks/ and utils/, follows the relative and `@/` ones, and names the
 * first cycle found.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['entrypoints', 'components', 'hooks', 'utils'];

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file an import specifier names, or null for packages, assets and what is not ours. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Each file's imports (type-only ones too: they tie the files together just the same for a reader). */
function graph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of FOLDERS.flatMap((folder) => sources(join(ROOT, folder)))) {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|^\s*import\s*'([^']+)'/gm)].map(
      (m) => m[1] ?? m[2]!,
    );
    edges.set(
      file,
      specifiers.map((s) => resolveImport(file, s)).filter((path): path is string => path !== null),
    );
  }
  return edges;
}

/** The first cycle in the graph, as a list of files (the first repeated at the end), or null. */
function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of edges.keys()) {
    if (state.has(file)) continue;
    const found = visit(file);
    if (found) return found;
  }
  return null;
}

describe('import graph', () => {
  it('finds the product files and their imports', () => {
    const edges = graph();
    expect(edges.size).toBeGreaterThan(50);
    // The check would be empty if imports were not followed: the background's index reaches its modules.
    expect(edges.get(join(ROOT, 'entrypoints', 'background', 'index.ts'))).toContain(
      join(ROOT, 'entrypoints', 'background', 'tab-overlay.ts'),
    );
  });

  it('has no cycles', () => {
    const cycle = findCycle(graph());
    expect(cycle?.map((file) => relative(ROOT, file)).join(' → ') ?? null).toBeNull();
  });

  it('would name a cycle', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });
});
