/**
 * What a component imports to colour an element by theme: `data-theme-color={themeColorKey(c)}`,
 * then `var(--theme-color)` in its CSS. Importing it brings the stylesheet made from the taxonomy
 * (theme-colors.ts) to every page that shows such an element.
 */
import 'virtual:cjt-theme-colors.css';

export { themeColorKey } from './theme-colors';
