/**
 * The field loop of one entry in authors.yml or tags.yml: a field the site
 * does not know, a value of the wrong kind, and a required field that is
 * missing. The two registries differ only in their schema and wording.
 */
import { problem, type Problem, type RuleId } from '../rules';
import { didYouMean } from '../suggest';

type Position = { line: number; column: number } | undefined;

/** What the loop needs of a field in a registry schema. */
export interface RegistryField {
  key: string;
  required?: boolean;
  example: string;
}

/** One field as written: its name, value and where it stands. */
export interface WrittenField {
  name: string;
  value: unknown;
  /** The field's name. */
  position: Position;
  /** The value, where a misfit is reported; the name when absent. */
  valuePosition?: Position;
}

export interface FieldCheck<F extends RegistryField> {
  rule: RuleId;
  relative: string;
  /** Who the fields belong to, as the message starts: `Auteur jan`, `Tag api`. */
  subject: string;
  schema: readonly F[];
  written: readonly WrittenField[];
  /** Why the value does not fit the field (the end of a sentence), or undefined when it does. */
  misfit: (field: F, value: unknown) => string | undefined;
  /** Where a missing field is reported: the entry's key. */
  entryPosition: Position;
}

/** The problems of one registry entry's fields; known, fitting fields are returned for further checks. */
export function checkFields<F extends RegistryField>(
  check: FieldCheck<F>,
): { problems: Problem[]; fitting: Array<{ field: F; written: WrittenField }> } {
  const { rule, relative, subject, schema } = check;
  const fields = new Map<string, F>(schema.map((field) => [field.key, field]));
  const problems: Problem[] = [];
  const fitting: Array<{ field: F; written: WrittenField }> = [];
  for (const written of check.written) {
    const field = fields.get(written.name);
    if (!field) {
      problems.push(
        problem(
          rule,
          relative,
          written.position,
          `${subject}: het veld ${written.name} kent de site niet.${didYouMean(written.name, fields.keys()) || ` Kies uit: ${[...fields.keys()].join(', ')}.`}`,
        ),
      );
      continue;
    }
    const misfit = check.misfit(field, written.value);
    if (misfit !== undefined) {
      problems.push(
        problem(
          rule,
          relative,
          written.valuePosition ?? written.position,
          `${subject}: ${field.key} ${misfit}`,
        ),
      );
      continue;
    }
    fitting.push({ field, written });
  }
  const present = new Set(check.written.map((written) => written.name));
  for (const field of schema) {
    if (field.required && !present.has(field.key)) {
      problems.push(
        problem(
          rule,
          relative,
          check.entryPosition,
          `${subject}: ${field.key} ontbreekt. Schrijf eronder bijvoorbeeld ${field.example}.`,
        ),
      );
    }
  }
  return { problems, fitting };
}
