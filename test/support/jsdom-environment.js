/**
 * jest-environment-jsdom (jsdom 20) with a faster getComputedStyle, same results.
 *
 * Testing Library checks every candidate of a `*ByRole` query for `visibility: hidden` and
 * `display: none` through window.getComputedStyle. jsdom 20 resolves `visibility` (its one inherited
 * property) by matching every style rule against the element, then against its parent, and so on up
 * to <html>: depth × rules selector matches per call. Fluent UI's Griffel inserts about 800 atomic
 * rules, so one call on a button costs ~25 ms and the task pane suites spent most of their time there.
 *
 * That walk goes through `exports.forEachMatchingSheetRuleOfElement` of jsdom's style-rules module,
 * and only to read the properties jsdom resolves (`visibility`): a rule that declares none of them
 * cannot change the answer. So this walk skips such rules before matching their selectors. The main
 * cascade of getComputedStyle (Window.js holds its own reference to the function) still matches every
 * rule. Any other jsdom version, or a jsdom resolving more properties, is left unpatched.
 * test/taskpane/jsdom-environment.test.ts pins the results.
 */
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-jsdom');

function patchJsdomStyleRules() {
  const from = { paths: [path.dirname(require.resolve('jest-environment-jsdom'))] };
  const jsdomDir = path.dirname(require.resolve('jsdom/package.json', from));
  const { version } = require(path.join(jsdomDir, 'package.json'));
  const styleRules = require(path.join(jsdomDir, 'lib/jsdom/living/helpers/style-rules.js'));
  const resolved = Object.keys(styleRules.propertiesWithResolvedValueImplemented ?? {});
  if (styleRules.forEachMatchingSheetRuleOfElement.cermatPatched) return true;
  if (!/^20\./.test(version) || resolved.join() !== 'visibility') return false;

  const cssom = require(require.resolve('cssom', { paths: [jsdomDir] }));
  const defaultStyleSheet = require(path.join(jsdomDir, 'lib/jsdom/browser/default-stylesheet.js'));
  const { matchesDontThrow } = require(path.join(jsdomDir, 'lib/jsdom/living/helpers/selectors.js'));
  const { forEach, indexOf } = Array.prototype;
  let parsedDefault;

  const declaresResolved = (rule) => {
    const style = rule.style;
    if (!style) return false;
    for (const p of resolved) if (style.getPropertyValue(p) !== '') return true;
    return false;
  };
  // jsdom's own loop (style-rules.js), with declaresResolved tested before the selector.
  const visit = (rule, element, handleRule) => {
    if (declaresResolved(rule) && matchesDontThrow(element, rule.selectorText)) handleRule(rule);
  };
  const patched = (elementImpl, handleRule) => {
    const handleSheet = (sheet) => {
      forEach.call(sheet.cssRules, (rule) => {
        if (rule.media) {
          if (indexOf.call(rule.media, 'screen') !== -1) forEach.call(rule.cssRules, (inner) => visit(inner, elementImpl, handleRule));
        } else {
          visit(rule, elementImpl, handleRule);
        }
      });
    };
    if (!parsedDefault) parsedDefault = cssom.parse(defaultStyleSheet);
    handleSheet(parsedDefault);
    forEach.call(elementImpl._ownerDocument.styleSheets._list, handleSheet);
  };
  patched.cermatPatched = true;
  styleRules.forEachMatchingSheetRuleOfElement = patched;
  return true;
}

const patchedStyleRules = patchJsdomStyleRules();

class CermatJsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    // Read by test/taskpane/jsdom-environment.test.ts: a jsdom upgrade that skips the patch shows there.
    this.global.__cermatStyleRulesPatched = patchedStyleRules;
    // Fluent's MessageBar and overflow components measure themselves; jsdom has no ResizeObserver.
    this.global.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
}

module.exports = CermatJsdomEnvironment;
