import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/sources/decode-text.js';
import { SourceError } from '../../src/ingest/sources/report-source.js';
import { expectOwnError, mangledReport, runOptions, timed } from './arbitraries.js';

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5'] as const;
const LABELS = [
  'utf-8', 'UTF8', 'gbk', 'GB2312', 'gb18030', 'utf-16', 'utf-16le', 'UTF-16BE', 'iso-8859-1', 'windows-1252', 'big5', 'shift_jis',
  'euc-kr', 'utf-32', 'utf-7', 'base64', 'hex', 'binary', 'ucs2', 'cesu8', 'koi8-r', 'bogus', '', ' ', '"gbk"', "'utf-8'", 'x-user-defined',
];

/** Random declared charsets: known labels, nulls and arbitrary strings. */
const declared = fc.array(fc.oneof(fc.constantFrom(...LABELS), fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 12 })), { maxLength: 3 });

/** Random bytes, with a BOM in front some of the time. */
const randomBytes = fc.tuple(fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 3000 })).map(([bom, bytes]) => Uint8Array.from([...bom, ...bytes]));

/** A mangled report encoded in a real encoding, then a few bytes flipped, cut or NUL-ed. */
const mangledBytes = fc
  .tuple(mangledReport, fc.constantFrom(...ENCODINGS), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 10 }), fc.nat())
  .map(([report, encoding, bom, flips, cut]) => {
    const body = iconv.encode(report.text, encoding, { addBOM: bom && encoding.startsWith('utf') });
    const bytes = Uint8Array.from(body);
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    // cut mid-character, possibly an odd length for UTF-16
    return bytes.subarray(0, bytes.length === 0 ? 0 : bytes.length - (cut % Math.min(4, bytes.length)));
  });

function checkDecode(bytes: Uint8Array, charsets: readonly (string | null | undefined)[]): void {
  const outcome = timed(() => decodeText(bytes, 'property://bytes', charsets));
  if (!outcome.ok) return expectOwnError(outcome.error, [SourceError]);
  expect(typeof outcome.value.text).toBe('string');
  expect(outcome.value.text).not.toMatch(/\r/);
  expect(typeof outcome.value.encoding).toBe('string');
}

describe('property: decodeText returns a string or throws SourceError', () => {
  it('on random bytes with random declared charsets', () => {
    fc.assert(fc.property(randomBytes, declared, checkDecode), runOptions(200));
  });
  it('on mangled, re-encoded, corrupted report bytes', () => {
    fc.assert(fc.property(mangledBytes, declared, checkDecode), runOptions(150));
  });
});
