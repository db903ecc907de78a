/**
 * The direction of the reader's controls, from the UI language. The controls follow the UI and the
 * article keeps its own (DESIGN.md, "Direction"); anything of ours drawn inside the article (the
 * highlight bar, its status line) sits under the article's `dir`, so it must set the UI's again.
 */

/** UI languages written right to left. */
const RTL_UI = /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)\b/i;

/** `rtl` for a right-to-left UI language tag, else `ltr`. */
export function uiDirection(uiLang: string): 'rtl' | 'ltr' {
  return RTL_UI.test(uiLang) ? 'rtl' : 'ltr';
}
