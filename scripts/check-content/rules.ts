/**
 * Every rule of `npm run check:content`: its id (what authors see in the
 * output and can look up in the guide), its severity and a one-line Dutch
 * explanation. The guide's list of checks is generated from this table.
 */

export type Severity = 'fout' | 'waarschuwing';

export interface RuleSpec {
  severity: Severity;
  /** What the rule checks, in Dutch, for the guide. */
  summary: string;
}

export const RULES = {
  'yaml-ongeldig': {
    severity: 'fout',
    summary:
      'De frontmatter (of `blog/authors.yml`, `blog/tags.yml`) is geen geldige YAML, bijvoorbeeld door een ontbrekende aanhalingsteken of een verkeerde inspringing.',
  },
  'frontmatter-onbekend-veld': {
    severity: 'fout',
    summary: 'De frontmatter bevat een veld dat niet in de frontmatter-referentie staat.',
  },
  'frontmatter-type': {
    severity: 'fout',
    summary:
      'Een frontmatterveld heeft een verkeerde soort waarde, zoals tekst waar `true` of `false` hoort.',
  },
  'html-in-tekst': {
    severity: 'fout',
    summary:
      'Tekst die geen opmaak mag bevatten, bevat HTML: een `<` met direct daarachter een letter, `/` of `!`. Dat geldt voor `title`, `description`, `keywords` en `sidebar_label`, de kop `#` die als titel dient, de alternatieve tekst van afbeeldingen en de `name`, `title` en `description` van auteurs (`blog/authors.yml`) en de `label` en `description` van tags (`blog/tags.yml`). Die tekst komt ook in zoekmachines, feeds en de zoekfunctie terecht en is altijd platte tekst.',
  },
  'frontmatter-verplicht': {
    severity: 'fout',
    summary: 'Een verplicht frontmatterveld ontbreekt (bij een artikel: `authors`).',
  },
  'auteur-onbekend': {
    severity: 'fout',
    summary: 'Een auteur staat niet in `blog/authors.yml`.',
  },
  'auteur-veld': {
    severity: 'fout',
    summary:
      'Een auteur in `blog/authors.yml` heeft een veld dat de site niet kent of een verkeerde waarde, zoals `type: bedrijf`.',
  },
  'tag-onbekend': {
    severity: 'fout',
    summary: 'Een tag staat niet in `blog/tags.yml`.',
  },
  'titel-ontbreekt': {
    severity: 'fout',
    summary: 'Er is geen titel: niet in de frontmatter (`title`) en niet als kop `#` bovenaan.',
  },
  'beschrijving-ontbreekt': {
    severity: 'waarschuwing',
    summary:
      'Er is geen `description`. Zoekmachines en sociale media tonen dan de tekst vóór `<!-- truncate -->`.',
  },
  'beschrijving-lengte': {
    severity: 'waarschuwing',
    summary: 'De `description` is korter dan 50 of langer dan 300 tekens.',
  },
  'truncate-ontbreekt': {
    severity: 'waarschuwing',
    summary:
      'Een artikel heeft geen `<!-- truncate -->`: het overzicht toont dan het hele artikel in plaats van de inleiding.',
  },
  bestandsnaam: {
    severity: 'fout',
    summary:
      'Een artikel staat niet op de plek `blog/JJJJ/MM/DD-korte-titel.md` (of `.mdx`), met alleen kleine letters, cijfers en streepjes in de korte titel.',
  },
  'datum-ongeldig': {
    severity: 'fout',
    summary: 'Een datum bestaat niet (zoals 30 februari) of is niet als JJJJ-MM-DD geschreven.',
  },
  'datum-toekomst': {
    severity: 'fout',
    summary:
      'De publicatiedatum ligt in de toekomst terwijl het artikel geen concept is (`draft: true`).',
  },
  'datum-verschilt': {
    severity: 'waarschuwing',
    summary:
      'De `date` in de frontmatter valt op een andere dag dan de datum in het pad van het bestand.',
  },
  'url-dubbel': {
    severity: 'fout',
    summary: 'Twee artikelen of pagina’s krijgen hetzelfde webadres.',
  },
  'afbeelding-ontbreekt': {
    severity: 'fout',
    summary: 'Een afbeelding verwijst naar een bestand dat niet bestaat.',
  },
  'afbeelding-alt': {
    severity: 'fout',
    summary:
      'Een afbeelding heeft geen alternatieve tekst, zodat wie een schermlezer gebruikt niet weet wat erop staat.',
  },
  'afbeelding-alt-herhaald': {
    severity: 'fout',
    summary:
      'De alternatieve tekst van een afbeelding staat er ook als tekst naast (in dezelfde link, alinea, lijst of cel): een schermlezer leest hem twee keer voor.',
  },
  'afbeelding-extern': {
    severity: 'fout',
    summary:
      'Een afbeelding staat op een andere website (`https://…`). De site laadt geen afbeeldingen van elders, dus de lezer ziet een kapotte afbeelding. Zet de afbeelding in `img/` naast het artikel.',
  },
  'link-zonder-tekst': {
    severity: 'fout',
    summary:
      'Een link heeft geen tekst (`[](…)`, of een afbeelding als link zonder alternatieve tekst): een schermlezer noemt hem alleen "link".',
  },
  'kop-h1-dubbel': {
    severity: 'fout',
    summary:
      'Er staat een tweede kop van niveau 1 (`#`) in de tekst; de titel is al de enige `h1` van de pagina. Gebruik `##` en lager.',
  },
  'taal-ongeldig': {
    severity: 'fout',
    summary: 'Een `lang`-eigenschap is geen geldige taalcode (zoals `en` of `fy`).',
  },
  'stijl-eigenschap': {
    severity: 'waarschuwing',
    summary:
      'Een `style` gebruikt een eigenschap of waarde die niet op de lijst staat (zie Bijdragen › Onderdelen): de site laat die weg, de rest blijft. Zo blijven kleuren, contrast en lettertypen in de huisstijl.',
  },
  'video-autoplay': {
    severity: 'waarschuwing',
    summary:
      'Een eigen video (`<video>`) heeft `autoPlay` of een `preload` anders dan `metadata` of `none`: de site laat de video niet vanzelf spelen en laadt vooraf alleen de gegevens.',
  },
  'video-extern': {
    severity: 'fout',
    summary:
      'Een eigen video (`<video>`, `<source>`, `<track>`) haalt een bestand van een andere website; de site laadt geen video van elders. Zet het bestand naast het artikel of gebruik `::video-vimeo`/`::video-youtube`.',
  },
  'video-ontbreekt': {
    severity: 'fout',
    summary:
      'Een eigen video (`<video>`, `<source>`, `<track>`) verwijst naar een bestand dat niet bestaat.',
  },
  'kader-onbekend': {
    severity: 'waarschuwing',
    summary:
      'Een kader `:::naam` bestaat niet. De site toont het als `:::note` met de naam als titel; de melding noemt het kader dat er het meest op lijkt.',
  },
  'afbeelding-groot': {
    severity: 'waarschuwing',
    summary: 'Een afbeelding is groter dan 500 kB en laadt traag op een telefoon.',
  },
  'afbeelding-te-groot': {
    severity: 'fout',
    summary: 'Een afbeelding is groter dan 5 MB.',
  },
  'afbeelding-gps': {
    severity: 'waarschuwing',
    summary:
      'Een afbeelding bevat een GPS-positie in de metadata: die verraadt waar de foto is gemaakt. De site haalt haar weg, maar in de repository blijft ze staan.',
  },
  'link-kapot': {
    severity: 'fout',
    summary:
      'Een link naar een pagina van deze site (of naar een bestand in de repository) gaat nergens heen.',
  },
  'anker-kapot': {
    severity: 'fout',
    summary: 'Een link naar een kop (`#anker`) op een pagina van deze site vindt die kop niet.',
  },
  'mdx-syntax': {
    severity: 'fout',
    summary:
      'Het bestand kan niet als MDX gelezen worden, bijvoorbeeld door een losse `<` of `{` of een niet gesloten element.',
  },
  'mdx-import': {
    severity: 'fout',
    summary: 'Een `import` haalt iets binnen dat niet op de lijst van toegestane onderdelen staat.',
  },
  'mdx-export': {
    severity: 'fout',
    summary: 'Een artikel bevat `export`: daarmee voer je code uit op de pagina.',
  },
  'mdx-element': {
    severity: 'fout',
    summary:
      'Een HTML-element is niet toegestaan, zoals `<script>`, `<style>`, `<iframe>`, `<object>` of `<embed>`.',
  },
  'mdx-component': {
    severity: 'fout',
    summary: 'Een onderdeel (`<Naam>`) bestaat niet of is niet geïmporteerd.',
  },
  'mdx-attribuut': {
    severity: 'fout',
    summary:
      'Een eigenschap is niet toegestaan: event-handlers (`onClick=…`, `onerror=…`), `dangerouslySetInnerHTML` of `srcDoc`.',
  },
  'mdx-expressie': {
    severity: 'fout',
    summary:
      'Tussen `{ }` staat JavaScript. Alleen vaste waarden (tekst, getallen, `true`/`false`) en commentaar zijn toegestaan.',
  },
  'url-onveilig': {
    severity: 'fout',
    summary:
      'Een link of afbeelding (ook `url`, `image_url` en `socials` van een auteur in `blog/authors.yml`) gebruikt een `javascript:`-, `vbscript:`- of `data:`-adres.',
  },
  'directive-onbekend': {
    severity: 'fout',
    summary: 'Een blok met `::naam` is geen bekende video; de site zou het weglaten.',
  },
  'sleutel-dubbel': {
    severity: 'fout',
    summary:
      'Een auteur in `blog/authors.yml` of een tag in `blog/tags.yml` staat er twee keer in.',
  },
  'tag-veld': {
    severity: 'fout',
    summary:
      'Een tag in `blog/tags.yml` mist `label` of `description`, heeft een veld dat de site niet kent (zoals `lable:`), of een sleutel met andere tekens dan kleine letters, cijfers en streepjes.',
  },
  'tag-permalink': {
    severity: 'fout',
    summary:
      'De `permalink` van een tag begint niet met `/`, bevat andere tekens dan kleine letters, cijfers en streepjes, of is al van een andere tag.',
  },
  'kop-sprong': {
    severity: 'fout',
    summary:
      'Een kop slaat een niveau over, zoals `####` direct na `##`. Wie een schermlezer gebruikt, springt van kop naar kop en mist dan een laag.',
  },
  'aria-attribuut': {
    severity: 'fout',
    summary:
      'Een `aria-`eigenschap bestaat niet, is niet toegestaan of heeft een verkeerde waarde. Een artikel mag alleen `aria-label`, `aria-labelledby`, `aria-describedby` en `aria-hidden` gebruiken: met een geldige waarde, een id dat in het artikel staat, op een element dat een naam kan hebben, en `aria-hidden="true"` nooit om een link heen.',
  },
  'aria-rol': {
    severity: 'fout',
    summary:
      'Een `role` is niet toegestaan. Een artikel mag alleen `role="img"` (met `aria-label`), `"figure"`, `"group"` en `"note"` gebruiken; andere rollen beloven een knop, menu of landmark die zonder script niet werkt of die de pagina al heeft.',
  },
  'id-dubbel': {
    severity: 'fout',
    summary:
      'Een `id` komt twee keer voor op de pagina: twee koppen met hetzelfde eigen anker `{#naam}`, twee keer `id="naam"`, of een `id` gelijk aan het anker van een kop.',
  },
  'kop-leeg': {
    severity: 'fout',
    summary: 'Een kop (`##`, `<h2>`) heeft geen tekst.',
  },
  'tabel-opbouw': {
    severity: 'fout',
    summary:
      'Een tabel mist kopcellen of heeft een lege kopcel, alleen kopcellen, een `scope` of `headers` die nergens naar wijst, een eerste rij als titel in plaats van `<caption>`, of het oude `summary`.',
  },
  'lijst-opbouw': {
    severity: 'fout',
    summary:
      'Een lijst in HTML (`<ul>`, `<ol>`, `<dl>`) bevat iets anders dan punten (`<li>`, `<dt>`, `<dd>`), of een punt staat buiten een lijst. Schrijf lijsten liefst in Markdown.',
  },
  tabvolgorde: {
    severity: 'fout',
    summary:
      'Een element heeft `tabIndex`. Links, video’s en uitklapblokken bereik je al met de Tab-toets; een ander element dat focus krijgt, doet niets of verstoort de volgorde.',
  },
  sneltoets: {
    severity: 'fout',
    summary:
      'Een element heeft `accessKey`: een sneltoets botst met de toetsen van de browser en van schermlezers.',
  },
  'afbeelding-kaart': {
    severity: 'fout',
    summary:
      'Een afbeelding heeft `isMap` of `useMap` (een klikbare kaart): met het toetsenbord of een schermlezer kun je de plekken niet kiezen.',
  },
  'uitklap-titel': {
    severity: 'fout',
    summary:
      'De titel van een uitklapblok (`<summary>` in `<details>`) is leeg of bevat een link; de titel is zelf al een knop.',
  },
  'kop-als-tekst': {
    severity: 'waarschuwing',
    summary:
      "Een alinea is met `style` groot of vet gemaakt (zoals `<p style={{fontSize: '1.75rem'}}>`) en gevolgd door tekst: ze lijkt een kop, maar een schermlezer kent haar niet als kop. Schrijf een kop als `##`, een citaat met `<Blockquote>`.",
  },
  'video-ondertitels': {
    severity: 'waarschuwing',
    summary:
      'Een eigen video (`<video>`) heeft geen ondertitels (`<track kind="captions">`). Wordt er gesproken, dan zijn ze nodig voor wie doof of slechthorend is.',
  },
  video: {
    severity: 'fout',
    summary:
      'Een video (`::video-vimeo`, `::video-youtube`) heeft geen titel of geen geldige `id`.',
  },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** One problem found by the check, positioned in a file. */
export interface Problem {
  /** Path relative to the site root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: RuleId;
  message: string;
}

/** Builds a problem with the rule's severity. */
export function problem(
  rule: RuleId,
  file: string,
  position: { line: number; column: number } | undefined,
  message: string,
): Problem {
  return {
    file,
    line: position?.line ?? 1,
    column: position?.column ?? 1,
    severity: RULES[rule].severity,
    rule,
    message,
  };
}
