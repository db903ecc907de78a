/** Mounts the library page (`library.html`): the whole library, with bulk actions, export and import. */
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { translate, uiLanguage } from '../../utils/i18n';
import { LibraryPage } from './LibraryPage';
import '../../components/library.css';
import '../../components/page-palette.css';
import './library-page.css';

const uiLang = uiLanguage();
document.documentElement.lang = uiLang;
document.title = translate('libraryTitle');
render(
  <I18nContext.Provider value={{ t: translate, uiLang }}>
    <LibraryPage />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
