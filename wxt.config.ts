/**
 * Build configuration for Chrome (MV3) and Firefox (MV2, WXT's default for Firefox).
 *
 * Permissions are deliberately narrow: nothing runs on a page until the user asks (activeTab +
 * scripting), settings live in extension storage, and the library lives in the extension's own
 * IndexedDB. `--mode e2e` builds (written to a separate folder) add a host permission for the local
 * test server only, so end-to-end tests can trigger the reader without a real toolbar gesture.
 */
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { LENT_PREACT, SHARED_PREACT } from './components/reader-panels';

/** The Firefox add-on id: fixed so a store update and the E2E tests' pinned UUID find the same add-on. */
export const GECKO_ID = 'broadsheet@broadsheet.example';

/**
 * Entrypoints built only by `--mode e2e`, for the benchmarks: the bare reader bench:reader compares
 * the overlay with, and the empty page bench:library times the popup against. Every other build
 * drops them before WXT reads them, so no production manifest or folder has them.
 */
const E2E_ONLY_ENTRIES = ['bare-reader', 'bench-popup-floor'];

/** The unlisted script that brings the reader's panels to the overlay on first use. */
const LATE_PANELS_ENTRY = 'overlay-panels';

/**
 * Builds a script against the overlay's Preact instead of its own copy: every Preact module it
 * imports becomes the same module read off the content-script global, where the overlay puts the
 * names in LENT_PREACT before injecting the script (entrypoints/overlay/controller.tsx). Hooks and
 * the render queue live in module state, so a second copy would break the panels; and it would
 * cost 5 kB. Importing a name or module not lent fails the build.
 */
function sharedPreact(): Plugin {
  const PREFIX = '\0broadsheet-shared:';
  const lent = new Map<string, readonly string[]>(Object.entries(LENT_PREACT));
  return {
    name: 'broadsheet:shared-preact',
    enforce: 'pre',
    // Development and e2e builds compile JSX to preact/jsx-dev-runtime: the same functions.
    resolveId: (source) =>
      source === 'preact/jsx-dev-runtime'
        ? `${PREFIX}preact/jsx-runtime`
        : source === 'preact' || source.startsWith('preact/')
          ? PREFIX + source
          : null,
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const names = lent.get(name);
      if (!names) throw new Error(`The panel script imports ${name}, which the overlay does not lend (LENT_PREACT)`);
      return [
        `const shared = globalThis[Symbol.for(${JSON.stringify(SHARED_PREACT)})]?.[${JSON.stringify(name)}];`,
        `if (!shared) throw new Error(${JSON.stringify(`Broadsheet: ${name} was not lent by the overlay`)});`,
        ...names.map((key) => `export const ${key} = shared.${key};`),
      ].join('\n');
    },
  };
}

export default defineConfig({
  imports: false,
  // BROADSHEET_OUT_DIR lets parallel builds (benchmarks, a second work tree) not overwrite each other.
  outDir: process.env.BROADSHEET_OUT_DIR ?? '.output',
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: the first desktop release that knows data_collection_permissions (an ESR).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'entrypoints:found': (wxt, infos) => {
      if (wxt.config.mode === 'e2e') return;
      for (let i = infos.length - 1; i >= 0; i--) if (E2E_ONLY_ENTRIES.includes(infos[i]!.name)) infos.splice(i, 1);
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.name === LATE_PANELS_ENTRY)) (config.plugins ??= []).push(sharedPreact());
    },
    // WXT takes the action's title from the popup's <title>; the toolbar tooltip should be translated.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    excludeSources: ['e2e/**', 'tests/**', '**/__tests__/**', 'artifacts/**', 'scripts/**'],
  },
});
