// Playwright key names (what `sendKeys` from @web/test-runner-commands takes) as W3C WebDriver
// key actions.

/** The WebDriver code points of the named keys (W3C WebDriver, "Keyboard actions"). */
const NAMED_KEYS = {
  Cancel: '\uE001',
  Help: '\uE002',
  Backspace: '\uE003',
  Tab: '\uE004',
  Clear: '\uE005',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Pause: '\uE00B',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`F${i + 1}`, String.fromCharCode(0xe031 + i)])),
};

/** The WebDriver key value of one Playwright key name ('Tab', 'a', ' ', 'F5'). */
export function keyValue(name) {
  if (Object.hasOwn(NAMED_KEYS, name)) return NAMED_KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`Unknown key "${name}": use a key name such as Tab, Enter, ArrowDown, Shift, or one character.`);
}

/** 'Shift+Tab' → ['Shift', 'Tab']; a lone '+' is the plus key. */
export function splitChord(chord) {
  if (chord === '+') return ['+'];
  const parts = chord.split('+');
  // 'Control++' names the plus key after a modifier.
  if (chord.endsWith('++')) return [...parts.slice(0, -2), '+'];
  return parts;
}

export const keyDown = (name) => ({ type: 'keyDown', value: keyValue(name) });
export const keyUp = (name) => ({ type: 'keyUp', value: keyValue(name) });

/** Key actions for Playwright's `keyboard.press(chord)`: modifiers down, key down and up, modifiers up. */
export function pressActions(chord) {
  const keys = splitChord(chord);
  return [...keys.map(keyDown), ...keys.reverse().map(keyUp)];
}

/** Key actions for Playwright's `keyboard.type(text)`: each character pressed in turn. */
export function typeActions(text) {
  return [...text].flatMap((char) => [keyDown(char), keyUp(char)]);
}
