/**
 * Convention: every cleanup step in utils/extract/steps/ runs (it is in PRE_STEPS or POST_STEPS,
 * the one written order in utils/extract/index.ts) and has its own unit test beside it. A step
 * file nobody wired in is dead code that looks alive; a step without a test is a rule nobody
 * can change safely. Read from the files, so a new step is checked the day it is added.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTRACT = join(import.meta.dirname, '..', '..', 'utils', 'extract');
const STEPS = join(EXTRACT, 'steps');
/** Files in steps/ that are not steps: the step type itself. */
const NOT_STEPS = new Set(['step.ts']);

const index = readFileSync(join(EXTRACT, 'index.ts'), 'utf8');

/**
 * The step functions listed in `PRE_STEPS` or `POST_STEPS`: `[a, b, …]`, or entries that name
 * their function as `{ name: '…', run: a, … }`.
 */
function listed(): Set<string> {
  const names = new Set<string>();
  for (const match of index.matchAll(/\b(?:PRE|POST)_STEPS\b[^=]*=\s*\[([^\]]*)\]/g)) {
    const list = match[1]!;
    const runs = [...list.matchAll(/\brun:\s*([\w$]+)/g)].map((run) => run[1]!);
    for (const name of runs.length > 0 ? runs : list.split(',')) if (name.trim()) names.add(name.trim());
  }
  return names;
}

/** The names index.ts imports from `./steps/<file>`. */
function importedFrom(file: string): string[] {
  const match = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'\\./steps/${file.replace(/\.ts$/, '')}'`).exec(index);
  return match
    ? match[1]!
        .split(',')
        .map((name) => name.replace(/^\s*type\s+/, '').trim())
        .filter(Boolean)
    : [];
}

const stepFiles = readdirSync(STEPS).filter((file) => file.endsWith('.ts') && !NOT_STEPS.has(file));

describe('extraction steps', () => {
  it('the step lists are found in utils/extract/index.ts', () => {
    expect(stepFiles.length).toBeGreaterThan(0);
    expect(listed().size).toBeGreaterThan(0);
  });

  it.each(stepFiles)('%s runs: index.ts imports it and lists it in PRE_STEPS or POST_STEPS', (file) => {
    const names = importedFrom(file);
    expect(names, `index.ts does not import ./steps/${file}`).not.toEqual([]);
    const steps = listed();
    expect(
      names.some((name) => steps.has(name)),
      `${names.join(', ')} from ${file} is in neither PRE_STEPS nor POST_STEPS`,
    ).toBe(true);
  });

  it.each(stepFiles)('%s has a unit test in steps/__tests__/', (file) => {
    expect(existsSync(join(STEPS, '__tests__', file.replace(/\.ts$/, '.test.ts')))).toBe(true);
  });
});
