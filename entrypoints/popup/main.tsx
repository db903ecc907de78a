/** Mounts the popup. */
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { translate, uiLanguage } from '../../utils/i18n';
import { App } from './App';
import '../../components/page-palette.css';
import './popup.css';

const uiLang = uiLanguage();
document.documentElement.lang = uiLang;
document.documentElement.dir = translate('@@bidi_dir' as never) === 'rtl' ? 'rtl' : 'ltr';
render(
  <I18nContext.Provider value={{ t: translate, uiLang }}>
    <App />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
