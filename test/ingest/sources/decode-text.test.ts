import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetOfContentType, decodeText, findMetaCharset } from '../../../src/ingest/sources/decode-text.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { pseudoRandomBytes, sourceErrorOf } from './source-fixtures.js';

/*
 * Bytes → text: the byte order mark, then a declared charset (HTTP header, then <meta>), then
 * strict UTF-8, then GB18030. Binary data must fail instead of coming out as text.
 */

const seed = readFileSync(fromProjectRoot('seeds', 'linzi-2017.txt'), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));
const page = (charsetMeta: string, body: string) =>
  `<!DOCTYPE html>\n<html><head>${charsetMeta}<title>临淄区</title></head><body>${body}</body></html>`;

describe('decoding report bytes', () => {
  it('reads the seed report encoded as GBK with no declaration as GB18030, giving exactly the original text', () => {
    expect(decodeText(gbk(seed), 'seed.gbk')).toEqual({ text: seed, encoding: 'gb18030' });
  });

  it('reads a page declaring gb2312 in <meta http-equiv> to the same string as the undeclared GBK bytes', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', `<pre>\n${seed}</pre>`);
    const bytes = gbk(html);
    expect(findMetaCharset(bytes)).toBe('gb2312');
    const decoded = decodeText(bytes, 'page.html', [findMetaCharset(bytes)]);
    expect(decoded).toEqual({ text: html, encoding: 'gb18030' });
    expect(decoded.text.slice(decoded.text.indexOf('<pre>\n') + 6, decoded.text.indexOf('</pre>'))).toBe(decodeText(gbk(seed), 'seed.gbk').text);
  });

  it('finds <meta charset> and the charset of a Content-Type header', () => {
    expect(findMetaCharset(utf8(page('<meta charset="GBK">', '')))).toBe('GBK');
    expect(findMetaCharset(utf8(page('<meta name="keywords" content="公开">', '')))).toBeNull();
    expect(charsetOfContentType('text/html; charset=GBK')).toBe('GBK');
    expect(charsetOfContentType('text/html;charset="gb2312"')).toBe('gb2312');
    expect(charsetOfContentType('application/pdf')).toBeNull();
  });

  it('reads UTF-8 as UTF-8 and drops a UTF-8 byte order mark', () => {
    expect(decodeText(utf8('收到申请数\t件\t249'), 'a.txt')).toEqual({ text: '收到申请数\t件\t249', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('政府信息公开')]), 'a.txt')).toEqual({ text: '政府信息公开', encoding: 'utf-8' });
  });

  it('reads UTF-16 in either byte order from its byte order mark', () => {
    const text = '政府信息公开\n年度报告';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(decodeText(le, 'le.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be, 'be.txt')).toEqual({ text, encoding: 'utf-16be' });
  });

  it('ignores a declared UTF-8 that the bytes are not, the usual lie of a moved GBK page, and uses the next declaration', () => {
    const html = page('<meta charset="gb2312">', '<p>依申请公开</p>');
    expect(decodeText(gbk(html), 'moved.html', ['utf-8', 'gb2312'])).toEqual({ text: html, encoding: 'gb18030' });
    expect(decodeText(gbk('依申请公开'), 'moved.txt', ['UTF-8'])).toEqual({ text: '依申请公开', encoding: 'gb18030' });
  });

  it('ignores the ISO-8859-1 that web servers send by default', () => {
    expect(decodeText(gbk('依申请公开'), 'default.txt', ['ISO-8859-1'])).toEqual({ text: '依申请公开', encoding: 'gb18030' });
  });

  it('lets the HTTP header win over the page when both are honest', () => {
    const text = '政府資訊公開'; // traditional characters, which Big5 encodes
    expect(decodeText(new Uint8Array(iconv.encode(text, 'big5')), 'x.html', ['big5', 'gb2312'])).toEqual({ text, encoding: 'big5' });
  });

  it('turns CRLF and lone CR line ends into LF', () => {
    expect(decodeText(utf8('一、总体情况\r\n二、主动公开\r三、依申请公开\n'), 'crlf.txt').text).toBe('一、总体情况\n二、主动公开\n三、依申请公开\n');
  });

  it('refuses binary data: NUL bytes, or bytes that decode to mostly control characters', async () => {
    for (const bytes of [new Uint8Array([0x25, 0x00, 0x41, 0x42]), pseudoRandomBytes(4096), pseudoRandomBytes(4096, 7, true)]) {
      const error = await sourceErrorOf(() => decodeText(bytes, 'blob.bin'));
      expect(error.code).toBe('SOURCE_UNREADABLE');
      expect(error.location).toBe('blob.bin');
      expect(error.message).toBe(
        'blob.bin holds binary data, not text; check that it is the report itself (a text file, a web page or a PDF) and not some other file',
      );
    }
  });
});
