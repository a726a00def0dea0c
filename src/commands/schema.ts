import { UsageError } from '../errors.js';
import { SCHEMA_KINDS, schemaText, type SchemaKind } from '../schema/validate.js';
import { didYouMean } from '../util/text.js';
import type { Io } from '../cli/io.js';

/** `plan schema <kind>`: prints the JSON Schema as shipped. */
export function schemaCommand(kind: string, io: Io): number {
  if (!(SCHEMA_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`Unknown kind \`${kind}\`${didYouMean(kind, SCHEMA_KINDS) || ''}; expected one of ${SCHEMA_KINDS.join(', ')}.`);
  }
  io.stdout.write(schemaText(kind as SchemaKind));
  return 0;
}
