/**
 * The UI string for each reason a block was removed ("Share bar", "Also read box"), shown on the
 * block in the reader's "Not right?" view. A `Record` over the reason union, so a reason added to
 * the pipeline does not compile until it has a label.
 */
import type { RemovalReason } from '../utils/extract/types';
import type { MessageKey } from './i18n';

export const REMOVAL_LABELS: Readonly<Record<RemovalReason, MessageKey>> = {
  'ad-label': 'removalAdLabel',
  ad: 'removalAd',
  'read-also': 'removalReadAlso',
  share: 'removalShare',
  comments: 'removalComments',
  credit: 'removalCredit',
  'author-box': 'removalAuthorBox',
  related: 'removalRelated',
  promo: 'removalPromo',
  newsletter: 'removalNewsletter',
  navigation: 'removalNavigation',
  tags: 'removalTags',
  'title-repeat': 'removalTitleRepeat',
  edge: 'removalEdge',
  label: 'removalLabel',
  widget: 'removalWidget',
};
