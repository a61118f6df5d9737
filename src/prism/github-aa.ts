import type { PrismTheme } from 'prism-react-renderer';
import { themes } from 'prism-react-renderer';

/**
 * Prism's "github" theme with every token colour darkened to at least 5:1
 * contrast on the code background (#f6f8fa): the original's comments (2.7:1),
 * strings (4.3:1), keywords (2.7:1) and numbers (2.6:1) fail WCAG AA, which
 * axe reports on every page with code. Same hues, same structure.
 */
const AA_COLOURS: Readonly<Record<string, string>> = {
  '#999988': '#5e5e50',
  '#e3116c': '#b3094f',
  '#36acaa': '#1a6d6b',
  '#00a4db': '#00668f',
  '#d73a49': '#b31d2b',
};

export const githubAA: PrismTheme = {
  plain: themes.github.plain,
  styles: themes.github.styles.map((entry) => {
    const { opacity: _opacity, ...style } = entry.style;
    const color = style.color ? (AA_COLOURS[style.color] ?? style.color) : undefined;
    return { ...entry, style: color ? { ...style, color } : style };
  }),
};
