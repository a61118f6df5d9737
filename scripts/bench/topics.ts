/**
 * Topical Dutch text for `npm run bench:search`: posts whose words are spread
 * over the corpus the way a real blog's are, so a search benchmark measures
 * the queries readers type.
 *
 * The sentences of scripts/bench/text.ts draw every phrase from one small
 * pool, so every content word is in nearly every post ("digitale" matched
 * 4,998 of 5,000 pages). That is fine for the build benchmarks, which do not
 * search, but it makes every query a worst case. In a real blog a topic word
 * ("Haven", "OAuth") is in the posts about that topic and in a few that
 * mention it in passing, general words ("digitale", "overheid") are in most
 * posts, and names (places, projects) are rare. Here:
 *
 * - every post has one or two of {@link TOPICS}; most of its sentences are
 *   about them, some mention another topic, the rest are general;
 * - general phrases ({@link GENERAL_OBJECTS}) carry the common words;
 * - about one sentence in four names a place or a project made up from
 *   syllables ({@link rareName}), so the index has a long tail of rare words.
 *
 * Same seed, same text on every machine.
 */
import { ADVERBIALS, CLOSERS, pick, SUBJECTS as TEXT_SUBJECTS, VERBS } from './text';

/** A topic: its name (used in titles) and the terms only posts about it use often. */
export interface Topic {
  name: string;
  terms: readonly string[];
}

// One line per topic reads as a table; Prettier would spread each over eight.
// prettier-ignore
export const TOPICS: readonly Topic[] = [
  { name: 'API Design Rules', terms: ['de API Design Rules', 'een REST-API', 'de OpenAPI-specificatie', 'versiebeheer van endpoints', 'de API-linter'] },
  { name: 'Haven', terms: ['de Haven-standaard', 'een Kubernetes-cluster', 'Haven-compliancy', 'het clusterbeheer', 'de Helm-charts'] },
  { name: 'OAuth en OpenID Connect', terms: ['een OAuth-koppeling', 'OpenID Connect', 'de autorisatieserver', 'een toegangstoken', 'het NL GOV-profiel'] },
  { name: 'het Federatief Datastelsel', terms: ['het Federatief Datastelsel', 'de datacatalogus', 'de stelselfuncties', 'een gegevensdienst', 'de FDS-afspraken'] },
  { name: 'digitale toegankelijkheid', terms: ['de toegankelijkheid van formulieren', 'de WCAG-richtlijnen', 'een toegankelijkheidsverklaring', 'de schermlezer', 'het kleurcontrast'] },
  { name: 'open source bij de overheid', terms: ['open-source software', 'een publieke code-repository', 'de EUPL-licentie', 'de softwarecatalogus', 'het beleid voor open source'] },
  { name: 'Infra as Code', terms: ['Infra as Code', 'de Terraform-modules', 'een declaratieve configuratie', 'de pijplijn voor uitrol', 'het OpenTofu-project'] },
  { name: 'soevereine cloud', terms: ['de soevereine cloud', 'een Europese cloudaanbieder', 'de exit-strategie', 'de datalocatie', 'het cloudbeleid'] },
  { name: 'taalmodellen', terms: ['een taalmodel', 'de GPT-NL-ontwikkeling', 'een chatbot voor vragen', 'de trainingsdata', 'het algoritmeregister'] },
  { name: 'NL Design System', terms: ['het NL Design System', 'de designtokens', 'een huisstijlthema', 'de componentenbibliotheek', 'de Rijkshuisstijl'] },
  { name: 'logboek dataverwerkingen', terms: ['het logboek dataverwerkingen', 'de verwerkingsregistratie', 'een logregel per verwerking', 'de bewaartermijn', 'de verantwoording aan burgers'] },
  { name: 'Common Ground', terms: ['Common Ground', 'het vijflagenmodel', 'de componentencatalogus', 'een gemeentelijke bouwsteen', 'de Common Ground-principes'] },
  { name: 'DigiD en eHerkenning', terms: ['DigiD', 'eHerkenning', 'het inlogmiddel', 'het betrouwbaarheidsniveau', 'de machtigingsvoorziening'] },
  { name: 'Basisregistraties', terms: ['de Basisregistratie Personen', 'het Kadaster', 'de basisregistraties', 'de BAG-gegevens', 'een terugmelding'] },
  { name: 'Digikoppeling', terms: ['Digikoppeling', 'de ebMS-berichten', 'het REST-API-profiel', 'de PKIoverheid-certificaten', 'de koppelvlakstandaard'] },
  { name: 'FSC', terms: ['Federated Service Connectivity', 'het FSC-contract', 'de directory van diensten', 'een outway', 'de inway'] },
  { name: 'het Developer Portal', terms: ['het Developer Portal', 'het API-register', 'de repository-index', 'de zoekfunctie van het portaal', 'de API-documentatie'] },
  { name: 'Kubernetes-beveiliging', terms: ['de netwerkpolicies', 'een podbeveiligingsstandaard', 'het geheimenbeheer', 'de image-scanning', 'de admission-controller'] },
  { name: 'GitHub en GitLab', terms: ['de GitHub-organisatie', 'een GitLab-instantie', 'de pull-request', 'de code-review', 'de issue-tracker'] },
  { name: 'CI/CD', terms: ['de CI-pijplijn', 'een geautomatiseerde test', 'de release-workflow', 'de build-cache', 'de uitroltrein'] },
  { name: 'observability', terms: ['de observability-stack', 'een Prometheus-metriek', 'de Grafana-dashboards', 'de tracing met OpenTelemetry', 'de alertregels'] },
  { name: 'de EU-verordeningen', terms: ['de AI-verordening', 'de Data Act', 'de Cyberweerbaarheidsverordening', 'de NIS2-richtlijn', 'de Interoperabele Europa-verordening'] },
  { name: 'privacy by design', terms: ['privacy by design', 'een DPIA', 'de dataminimalisatie', 'de pseudonimisering', 'de AVG-grondslag'] },
  { name: 'Linked Data', terms: ['Linked Data', 'een RDF-model', 'de SPARQL-endpoint', 'de begrippenkaders', 'het semantisch model'] },
  { name: 'Open Data', terms: ['de open data', 'het dataportaal', 'een CSV-download', 'de datasetbeschrijving', 'de DCAT-metadata'] },
  { name: 'Mijn Overheid', terms: ['MijnOverheid', 'de Berichtenbox', 'een lopende zaak', 'de persoonlijke gegevens', 'het notificatiebericht'] },
  { name: 'Zaakgericht werken', terms: ['het zaakgericht werken', 'de Zaken-API', 'de ZGW-standaarden', 'een zaaktype', 'het documentbeheer'] },
  { name: 'Notificaties', terms: ['de Notificatierouteringscomponent', 'een abonnement op berichten', 'de webhook', 'het notificatieprotocol', 'de berichtkanalen'] },
  { name: 'Haal Centraal', terms: ['Haal Centraal', 'de BRP-bevragen-API', 'de bevragingen bij de bron', 'het verwijzingsmodel', 'de Haal Centraal-specificaties'] },
  { name: 'digitale identiteit', terms: ['de EDI-wallet', 'de Europese digitale identiteit', 'een verifieerbaar attest', 'de selectieve onthulling', 'de wallet-app'] },
  { name: 'quantumveiligheid', terms: ['de post-quantumcryptografie', 'een cryptografische inventaris', 'de migratie van sleutels', 'het quantumrisico', 'de cryptografische wendbaarheid'] },
  { name: 'duurzame IT', terms: ['de duurzame IT', 'het energieverbruik van datacenters', 'de CO2-voetafdruk', 'de levensduur van laptops', 'de groene software'] },
  { name: 'low-code', terms: ['het low-codeplatform', 'een visuele procesbouwer', 'de burgerontwikkelaar', 'de modelgedreven aanpak', 'de vendor lock-in'] },
  { name: 'GraphQL', terms: ['GraphQL', 'het GraphQL-schema', 'de resolvers', 'een gefedereerde graaf', 'de querycomplexiteit'] },
  { name: 'het Gemeentelijk Gegevensmodel', terms: ['het Gemeentelijk Gegevensmodel', 'de informatiemodellen', 'het MIM-metamodel', 'de UML-diagrammen', 'de gegevensdefinities'] },
  { name: 'publiccode.yml', terms: ['het publiccode.yml-bestand', 'de metadata van de repository', 'de onderhoudsstatus', 'de contactpersoon van het project', 'de hergebruiksgraad'] },
  { name: 'RegelRecht', terms: ['de regels als code', 'een juridische specificatie', 'de wetsanalyse', 'de beslisregels', 'het rekenmodel voor toeslagen'] },
  { name: 'Standaardisatie', terms: ['het Forum Standaardisatie', 'de pas-toe-of-leg-uitlijst', 'een open standaard', 'de toetsingsprocedure', 'de adoptiemonitor'] },
  { name: 'webbeveiliging', terms: ['de Content-Security-Policy', 'de Internet.nl-test', 'een HSTS-header', 'de DNSSEC-ondertekening', 'het RPKI-beleid'] },
  { name: 'Digilab', terms: ['het Digilab', 'een experiment in de proeftuin', 'de demonstratieomgeving', 'de innovatiebudgetten', 'de vernieuwingsagenda'] },
];

/**
 * Who does something: text.ts's subjects without the two that name a topic
 * (Digilab, NL Design System), so topic words stay with their topics.
 */
const SUBJECTS = TEXT_SUBJECTS.map((subject) =>
  subject.replace(/ van Digilab$| rond NL Design System$/, ''),
);

/** General phrases: common words every kind of post uses, no topic words. */
export const GENERAL_OBJECTS = [
  'de digitale infrastructuur',
  'één gedeelde bouwsteen',
  'een nieuwe versie van de standaard',
  'de dienstverlening aan burgers',
  'efficiënte koppelingen tussen systemen',
  'de documentatie voor ontwikkelaars',
  'de architectuur van het platform',
  'de samenwerking tussen teams',
  'een prototype voor de organisatie',
  'de kwaliteit van de software',
];

const SYLLABLES = [
  'ber',
  'dam',
  'dor',
  'vel',
  'ho',
  'ven',
  'mer',
  'wijk',
  'lan',
  'broek',
  'sted',
  'kamp',
  'zand',
  'ste',
  'rijn',
  'gou',
  'lo',
  'na',
  'ker',
  'wa',
  'te',
  'ling',
  'bos',
  'heem',
];
const RARE_KINDS = ['gemeente', 'project', 'programma', 'regio', 'waterschap', 'platform'];

/** A made-up name of a place or project, from 2–3 syllables: thousands of distinct rare words. */
export function rareName(rnd: () => number): string {
  const count = 2 + Math.floor(rnd() * 2);
  let name = '';
  for (let k = 0; k < count; k += 1) name += pick(rnd, SYLLABLES);
  return `${pick(rnd, RARE_KINDS)} ${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** The object of a sentence in a post about `topics`. */
function object(rnd: () => number, topics: readonly Topic[]): string {
  const roll = rnd();
  if (roll < 0.6) return pick(rnd, pick(rnd, topics).terms);
  if (roll < 0.7) return pick(rnd, pick(rnd, TOPICS).terms);
  return pick(rnd, GENERAL_OBJECTS);
}

/** One sentence of a post about `topics`. */
export function topicalSentence(rnd: () => number, topics: readonly Topic[]): string {
  const where = rnd() < 0.25 ? ` bij ${rareName(rnd)}` : '';
  return `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${object(rnd, topics)}${where} ${pick(rnd, ADVERBIALS)}.`;
}

/** `count` sentences of a post about `topics`, now and then with a closing remark. */
export function topicalSentences(
  rnd: () => number,
  topics: readonly Topic[],
  count: number,
): string {
  const result: string[] = [];
  for (let k = 0; k < count; k += 1) {
    result.push(topicalSentence(rnd, topics));
    if (rnd() < 0.2) result.push(pick(rnd, CLOSERS));
  }
  return result.join(' ');
}

/** One or two different topics for a post. */
export function postTopics(rnd: () => number): Topic[] {
  const first = pick(rnd, TOPICS);
  if (rnd() < 0.5) return [first];
  const second = pick(rnd, TOPICS);
  return second === first ? [first] : [first, second];
}
