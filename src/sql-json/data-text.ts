import { randomUUID } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';

/**
 * An answer's `data` that the database already wrote as JSON text (json-text.ts). It passes
 * through Apollo's pipeline as an opaque object and is put into the response body as it is:
 * half a megabyte of dashboard is then neither parsed nor stringified on the gateway.
 *
 * JSON.rawJSON would do this natively, but Node 20 does not have it; so the object stringifies
 * to a placeholder no real answer can contain (a random id after a NUL). A text replaces the
 * placeholder in `stringifyResult`. Bytes (UTF-8, as the database sent them) are spliced in when
 * the body is sent (answer-bytes.ts), so they are never decoded at all.
 */
export class DataText {
  constructor(readonly text: string | Buffer) {}

  toJSON(): string {
    return PLACEHOLDER;
  }
}

const PLACEHOLDER = `\u0000sql-json-data:${randomUUID()}`;
const STRINGIFIED_PLACEHOLDER = JSON.stringify(PLACEHOLDER);

/** JSON.stringify of an answer, with `data` written from the database's text where it came from there; bytes stay a placeholder. */
export function stringifyAnswer(answer: FormattedExecutionResult): string {
  const json = JSON.stringify(answer);
  const { data } = answer as { data?: unknown };
  // `data` is written before `extensions`, and errors never come with a DataText: the first match is the placeholder.
  return data instanceof DataText && typeof data.text === 'string' ? json.replace(STRINGIFIED_PLACEHOLDER, () => data.text as string) : json;
}

/** `json` (a stringified answer) cut around the placeholder, as the bytes before and after it; null when it has none. */
export function aroundDataBytes(json: string): [before: Buffer, after: Buffer] | null {
  const at = json.indexOf(STRINGIFIED_PLACEHOLDER);
  return at < 0 ? null : [Buffer.from(json.slice(0, at)), Buffer.from(json.slice(at + STRINGIFIED_PLACEHOLDER.length))];
}

/** The response body of an answer, as Apollo sends it: text, or bytes when the database's came as bytes. */
export function answerBody(answer: FormattedExecutionResult): string | Buffer {
  const json = stringifyResult(answer);
  const { data } = answer as { data?: unknown };
  const bytes = data instanceof DataText && Buffer.isBuffer(data.text) ? data.text : null;
  const around = bytes && aroundDataBytes(json);
  return around ? Buffer.concat([around[0], bytes!, around[1]]) : json;
}

/** Apollo's `stringifyResult`: its own form (JSON and a newline) with the data text in place. */
export const stringifyResult = (result: FormattedExecutionResult) => `${stringifyAnswer(result)}\n`;
