import { randomUUID } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';

/**
 * An answer's `data` that the database already wrote as JSON text (json-text.ts). It passes
 * through Apollo's pipeline as an opaque object and is put into the response body as it is:
 * half a megabyte of dashboard is then neither parsed nor stringified on the gateway.
 *
 * JSON.rawJSON would do this natively, but Node 20 does not have it; so the object stringifies
 * to a placeholder no real answer can contain (a random id after a NUL), which
 * `stringifyResult` replaces by the text.
 */
export class DataText {
  constructor(readonly text: string) {}

  toJSON(): string {
    return PLACEHOLDER;
  }
}

const PLACEHOLDER = `\u0000sql-json-data:${randomUUID()}`;
const STRINGIFIED_PLACEHOLDER = JSON.stringify(PLACEHOLDER);

/** JSON.stringify of an answer, with `data` written from the database's text where it came from there. */
export function stringifyAnswer(answer: FormattedExecutionResult): string {
  const json = JSON.stringify(answer);
  const { data } = answer as { data?: unknown };
  // `data` is written before `extensions`, and errors never come with a DataText: the first match is the placeholder.
  return data instanceof DataText ? json.replace(STRINGIFIED_PLACEHOLDER, () => data.text) : json;
}

/** Apollo's `stringifyResult`: its own form (JSON and a newline) with the data text in place. */
export const stringifyResult = (result: FormattedExecutionResult) => `${stringifyAnswer(result)}\n`;
