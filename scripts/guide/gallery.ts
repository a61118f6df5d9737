/**
 * The examples of the component gallery (docs/bijdragen/onderdelen.mdx):
 * every allowed component, each admonition, the video directives and a
 * mermaid diagram. The page shows each snippet as code and renders the very
 * same snippet next to it. A unit test makes sure every component on the
 * allowlist has an example here.
 */
import {
  ADMONITION_TYPES,
  BUTTON_LINK,
  FALLBACK_ADMONITION,
  SELF_HOSTED_VIDEO,
  STYLE_PROPERTIES,
  VIDEO_DIRECTIVES,
} from '../../src/mdx/rules';

export interface GalleryExample {
  /** Heading of the example. */
  title: string;
  /** Dutch explanation in Markdown. */
  text: string;
  /** The Markdown an author writes; shown and rendered. */
  markdown: string;
  /** Components the snippet uses (for the coverage test). */
  components?: string[];
  /** The import line an author needs, shown above the snippet. */
  importLine?: string;
}

export interface GallerySection {
  title: string;
  intro: string;
  examples: GalleryExample[];
}

const RHC = "import { Naam } from '@rijkshuisstijl-community/components-react';";

function rhcImport(...names: string[]): string {
  return RHC.replace('Naam', names.join(', '));
}

const ADMONITION_TEXT: Readonly<Record<(typeof ADMONITION_TYPES)[number], [string, string]>> = {
  note: ['Goed om te weten', 'Een opmerking naast de hoofdtekst.'],
  tip: ['Tip', 'Een handige aanwijzing voor de lezer.'],
  info: ['Achtergrond', 'Extra informatie of context.'],
  warning: ['Let op', 'Iets waar de lezer rekening mee moet houden.'],
  danger: ['Pas op', 'Een risico, bijvoorbeeld voor veiligheid of privacy.'],
  success: ['Gelukt', 'Een behaald resultaat. (Oud type: gebruik liever note of tip.)'],
};

export const GALLERY: GallerySection[] = [
  {
    title: 'Componenten uit de Rijkshuisstijl',
    intro:
      'Deze onderdelen importeer je bovenaan het artikel, direct onder de frontmatter, met de regel die bij elk voorbeeld staat. Een artikel dat een onderdeel gebruikt, mag eindigen op `.md` of `.mdx`.',
    examples: [
      {
        title: 'Citaat (Blockquote)',
        text: 'Een opvallend citaat met de bron eronder. `variation` kiest de kleur, `attribution` is de bron.',
        importLine: rhcImport('Blockquote'),
        components: ['Blockquote'],
        markdown: `<Blockquote variation="pink-background" attribution="— Uit de NDS">
De kracht van de NDS zit in het centraal afspreken en decentraal uitvoeren.
</Blockquote>`,
      },
      {
        title: 'Melding (Alert)',
        text: 'Een melding die opvalt. `type` is `info`, `ok`, `warning` of `error`.',
        importLine: rhcImport('Alert'),
        components: ['Alert'],
        markdown: `<Alert type="warning">
Deze API verandert per 1 januari. Lees de migratiegids.
</Alert>`,
      },
      {
        title: 'Kaart (Card)',
        text: 'Een kaart die naar een andere pagina verwijst, met een kop, een korte beschrijving en een link.',
        importLine: rhcImport('Card'),
        components: ['Card'],
        markdown: `<Card
  heading="API-register"
  description="Alle API's van de overheid op één plek."
  href="https://apis.developer.overheid.nl/apis"
  linkLabel="Naar het API-register"
/>`,
      },
      {
        title: 'Kop (Heading)',
        text: 'Een kop met een vast niveau. Gebruik in een gewoon artikel liever `##` en `###`: die komen ook in de inhoudsopgave.',
        importLine: rhcImport('Heading'),
        components: ['Heading'],
        markdown: `<Heading level={3}>Aan de slag</Heading>`,
      },
      {
        title: 'Link',
        text: 'Een link in de huisstijl. Een gewone Markdown-link `[tekst](https://…)` ziet er hetzelfde uit en is meestal genoeg.',
        importLine: rhcImport('Link'),
        components: ['Link'],
        markdown: `Lees de <Link href="https://www.digitaleoverheid.nl/nederlandse-digitaliseringsstrategie-nds/">Nederlandse Digitaliseringsstrategie</Link>.`,
      },
      {
        title: 'Icoon (Icon)',
        text: 'Een icoon uit de Rijkshuisstijl, bij naam. Een icoon is versiering: zet de betekenis altijd ook in tekst.',
        importLine: rhcImport('Icon'),
        components: ['Icon'],
        markdown: `<Icon icon="blog" /> Nieuw op het blog`,
      },
      {
        title: 'Lijst met links (LinkList, LinkListLink)',
        text: 'Een rij links, bijvoorbeeld om verder te lezen.',
        importLine: rhcImport('LinkList', 'LinkListLink'),
        components: ['LinkList', 'LinkListLink'],
        markdown: `<LinkList>
  <LinkListLink href="https://www.digitaleoverheid.nl/">Digitale Overheid</LinkListLink>
  <LinkListLink href="https://developer.overheid.nl/">developer.overheid.nl</LinkListLink>
</LinkList>`,
      },
    ],
  },
  {
    title: 'Componenten van de site',
    intro: 'Deze onderdelen komen van Docusaurus, de software van de site.',
    examples: [
      {
        title: 'Tabbladen (Tabs, TabItem)',
        text: 'Inhoud in tabbladen, bijvoorbeeld dezelfde opdracht voor verschillende systemen. Laat een witregel rond de tekst in elk tabblad.',
        importLine: "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';",
        components: ['Tabs', 'TabItem'],
        markdown: `<Tabs>
  <TabItem value="npm" label="npm" default>

\`\`\`bash
npm install
\`\`\`

  </TabItem>
  <TabItem value="yarn" label="Yarn">

\`\`\`bash
yarn install
\`\`\`

  </TabItem>
</Tabs>`,
      },
      {
        title: 'Overzicht van pagina’s (DocCardList)',
        text: 'Kaarten naar de andere pagina’s van dezelfde map in de kennisbank. Werkt alleen op een kennisbankpagina, niet in een blogartikel.',
        importLine: "import DocCardList from '@theme/DocCardList';",
        components: ['DocCardList'],
        markdown: `<DocCardList />`,
      },
    ],
  },
  {
    title: 'Kaders',
    intro:
      'Een kader zet tekst apart. Je hoeft niets te importeren. De titel tussen blokhaken mag weg; dan krijgt het kader de standaardtitel.',
    examples: ADMONITION_TYPES.map((type) => ({
      title: `:::${type}`,
      text: ADMONITION_TEXT[type][1],
      markdown: `:::${type}[${ADMONITION_TEXT[type][0]}]
${ADMONITION_TEXT[type][1]}
:::`,
    })),
  },
  {
    title: 'Video',
    intro:
      'Een video zet je op een eigen regel, met de titel tussen blokhaken en de id uit het webadres van de video. De lezer ziet eerst een afbeelding met een knop: pas na een klik laadt de video van Vimeo of YouTube, zodat er niets naar die diensten gaat zonder dat de lezer dat wil.',
    examples: Object.keys(VIDEO_DIRECTIVES).map((name) => ({
      title: `::${name}`,
      text:
        name === 'video-vimeo'
          ? 'Voor `https://vimeo.com/981808944` is de id `981808944`.'
          : 'Voor `https://www.youtube.com/watch?v=dQw4w9WgXcQ` is de id `dQw4w9WgXcQ`.',
      markdown:
        name === 'video-vimeo'
          ? '::video-vimeo[Digilab over Haven]{id=981808944}'
          : '::video-youtube[Een video op YouTube]{id=dQw4w9WgXcQ}',
    })),
  },
  {
    title: 'Een eigen video',
    intro: `Een video die je zelf hebt, zet je als bestand naast het artikel (in \`img/\`, net als afbeeldingen) en toon je met \`<video>\`. De lezer krijgt de speler van de eigen browser: met knoppen, met het toetsenbord te bedienen, en met ondertitels als je een \`<track>\` met een WebVTT-bestand toevoegt. Een video speelt nooit vanzelf: ${SELF_HOSTED_VIDEO.droppedAttributes[0]} laat de site weg, en vooraf laadt hij hooguit de gegevens (\`preload\`: ${SELF_HOSTED_VIDEO.preload.map((value) => `\`${value}\``).join(' of ')}). Een bestand van een andere website kan niet: de site laadt niets van elders.`,
    examples: [
      {
        title: 'Video met ondertitels',
        text: 'Zet het videobestand (MP4 of WebM) en de ondertitels (`.vtt`) naast het artikel.',
        markdown: `<video controls preload="metadata">
  <source src="./img/demo.webm" type="video/webm" />
  <track kind="captions" src="./img/demo.vtt" srcLang="nl" label="Nederlands" default />
</video>`,
      },
    ],
  },
  {
    title: 'Opmaak en knoppen',
    intro: `Opmaak komt uit de huisstijl. Met \`style\` kun je een paar dingen zelf bijstellen; andere eigenschappen laat de site weg, met een waarschuwing van de controle (\`stijl-eigenschap\`). Toegestaan zijn:

${STYLE_PROPERTIES.map((property) => `- \`${property.name}\`: ${property.values}`).join('\n')}

Een kader dat niet bestaat (zoals \`:::Oproep\`) toont de site als \`:::${FALLBACK_ADMONITION}\` met dat woord als titel.`,
    examples: [
      {
        title: 'Groot citaat (style)',
        text: 'Een alinea in een grotere letter uit de typeschaal, gecentreerd.',
        markdown: `<p style={{fontSize: '1.75rem', textAlign: 'center'}}>Open source is de standaard, niet de uitzondering.</p>`,
      },
      {
        title: 'Knop (link in de vorm van een knop)',
        text: `Een link die eruitziet als een knop, voor één duidelijke oproep. Schrijf \`class="${BUTTON_LINK.marker} ${Object.keys(BUTTON_LINK.variants)[0]}"\` (of \`${Object.keys(BUTTON_LINK.variants)[1]}\` voor de rustige variant); de site maakt er de knop uit de huisstijl van. De tekst zegt waar de link heen gaat.`,
        markdown: `<a class="${BUTTON_LINK.marker} ${Object.keys(BUTTON_LINK.variants)[0]}" href="/blog">Lees alle artikelen</a>`,
      },
    ],
  },
  {
    title: 'Diagrammen, tabellen en lijsten',
    intro: 'Gewone Markdown, zonder import.',
    examples: [
      {
        title: 'Diagram (mermaid)',
        text: 'Een diagram schrijf je als tekst in een codeblok met `mermaid`. Zie de [documentatie van Mermaid](https://mermaid.js.org/intro/) voor alle soorten diagrammen.',
        markdown: `\`\`\`mermaid
graph LR
  A[Aanbieder] -->|API| B[API-register]
  B --> C[Ontwikkelaar]
\`\`\``,
      },
      {
        title: 'Tabel',
        text: 'Een tabel met een kopregel. Houd tabellen smal: op een telefoon schuift de lezer anders opzij.',
        markdown: `| Standaard | Waarvoor |
| --- | --- |
| OpenAPI | API's beschrijven |
| Haven | Kubernetes-platforms |`,
      },
      {
        title: 'Voetnoot',
        text: 'Een voetnoot komt onderaan de pagina, met een link terug.',
        markdown: `Haven is een open standaard.[^haven]

[^haven]: Zie [haven.commonground.nl](https://haven.commonground.nl/).`,
      },
      {
        title: 'Takenlijst',
        text: 'Een lijst met vinkjes.',
        markdown: `- [x] API beschreven in OpenAPI
- [ ] API aangemeld in het API-register`,
      },
    ],
  },
];
