import type { Problem } from './rules';

/** `path:line:column  fout|waarschuwing  rule-id  bericht` */
export function formatProblem(found: Problem): string {
  return `${found.file}:${found.line}:${found.column}  ${found.severity}  ${found.rule}  ${found.message}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A GitHub Actions workflow command that annotates the line in the pull request. */
export function formatAnnotation(found: Problem): string {
  const command = found.severity === 'fout' ? 'error' : 'warning';
  return `::${command} file=${escapeProperty(found.file)},line=${found.line},col=${found.column},title=${escapeProperty(found.rule)}::${escapeData(found.message)}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The closing line, in Dutch. */
export function formatSummary(problems: readonly Problem[], filesChecked: number): string {
  const errors = problems.filter((found) => found.severity === 'fout').length;
  const warnings = problems.length - errors;
  const checked = plural(filesChecked, 'bestand', 'bestanden');
  if (problems.length === 0) {
    return `Geen problemen gevonden in ${checked}.`;
  }
  const files = new Set(problems.map((found) => found.file)).size;
  const verdict =
    errors > 0
      ? 'Los de fouten op; waarschuwingen mogen blijven staan als je er een reden voor hebt.'
      : 'Geen fouten: waarschuwingen houden publicatie niet tegen.';
  return `${plural(errors, 'fout', 'fouten')} en ${plural(warnings, 'waarschuwing', 'waarschuwingen')} in ${plural(files, 'bestand', 'bestanden')} (${checked} gecontroleerd). ${verdict}`;
}
