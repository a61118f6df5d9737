/**
 * Inline `style` in a post: the short list of harmless properties authors may
 * use, and the one function that splits what an author wrote into what stays
 * and what goes. The build keeps the allowed properties and drops the rest
 * (plugins/remark-content-habits), `npm run check:content` warns at the line
 * about each dropped one, and the guide lists the properties. Styling never
 * fails a build. Plain data and pure functions: the config loads this module.
 */

/** The font sizes of the type scale (rem), as authors may write them. */
export const FONT_SIZE_SCALE: readonly string[] = [
  '0.875rem',
  '1rem',
  '1.125rem',
  '1.25rem',
  '1.5rem',
  '1.75rem',
  '2rem',
  '2.5rem',
];

/** A length, percentage or `auto`: `0`, `1rem`, `50%`, `-0.5em`, `auto`. */
const LENGTH = /^(?:auto|0|-?(?:\d+|\d*\.\d+)(?:px|rem|em|%|ch|vw))$/;
/** One to four lengths, as the `margin` shorthand takes them. */
const LENGTHS = /^(?:(?:auto|0|-?(?:\d+|\d*\.\d+)(?:px|rem|em|%|ch|vw))(?:\s+|$)){1,4}$/;

export interface StyleProperty {
  /** The React (camelCase) name, as MDX posts write it. */
  name: string;
  /** What values may be, in Dutch, for the guide and the warning. */
  values: string;
  /** True when `value` is allowed. */
  allows: (value: string) => boolean;
}

const lengths = (name: string): StyleProperty => ({
  name,
  values: 'een maat (`0`, `1rem`, `2em`, `50%`, `auto`)',
  allows: (value) => (name === 'margin' ? LENGTHS : LENGTH).test(value),
});

/** The inline style properties a post may use; every other one is dropped. */
export const STYLE_PROPERTIES: readonly StyleProperty[] = [
  {
    name: 'textAlign',
    values: '`left`, `right`, `center`, `start`, `end` of `justify`',
    allows: (value) => /^(?:left|right|center|start|end|justify)$/.test(value),
  },
  lengths('margin'),
  lengths('marginTop'),
  lengths('marginBottom'),
  lengths('marginLeft'),
  lengths('marginRight'),
  lengths('marginBlock'),
  lengths('marginInline'),
  lengths('width'),
  lengths('maxWidth'),
  {
    name: 'fontSize',
    values: `een maat uit de typeschaal: ${FONT_SIZE_SCALE.map((size) => `\`${size}\``).join(', ')}`,
    allows: (value) => FONT_SIZE_SCALE.includes(value),
  },
  {
    name: 'fontStyle',
    values: '`normal` of `italic`',
    allows: (value) => /^(?:normal|italic)$/.test(value),
  },
  {
    name: 'fontWeight',
    values: '`normal` of `bold`',
    allows: (value) => /^(?:normal|bold)$/.test(value),
  },
];

const BY_NAME = new Map(STYLE_PROPERTIES.map((property) => [property.name, property]));

/** `margin-bottom` → `marginBottom`: authors write either form. */
export function camelCaseProperty(name: string): string {
  return name.trim().replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export interface DroppedStyle {
  name: string;
  value: string;
  /** Dutch: why it goes. */
  reason: string;
}

export interface FilteredStyle {
  kept: Record<string, string | number>;
  dropped: DroppedStyle[];
}

/**
 * Splits an author's style (an object of literal values, or a CSS string
 * such as `margin-bottom: 0; color: red`) into the allowed properties and
 * the dropped ones.
 */
export function filterStyle(style: Readonly<Record<string, unknown>> | string): FilteredStyle {
  const entries: [string, unknown][] =
    typeof style === 'string'
      ? style
          .split(';')
          .map((declaration) => declaration.split(':'))
          .filter((parts) => parts.length >= 2 && parts[0].trim() !== '')
          .map((parts) => [parts[0], parts.slice(1).join(':').trim()])
      : Object.entries(style);
  const kept: Record<string, string | number> = {};
  const dropped: DroppedStyle[] = [];
  for (const [written, raw] of entries) {
    const name = camelCaseProperty(written);
    const value =
      typeof raw === 'number' ? (raw === 0 ? '0' : `${raw}px`) : String(raw ?? '').trim();
    const property = BY_NAME.get(name);
    if (!property) {
      dropped.push({ name, value, reason: 'deze eigenschap staat niet op de lijst' });
    } else if (typeof raw !== 'string' && typeof raw !== 'number') {
      dropped.push({ name, value, reason: 'de waarde is geen tekst of getal' });
    } else if (!property.allows(value)) {
      dropped.push({ name, value, reason: `toegestaan is ${property.values}` });
    } else {
      kept[name] = typeof raw === 'number' ? raw : value;
    }
  }
  return { kept, dropped };
}

/** The Dutch warning for dropped style properties of one element. */
export function droppedStyleMessage(element: string, dropped: readonly DroppedStyle[]): string {
  const list = dropped.map((found) => `${found.name}: ${found.value} (${found.reason})`).join('; ');
  return `De opmaak van <${element}> wordt deels weggelaten: ${list}. Toegestaan zijn alleen ${STYLE_PROPERTIES.map((property) => property.name).join(', ')}; zie Bijdragen › Onderdelen in de kennisbank.`;
}
