/**
 * Every rule of axe-core (the version the browser tests run), and what keeps
 * a post from breaking it: a rule of `npm run check:content` (with the bad
 * fixture in tests/fixtures/content/bad where axe reports it, proved by the
 * corpus test in Chromium), or the reason a post cannot break it. The guide's
 * rule reference (docs/bijdragen/controles.md) is generated from this table;
 * tests/unit/axe-rules.test.ts holds it to axe-core's full rule list.
 * Plain data: no imports.
 */

/** A post can break the axe rule; the checker rules guard it. */
export interface AxeGuarded {
  /** Checker rules (scripts/check-content/rules.ts) that find it at the line. */
  rules: readonly string[];
  /** Bad fixtures (tests/fixtures/content/bad) on whose built page axe reports it. */
  fixtures: readonly string[];
  /** How axe reports it there: a violation, or "needs review" (incomplete). */
  result: 'overtreding' | 'beoordelen';
}

/** A post cannot break the axe rule: why (Dutch, for the guide). */
export interface AxeOutOfReach {
  reason: string;
  /** Checker rules that keep it out of reach, if any. */
  rules?: readonly string[];
}

export type AxeCoverage = AxeGuarded | AxeOutOfReach;

const guarded = (
  rules: string | readonly string[],
  fixtures: string | readonly string[],
  result: AxeGuarded['result'] = 'overtreding',
): AxeGuarded => ({
  rules: typeof rules === 'string' ? [rules] : rules,
  fixtures: typeof fixtures === 'string' ? [fixtures] : fixtures,
  result,
});

const SITE =
  'De pagina zelf (kop, menu, voettekst, landmarks, titel, taal, meta-gegevens) komt van de site, niet uit het artikel; de browsertests controleren haar.';
const SITE_CSS =
  'Opmaak van de site: een artikel kan kleuren, achtergrond, afstanden en schermstand niet zetten (de lijst van stijl-eigenschappen laat ze weg, `stijl-eigenschap`).';
const FORMS =
  'Element niet toegestaan: formulieren (`<form>`, `<input>`, `<select>`, `<textarea>`, `<button>`, `<label>`) staan niet op de lijst van elementen (`mdx-element`).';
const FRAMES =
  'Element niet toegestaan: `<iframe>` staat niet op de lijst (`mdx-element`). Video van Vimeo of YouTube is een speler van de site met de titel uit `::video-…[Titel]` (`video`).';
const AAA = 'Niveau AAA: de site toetst WCAG 2.2 A en AA.';

const outOfReach = (reason: string, rules?: readonly string[]): AxeOutOfReach =>
  rules ? { reason, rules } : { reason };

/** axe-core's rules, by id. */
export const AXE_RULES: Readonly<Record<string, AxeCoverage>> = {
  accesskeys: guarded('sneltoets', 'sneltoets'),
  'area-alt': outOfReach(
    'Element niet toegestaan: `<map>` en `<area>` staan niet op de lijst (`mdx-element`).',
    ['mdx-element'],
  ),
  'aria-allowed-attr': guarded('aria-attribuut', 'aria-attribuut-niet-toegestaan'),
  'aria-allowed-role': guarded('aria-rol', ['aria-rol-niet-toegestaan', 'aria-rol-presentatie']),
  'aria-braille-equivalent': guarded('aria-attribuut', 'aria-attribuut-braille', 'beoordelen'),
  'aria-command-name': guarded('aria-rol', 'aria-rol-knop'),
  'aria-conditional-attr': guarded('aria-attribuut', 'aria-attribuut-voorwaardelijk'),
  'aria-deprecated-role': guarded('aria-rol', 'aria-rol-verouderd'),
  'aria-dialog-name': guarded('aria-rol', 'aria-rol-dialoog'),
  'aria-hidden-body': outOfReach(SITE),
  'aria-hidden-focus': guarded('aria-attribuut', 'aria-attribuut-verborgen-link'),
  'aria-input-field-name': guarded('aria-rol', [
    'aria-rol-invoer',
    'aria-rol-verplichte-eigenschap',
  ]),
  'aria-meter-name': guarded('aria-rol', 'aria-rol-meter'),
  'aria-progressbar-name': guarded('aria-rol', 'aria-rol-voortgang'),
  'aria-prohibited-attr': guarded('aria-attribuut', 'aria-attribuut-naam-verboden', 'beoordelen'),
  'aria-required-attr': guarded('aria-rol', [
    'aria-rol-verplichte-eigenschap',
    'aria-rol-schakelaar',
    'aria-rol-meter',
  ]),
  'aria-required-children': guarded('aria-rol', 'aria-rol-kinderen'),
  'aria-required-parent': guarded('aria-rol', ['aria-rol-ouder', 'aria-rol-tab']),
  'aria-roledescription': guarded('aria-attribuut', 'aria-attribuut-roledescription'),
  'aria-roles': guarded('aria-rol', 'aria-rol-onbekend'),
  'aria-tab-name': guarded('aria-rol', 'aria-rol-tab'),
  'aria-text': guarded('aria-rol', 'aria-rol-tekst'),
  'aria-toggle-field-name': guarded('aria-rol', 'aria-rol-schakelaar'),
  'aria-tooltip-name': guarded('aria-rol', 'aria-rol-tooltip'),
  'aria-treeitem-name': guarded('aria-rol', 'aria-rol-boomitem'),
  'aria-valid-attr-value': guarded('aria-attribuut', 'aria-attribuut-waarde'),
  'aria-valid-attr': guarded('aria-attribuut', 'aria-attribuut-naam'),
  'audio-caption': outOfReach(
    'Element niet toegestaan: `<audio>` staat niet op de lijst (`mdx-element`).',
    ['mdx-element'],
  ),
  'autocomplete-valid': outOfReach(FORMS, ['mdx-element']),
  'avoid-inline-spacing': outOfReach(SITE_CSS, ['stijl-eigenschap']),
  blink: outOfReach('Element niet toegestaan: `<blink>` (`mdx-element`).', ['mdx-element']),
  'button-name': outOfReach(
    `${FORMS} Een knop in een artikel is een link (\`<a class="utrecht-button">\`), en die heeft tekst nodig (\`link-zonder-tekst\`).`,
    ['mdx-element', 'link-zonder-tekst'],
  ),
  bypass: outOfReach(SITE),
  'color-contrast': outOfReach(
    'De build laat kleur en achtergrond uit `style` weg (`stijl-eigenschap`); de kleuren zijn die van de huisstijl, en de browsertests controleren het contrast.',
    ['stijl-eigenschap'],
  ),
  'color-contrast-enhanced': outOfReach(AAA),
  'css-orientation-lock': outOfReach(SITE_CSS),
  'definition-list': guarded('lijst-opbouw', 'lijst-dl'),
  dlitem: guarded('lijst-opbouw', 'lijst-dt'),
  'document-title': outOfReach(SITE),
  'duplicate-id-active': guarded('id-dubbel', 'id-dubbel-actief'),
  'duplicate-id-aria': guarded('id-dubbel', 'id-dubbel-attribuut', 'beoordelen'),
  'duplicate-id': guarded('id-dubbel', 'id-dubbel-kop'),
  'empty-heading': guarded('kop-leeg', ['kop-leeg', 'kop-leeg-html']),
  'empty-table-header': guarded('tabel-opbouw', 'tabel-kop-leeg'),
  'focus-order-semantics': guarded('tabvolgorde', ['tabvolgorde', 'tabvolgorde-in-link']),
  'form-field-multiple-labels': outOfReach(FORMS, ['mdx-element']),
  'frame-focusable-content': outOfReach(FRAMES, ['mdx-element', 'video']),
  'frame-tested': outOfReach(FRAMES, ['mdx-element', 'video']),
  'frame-title-unique': outOfReach(FRAMES, ['mdx-element', 'video']),
  'frame-title': outOfReach(FRAMES, ['mdx-element', 'video']),
  'heading-order': guarded('kop-sprong', 'kop-sprong'),
  'hidden-content': outOfReach(
    'axe meldt hier alleen inhoud die het niet kon bekijken ("beoordelen"), nooit een fout.',
  ),
  'html-has-lang': outOfReach(SITE),
  'html-lang-valid': outOfReach(SITE),
  'html-xml-lang-mismatch': outOfReach(SITE),
  'identical-links-same-purpose': outOfReach(AAA),
  'image-alt': guarded('afbeelding-alt', 'afbeelding-alt-jsx'),
  'image-redundant-alt': guarded('afbeelding-alt-herhaald', 'afbeelding-alt-herhaald'),
  'input-button-name': outOfReach(FORMS, ['mdx-element']),
  'input-image-alt': outOfReach(FORMS, ['mdx-element']),
  'label-content-name-mismatch': guarded('aria-attribuut', 'aria-attribuut-spraak'),
  'label-title-only': outOfReach(FORMS, ['mdx-element']),
  label: outOfReach(FORMS, ['mdx-element']),
  'landmark-banner-is-top-level': guarded('aria-rol', 'aria-rol-banner'),
  'landmark-complementary-is-top-level': outOfReach(
    'Verouderd in axe; binnen de hoofdinhoud meldt axe het niet. `role="complementary"` weigert `aria-rol` toch (voorbeeld: aria-rol-aanvullend).',
    ['aria-rol'],
  ),
  'landmark-contentinfo-is-top-level': guarded('aria-rol', 'aria-rol-voettekst'),
  'landmark-main-is-top-level': guarded('aria-rol', 'aria-rol-hoofdinhoud'),
  'landmark-no-duplicate-banner': guarded('aria-rol', 'aria-rol-banner'),
  'landmark-no-duplicate-contentinfo': guarded('aria-rol', 'aria-rol-voettekst'),
  'landmark-no-duplicate-main': guarded('aria-rol', 'aria-rol-hoofdinhoud'),
  'landmark-one-main': outOfReach(SITE),
  'landmark-unique': guarded('aria-rol', [
    'aria-rol-hoofdinhoud',
    'aria-rol-banner',
    'aria-rol-voettekst',
  ]),
  'link-in-text-block': outOfReach(`${SITE_CSS} Links in lopende tekst zijn onderstreept.`, [
    'stijl-eigenschap',
  ]),
  'link-name': guarded('link-zonder-tekst', 'link-zonder-tekst'),
  list: guarded('lijst-opbouw', 'lijst-ul'),
  listitem: guarded('lijst-opbouw', 'lijst-li'),
  marquee: outOfReach('Element niet toegestaan: `<marquee>` (`mdx-element`).', ['mdx-element']),
  'meta-refresh-no-exceptions': outOfReach(SITE),
  'meta-refresh': outOfReach(SITE),
  'meta-viewport-large': outOfReach(SITE),
  'meta-viewport': outOfReach(SITE),
  'nested-interactive': guarded('uitklap-titel', 'uitklap-titel-link'),
  'no-autoplay-audio': outOfReach(
    'De build haalt `autoPlay` van een eigen video weg (`video-autoplay`), en `<audio>` is niet toegestaan.',
    ['video-autoplay', 'mdx-element'],
  ),
  'object-alt': outOfReach('Element niet toegestaan: `<object>` (`mdx-element`).', ['mdx-element']),
  'p-as-heading': guarded('kop-als-tekst', 'kop-als-tekst'),
  'page-has-heading-one': outOfReach(
    'De titel van het artikel is altijd de `h1` van de pagina; een tweede `#` weigert `kop-h1-dubbel`.',
    ['kop-h1-dubbel'],
  ),
  'presentation-role-conflict': guarded('aria-rol', 'aria-rol-presentatie'),
  region: outOfReach(SITE),
  'role-img-alt': guarded('aria-rol', 'aria-rol-afbeelding-naam'),
  'scope-attr-valid': guarded('tabel-opbouw', 'tabel-scope'),
  'scrollable-region-focusable': outOfReach(
    `${SITE_CSS} Codeblokken en brede tabellen schuiven in een vak van de site.`,
  ),
  'select-name': outOfReach(FORMS, ['mdx-element']),
  'server-side-image-map': guarded('afbeelding-kaart', 'afbeelding-kaart', 'beoordelen'),
  'skip-link': outOfReach(SITE),
  'summary-name': guarded('uitklap-titel', 'uitklap-titel-leeg'),
  'svg-img-alt': outOfReach('Element niet toegestaan: `<svg>` (`mdx-element`).', ['mdx-element']),
  tabindex: guarded('tabvolgorde', 'tabvolgorde'),
  'table-duplicate-name': guarded('tabel-opbouw', 'tabel-summary'),
  'table-fake-caption': guarded('tabel-opbouw', 'tabel-titelrij'),
  'target-size': outOfReach(
    `${SITE_CSS} Links in lopende tekst vallen er volgens WCAG 2.5.8 buiten.`,
  ),
  'td-has-header': guarded('tabel-opbouw', ['tabel-zonder-kop', 'tabel-titelrij']),
  'td-headers-attr': guarded('tabel-opbouw', 'tabel-headers'),
  'th-has-data-cells': guarded('tabel-opbouw', 'tabel-alleen-kop', 'beoordelen'),
  'valid-lang': guarded('taal-ongeldig', 'taal-ongeldig'),
  'video-caption': guarded('video-ondertitels', 'video-ondertitels', 'beoordelen'),
};

/** True when a post can break the axe rule and a checker rule guards it. */
export function isGuarded(coverage: AxeCoverage): coverage is AxeGuarded {
  return 'fixtures' in coverage;
}
