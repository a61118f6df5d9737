/**
 * The frontmatter schema of blog posts and kennisbank pages: the one source
 * for `npm run check:content` and for the generated reference page
 * docs/bijdragen/frontmatter.md (scripts/generate-frontmatter-reference.ts).
 *
 * A declarative table rather than a validation library: every field needs a
 * Dutch explanation and example for the guide and Dutch messages pointing at
 * the exact line, which a table states more plainly than a schema DSL.
 */
import { PREVIEW_DRAFT_KEY, VISIBILITY_HELP } from '../../src/lib/visibility';

export type ContentKind = 'blog' | 'kennisbank';

export type FieldType =
  | 'text'
  | 'boolean'
  | 'date'
  | 'integer'
  | 'number'
  | 'text-list'
  | 'author-keys'
  | 'tag-keys'
  | 'image'
  | 'nullable-text';

export interface FieldSpec {
  key: string;
  type: FieldType;
  /** Which kinds of content may use the field. */
  kinds: readonly ContentKind[];
  /** Kinds for which the field must be present. */
  requiredFor?: readonly ContentKind[];
  /** Dutch explanation for the guide. */
  description: string;
  /** A YAML line as an author would write it. */
  example: string;
  /** Inclusive bounds for integers. */
  min?: number;
  max?: number;
  /** Text readers see (and the page head, feeds and search): no markup (rule `html-in-tekst`). */
  plainText?: true;
}

/** Bounds of a good `description` (a warning outside them). */
export const DESCRIPTION_LENGTH = { min: 50, max: 300 } as const;

export const FRONTMATTER_FIELDS: readonly FieldSpec[] = [
  {
    key: 'title',
    type: 'text',
    kinds: ['blog', 'kennisbank'],
    description:
      'De titel. Mag ontbreken als de tekst begint met een kop `# Titel`; één van beide is verplicht.',
    example: 'title: Haven en Infra as Code',
    plainText: true,
  },
  {
    key: 'description',
    type: 'text',
    kinds: ['blog', 'kennisbank'],
    description: `Korte samenvatting voor zoekmachines en sociale media, ${DESCRIPTION_LENGTH.min} tot ${DESCRIPTION_LENGTH.max} tekens. Ontbreekt ze, dan gebruikt de site de tekst vóór \`<!-- truncate -->\` (de check waarschuwt dan).`,
    example:
      'description: Wat de Nederlandse Digitaliseringsstrategie betekent voor ontwikkelaars bij de overheid.',
    plainText: true,
  },
  {
    key: 'authors',
    type: 'author-keys',
    kinds: ['blog'],
    requiredFor: ['blog'],
    description:
      'Eén of meer auteurs, als sleutel uit `blog/authors.yml`. Een nieuwe auteur voeg je toe aan `blog/authors.yml`, met ten minste `name` (`npm run new-post` doet dat voor je).',
    example: 'authors: [martin-van-der-plas, tom-ootes]',
  },
  {
    key: 'tags',
    type: 'tag-keys',
    kinds: ['blog'],
    description:
      'Onderwerpen, als sleutels uit `blog/tags.yml`. Mag leeg zijn (`tags: []`). Een nieuwe tag voeg je toe aan `blog/tags.yml`, met `label` en `description` (`npm run new-post` doet dat voor je).',
    example: 'tags: [api, haven]',
  },
  {
    key: 'date',
    type: 'date',
    kinds: ['blog'],
    description:
      'Publicatiedatum als `JJJJ-MM-DD` (eventueel met tijd). Zonder dit veld geldt de datum uit het pad `blog/JJJJ/MM/DD-…`. Een datum in de toekomst mag alleen bij een concept.',
    example: 'date: 2025-07-15',
  },
  {
    key: 'draft',
    type: 'boolean',
    kinds: ['blog', 'kennisbank'],
    description: VISIBILITY_HELP.draft,
    example: 'draft: true',
  },
  {
    key: 'unlisted',
    type: 'boolean',
    kinds: ['blog', 'kennisbank'],
    description: VISIBILITY_HELP.unlisted,
    example: 'unlisted: true',
  },
  {
    key: 'slug',
    type: 'text',
    kinds: ['blog', 'kennisbank'],
    description:
      'Een eigen webadres in plaats van het adres dat uit het pad volgt. Zelden nodig; let op dat het adres niet al bestaat.',
    example: 'slug: /haven-en-infra-as-code',
  },
  {
    key: 'image',
    type: 'image',
    kinds: ['blog', 'kennisbank'],
    description:
      'Omslagafbeelding: boven de kaart van het artikel in overzichten (bijgesneden tot 16:9) en bij gedeelde links op sociale media. Een pad naast het artikel, zoals `./img/cover.png`. Zonder `image` geldt de eerste afbeelding in het artikel.',
    example: 'image: ./img/cover.png',
  },
  {
    key: 'keywords',
    type: 'text-list',
    kinds: ['blog', 'kennisbank'],
    description: 'Trefwoorden voor zoekmachines.',
    example: 'keywords: [kubernetes, cloud]',
    plainText: true,
  },
  {
    key: 'hide_table_of_contents',
    type: 'boolean',
    kinds: ['blog', 'kennisbank'],
    description: '`true` verbergt de inhoudsopgave naast de tekst.',
    example: 'hide_table_of_contents: true',
  },
  {
    key: 'toc_min_heading_level',
    type: 'integer',
    kinds: ['blog', 'kennisbank'],
    min: 2,
    max: 6,
    description: 'Kleinste kopniveau in de inhoudsopgave (2 tot 6).',
    example: 'toc_min_heading_level: 2',
  },
  {
    key: 'toc_max_heading_level',
    type: 'integer',
    kinds: ['blog', 'kennisbank'],
    min: 2,
    max: 6,
    description: 'Grootste kopniveau in de inhoudsopgave (2 tot 6).',
    example: 'toc_max_heading_level: 3',
  },
  {
    key: 'sidebar_label',
    type: 'text',
    kinds: ['kennisbank'],
    description: 'Kortere naam van de pagina in het menu van de kennisbank.',
    example: 'sidebar_label: Een blog schrijven',
    plainText: true,
  },
  {
    key: 'sidebar_position',
    type: 'number',
    kinds: ['kennisbank'],
    description: 'Plaats van de pagina in het menu van de kennisbank (lager staat hoger).',
    example: 'sidebar_position: 2',
  },
  {
    key: 'hide_title',
    type: 'boolean',
    kinds: ['kennisbank'],
    description: '`true` verbergt de titel bovenaan de pagina.',
    example: 'hide_title: true',
  },
  {
    key: 'pagination_prev',
    type: 'nullable-text',
    kinds: ['kennisbank'],
    description: 'Vorige pagina onderaan (een pagina-id), of `null` voor geen.',
    example: 'pagination_prev: null',
  },
  {
    key: 'pagination_next',
    type: 'nullable-text',
    kinds: ['kennisbank'],
    description: 'Volgende pagina onderaan (een pagina-id), of `null` voor geen.',
    example: 'pagination_next: bijdragen/frontmatter',
  },
];

/**
 * Keys that Docusaurus knows but this site refuses, with the reason an
 * author gets. Anything else outside the table is simply unknown.
 */
export const REFUSED_KEYS: Readonly<Record<string, string>> = {
  mdx: 'het veld mdx zet de MDX-verwerking om (bijvoorbeeld naar HTML zonder controle) en is niet toegestaan',
  [PREVIEW_DRAFT_KEY]: `${PREVIEW_DRAFT_KEY} zet de site zelf in een preview; schrijf draft: true`,
  id: 'gebruik slug voor een eigen webadres',
  author: 'gebruik authors met een sleutel uit blog/authors.yml',
  author_title: 'auteursgegevens staan in blog/authors.yml',
  author_url: 'auteursgegevens staan in blog/authors.yml',
  author_image_url: 'auteursgegevens staan in blog/authors.yml',
  authorURL: 'auteursgegevens staan in blog/authors.yml',
  authorTitle: 'auteursgegevens staan in blog/authors.yml',
  authorImageURL: 'auteursgegevens staan in blog/authors.yml',
  custom_edit_url: 'de bewerk-link volgt vanzelf uit de plek van het bestand',
  last_update: 'de datum van de laatste wijziging komt uit git',
};

/** What an author in `blog/authors.yml` is; `type` picks one (schema.org's Person or Organization). */
export const AUTHOR_TYPES = {
  person: 'een persoon (de standaard)',
  organization: 'een organisatie, zoals Digilab of een ministerie',
} as const;

export type AuthorType = keyof typeof AUTHOR_TYPES;

export type AuthorFieldType = 'text' | 'url' | 'boolean' | 'socials' | 'author-type';

/** A field of an author in `blog/authors.yml`. */
export interface AuthorFieldSpec {
  key: string;
  type: AuthorFieldType;
  required?: boolean;
  /** Dutch explanation for the guide. */
  description: string;
  /** A YAML line as an editor would write it (indented below the author's key). */
  example: string;
  /** Text readers see (and the page head, feeds and search): no markup (rule `html-in-tekst`). */
  plainText?: true;
}

/**
 * The fields of an author in `blog/authors.yml`: what Docusaurus reads, plus
 * `type` for the structured data of a post (src/theme/BlogPostPage/StructuredData).
 */
export const AUTHOR_FIELDS: readonly AuthorFieldSpec[] = [
  {
    key: 'name',
    type: 'text',
    required: true,
    description: 'De naam zoals lezers die zien, bij het artikel en op de auteurspagina.',
    example: 'name: Tom Ootes',
    plainText: true,
  },
  {
    key: 'type',
    type: 'author-type',
    description: `Wat de auteur is: ${Object.entries(AUTHOR_TYPES)
      .map(([value, meaning]) => `\`${value}\` voor ${meaning}`)
      .join(', ')}. Zoekmachines lezen dit in de gegevens bij een artikel.`,
    example: 'type: organization',
  },
  {
    key: 'title',
    type: 'text',
    description: 'Functie of omschrijving, onder de naam.',
    example: 'title: Developer Advocate - developer.overheid.nl',
    plainText: true,
  },
  {
    key: 'description',
    type: 'text',
    description: 'Een korte bio op de auteurspagina.',
    example: 'description: Tom Ootes is Developer Advocate bij developer.overheid.nl.',
    plainText: true,
  },
  {
    key: 'image_url',
    type: 'url',
    description:
      'Een portret dat je zelf mag gebruiken (nooit overgenomen van elders). Zonder portret toont de site de initialen.',
    example: 'image_url: /img/auteurs/tom-ootes.jpg',
  },
  {
    key: 'url',
    type: 'url',
    description: 'Een eigen webadres van de auteur.',
    example: 'url: https://developer.overheid.nl',
  },
  {
    key: 'email',
    type: 'text',
    description: 'Een e-mailadres. Zelden nodig: het staat dan openbaar op de site.',
    example: 'email: redactie@example.org',
  },
  {
    key: 'page',
    type: 'boolean',
    description:
      '`true` geeft de auteur een eigen pagina met al zijn of haar artikelen, zodra er een gepubliceerd artikel is.',
    example: 'page: true',
  },
  {
    key: 'socials',
    type: 'socials',
    description:
      'Accounts op sociale media, per netwerk: een gebruikersnaam (`github`, `linkedin`) of een volledig adres (`website`, `mastodon`).',
    example: 'socials: { github: tomootes, linkedin: tootes }',
  },
];

/** The fields of a tag in `blog/tags.yml` that are text readers see (rule `html-in-tekst`). */
export const TAG_TEXT_FIELDS = ['label', 'description'] as const;

/** Dutch name of an author field type, for messages and the reference page. */
export const AUTHOR_TYPE_LABELS: Readonly<Record<AuthorFieldType, string>> = {
  text: 'tekst',
  url: 'webadres of pad',
  boolean: '`true` of `false`',
  socials: 'blok met netwerk: account',
  'author-type': Object.keys(AUTHOR_TYPES)
    .map((value) => `\`${value}\``)
    .join(' of '),
};

/** The fields a kind of content may use. */
export function fieldsFor(kind: ContentKind): FieldSpec[] {
  return FRONTMATTER_FIELDS.filter((field) => field.kinds.includes(kind));
}

/** Dutch name of a field type, for messages and the reference page. */
export const TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  text: 'tekst',
  boolean: '`true` of `false`',
  date: 'datum (JJJJ-MM-DD)',
  integer: 'geheel getal',
  number: 'getal',
  'text-list': 'lijst van teksten',
  'author-keys': 'lijst van auteurs-sleutels',
  'tag-keys': 'lijst van tag-sleutels',
  image: 'pad naar een afbeelding',
  'nullable-text': 'tekst of `null`',
};
