/** Names a rule can rely on across a site's pages, and the generated ones it must not. */
import { describe, expect, it } from 'vitest';
import { isStableName } from '../stable-names';

describe('isStableName', () => {
  it.each(['story', 'article-body', 'story_body', 'articleBodyText', 'main', 'col-md-8', 'section1', 'mt-4', 'l-col', 'post-content'])(
    'keeps %s',
    (name) => expect(isStableName(name)).toBe(true),
  );

  it.each([
    ['an emotion hash', 'css-1x2y3z'],
    ['a styled-components hash', 'sc-AbCdE'],
    ['a styled-components class', 'sc-bdVaJa'],
    ['a CSS Modules hash', 'Article_body__3xYz1'],
    ['a CSS Modules hash of letters and cases', 'styles_wrap__aB3dE'],
    ['an article number', 'post-98231'],
    ['a comment number', 'comment-123'],
    ['a UUID piece', 'block-9f86d081'],
    ['a mixed-case hash', 'AbCdEf'],
    ['a jsx scope', 'jsx-2837461'],
    ['a svelte scope', 'svelte-xyz12a'],
    ['an interleaved hash', 'e1x2y3z'],
    ['an empty name', ''],
    ['a name with spaces', 'a b'],
    ['a name too long to be a label', 'a'.repeat(65)],
  ])('refuses %s (%s)', (_, name) => expect(isStableName(name)).toBe(false));
});
