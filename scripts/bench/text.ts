/**
 * Deterministic Dutch text for the benchmarks: a small PRNG and sentences
 * about the subjects this blog writes about. Shared by `npm run bench:search`
 * (HTML posts), and through scripts/bench/corpus.ts by `npm run bench:content`
 * and `npm run bench` (Markdown posts). Same seed, same text, on every machine.
 */

/** Small deterministic PRNG (mulberry32), so every run writes the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `list`, chosen by `rnd`. */
export function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

/** An integer from `min` to `max`, both included. */
export function between(rnd: () => number, min: number, max: number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}

/** `count` different elements of `list`, in the order drawn. */
export function pickDistinct<T>(rnd: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
  }
  return chosen;
}

export const SUBJECTS = [
  'De overheid',
  'Elke gemeente',
  'Het team van Digilab',
  'Een ontwikkelaar bij de provincie',
  'De ontwikkelaars van Logius',
  'Het waterschap',
  'Een architect',
  'De Rijksoverheid',
  'Het platformteam',
  'Iedere uitvoeringsorganisatie',
  'De community rond NL Design System',
  'Een product owner',
];
export const VERBS = [
  'publiceert',
  'ontwikkelt',
  'beheert',
  'test',
  'documenteert',
  'deelt',
  'verbetert',
  'migreert',
  'beveiligt',
  'automatiseert',
  'toetst',
  'hergebruikt',
];
export const OBJECTS = [
  'een API volgens de API Design Rules',
  'de digitale infrastructuur',
  'open-source software',
  'een Kubernetes-cluster volgens de Haven-standaard',
  'de gegevens in het Federatief Datastelsel',
  'één gedeelde bouwsteen',
  'een OAuth-koppeling met OpenID Connect',
  'de toegankelijkheid van formulieren',
  'een taalmodel voor de dienstverlening',
  'de cloudomgeving met Infra as Code',
  'een nieuwe versie van de standaard',
  'de logboeken van datagebruik',
  'het ontwerpsysteem voor websites',
  'een publieke code-repository',
  'efficiënte koppelingen tussen registers',
];
export const ADVERBIALS = [
  'samen met marktpartijen',
  'voor burgers en ondernemers',
  'zonder leveranciersafhankelijkheid',
  'in de praktijk',
  'binnen twee weken',
  'met aandacht voor privacy',
  'als één overheid',
  'op basis van open standaarden',
  'in een proeftuin',
  'volgens de Nederlandse Digitaliseringsstrategie',
  'met ideeën uit de community',
  'om digitale autonomie te versterken',
];
export const CLOSERS = [
  'Dat scheelt tijd en geld.',
  'Zo creëren we een solide basis.',
  'De resultaten staan op GitHub.',
  'Feedback is welkom via het forum.',
  'Het project loopt nog tot het einde van het jaar.',
  'Daarmee is de drempel voor nieuwe teams lager.',
  'Ook andere organisaties kunnen hiermee aan de slag.',
];
export const HEADINGS = [
  'Waarom dit ertoe doet',
  'Hoe het werkt',
  'Wat we hebben geleerd',
  'Aan de slag',
  'Veelgestelde vragen',
  'De volgende stap',
  'Techniek onder de motorkap',
];
export const TITLE_TOPICS = [
  'API Design Rules',
  'Haven',
  'OAuth en OpenID Connect',
  'het Federatief Datastelsel',
  'digitale toegankelijkheid',
  'open source bij de overheid',
  'Infra as Code',
  'soevereine cloud',
  'taalmodellen',
  'NL Design System',
  'logboek dataverwerkingen',
  'Common Ground',
];
export const TITLE_FORMS = [
  'Zo werk je met {t}',
  'Vijf lessen over {t}',
  '{t} in de praktijk',
  'Wat ontwikkelaars moeten weten over {t}',
  'Nieuw in {t}',
  '{t}: een tussenstand',
];

/** One sentence: subject, verb, object and adverbial. */
export function sentence(rnd: () => number): string {
  return `${pick(rnd, SUBJECTS)} ${pick(rnd, VERBS)} ${pick(rnd, OBJECTS)} ${pick(rnd, ADVERBIALS)}.`;
}

/** `count` sentences, now and then followed by a short closing remark, joined by spaces. */
export function sentences(rnd: () => number, count: number): string {
  const result: string[] = [];
  for (let k = 0; k < count; k += 1) {
    result.push(sentence(rnd));
    if (rnd() < 0.2) result.push(pick(rnd, CLOSERS));
  }
  return result.join(' ');
}

/** A post title about one of the topics. */
export function title(rnd: () => number): string {
  const topic = pick(rnd, TITLE_TOPICS);
  const text = pick(rnd, TITLE_FORMS).replace('{t}', topic);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
