/** Mounts the reader page (`reader.html?id=…`): one saved article, offline. */
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { translate, uiLanguage } from '../../utils/i18n';
import { ReaderPage } from './ReaderPage';
import '../../components/reader.css';
import '../../components/reader-panels.css';
import './reader-page.css';

const uiLang = uiLanguage();
document.documentElement.lang = uiLang;
const id = Number(new URLSearchParams(location.search).get('id'));
render(
  <I18nContext.Provider value={{ t: translate, uiLang }}>
    <ReaderPage id={Number.isInteger(id) && id > 0 ? id : null} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
