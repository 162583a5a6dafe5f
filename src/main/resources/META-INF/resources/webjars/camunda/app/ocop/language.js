/*
 * OCOP: a language switch for the four webapps (each config.js lists it in customScripts).
 *
 * Camunda 7.24 has no language menu: it takes the first language of the browser (navigator.languages[0])
 * if it is in locales.availableLocales, else the fallbackLocale. The webapps import custom scripts before
 * they start AngularJS, so a choice saved here is applied by presenting it as the browser's first language;
 * without a saved choice the browser decides, as before.
 */
const KEY = 'ocop.language';
const LANGUAGES = {vi: 'Tiếng Việt', en: 'English'};

function saved() {
  try {
    return window.localStorage.getItem(KEY);
  } catch (e) {
    return null; // storage disabled: the browser's language applies
  }
}

const choice = saved();
if (LANGUAGES[choice]) {
  Object.defineProperty(window.navigator, 'languages', {get: () => [choice], configurable: true});
}

function current() {
  const first = (window.navigator.languages || [])[0] || window.navigator.language || '';
  const language = first.split('-')[0].toLowerCase();
  return LANGUAGES[language] ? language : 'en';
}

/*
 * Dates in the page's language. Besides the page's language, Camunda loads the fallback locale's file, and
 * each file's dateLocales becomes moment's global locale as it arrives (7.24's localeLoader callback calls
 * moment.defineLocale or updateLocale, which both switch the global locale). With English as the fallback,
 * a Vietnamese page showed its dates in English ("3 minutes ago", "Thursday, 26 November 2026") whenever
 * en.json came last. The page's language is made the fallback too, so its file is the only one loaded;
 * vi.json has every key of en.json (WebappLocalesTest). The webapps read the configuration (config.js,
 * kept in window.cam<App>Conf) after importing this script.
 */
const config = window.camTasklistConf || window.camCockpitConf || window.camAdminConf || window.camWelcomeConf;
if (config && config.locales) {
  config.locales.fallbackLocale = current();
}

function addSwitch() {
  const active = current();
  const box = document.createElement('div');
  box.className = 'ocop-language';
  Object.keys(LANGUAGES).forEach(language => {
    const item = document.createElement(language === active ? 'strong' : 'a');
    item.textContent = LANGUAGES[language];
    item.lang = language;
    if (language !== active) {
      item.href = '';
      item.addEventListener('click', event => {
        event.preventDefault();
        try {
          window.localStorage.setItem(KEY, language);
        } catch (e) {
          return;
        }
        window.location.reload();
      });
    }
    box.appendChild(item);
  });
  document.body.appendChild(box);
}

if (document.body) {
  addSwitch();
} else {
  document.addEventListener('DOMContentLoaded', addSwitch);
}

// No Camunda plugins here.
export default [];
