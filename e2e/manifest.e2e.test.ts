/**
 * The built manifests ask for exactly the permissions the README promises, and nothing is
 * injected into pages by the manifest itself (the overlay is injected only on request).
 * Reads the production builds that `npm test` makes (BROADSHEET_OUT_DIR overrides `.output`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const outDir = process.env.BROADSHEET_OUT_DIR ?? '.output';
const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];

function manifest(target: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(outDir, target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

describe.each(['chrome-mv3', 'firefox-mv2'])('%s production manifest', (target) => {
  const m = manifest(target);

  it('requests only activeTab, scripting, storage and contextMenus', () => {
    expect([...(m.permissions as string[])].sort()).toEqual(PERMISSIONS);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('injects nothing into pages on its own and exposes no resources to them', () => {
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('declares the reader shortcut and translated names', () => {
    expect(m.commands).toMatchObject({ 'toggle-reader': { suggested_key: { default: 'Alt+Shift+R' } } });
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
  });
});

describe('e2e builds', () => {
  it.each(['chrome-mv3-e2e', 'firefox-mv2-e2e'])('%s adds only the local test server as a host', (target) => {
    const m = manifest(target);
    const hosts = [...((m.host_permissions as string[] | undefined) ?? []), ...(m.permissions as string[])].filter((p) =>
      p.includes('://'),
    );
    expect(hosts).toEqual(['http://127.0.0.1/*']);
  });
});
