/**
 * Build configuration for Chrome (MV3) and Firefox (MV2, WXT's default for Firefox).
 *
 * Permissions are deliberately narrow: nothing runs on a page until the user asks (activeTab +
 * scripting), settings live in extension storage, and the library lives in the extension's own
 * IndexedDB. `--mode e2e` builds (written to a separate folder) add a host permission for the local
 * test server only, so end-to-end tests can trigger the reader without a real toolbar gesture.
 */
import { defineConfig } from 'wxt';

/** The Firefox add-on id: fixed so a store update and the E2E tests' pinned UUID find the same add-on. */
export const GECKO_ID = 'broadsheet@broadsheet.example';

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
