import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportSource } from '../../../src/ingest/sources/read-report-source.js';
import { fromProjectRoot } from '../../../src/project-root.js';
import { latinPdf, pngBytes } from './pdf-fixtures.js';
import { pseudoRandomBytes, sourceErrorOf, temporaryFolder } from './source-fixtures.js';

/*
 * Files → ReportText: the kind of each file is found from its bytes, name and content, and each
 * failure is the SourceError a user can act on.
 */

const folder = temporaryFolder();
afterAll(() => folder.remove());

const SEED_PATH = fromProjectRoot('seeds', 'linzi-2017.txt');
const PARAGRAPHS = ['临淄区人民政府2017年度政府信息公开工作年度报告', '　　本年度报告根据《条例》编制。', '收到申请数\t件\t249'];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const gbk = (text: string) => iconv.encode(text, 'gbk');

describe('reading a report from a file', () => {
  it('gives the seed text exactly, with the sha256 of its bytes', async () => {
    expect(await readReportSource(SEED_PATH)).toEqual({
      text: readFileSync(SEED_PATH, 'utf8'),
      origin: {
        kind: 'file',
        location: SEED_PATH,
        mediaType: 'text/plain',
        encoding: 'utf-8',
        sha256: '2ad137c81066c7e2455a115b635c44c79bff741798ea97d188da95c7e87e15f9',
      },
    });
  });

  it('accepts a file: URL', async () => {
    expect((await readReportSource(pathToFileURL(SEED_PATH).href)).origin.location).toBe(SEED_PATH);
  });

  it('reads undeclared GBK text and a gb2312 page without an .html name to the same string', async () => {
    const textBytes = gbk(PARAGRAPHS.join('\r\n'));
    const page =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><div id="zoom">' +
      '<p>临淄区人民政府2017年度政府信息公开工作年度报告</p><p>　　本年度报告根据《条例》编制。</p>' +
      '<table><tr><td>收到申请数</td><td>件</td><td>249</td></tr></table></div></body></html>';
    const pageBytes = gbk(page);
    const fromText = await readReportSource(folder.write('report-gbk.txt', textBytes));
    const fromPage = await readReportSource(folder.write('info.jsp', pageBytes));
    expect(fromText.text).toBe(PARAGRAPHS.join('\n'));
    expect(fromPage.text).toBe(fromText.text);
    expect(fromText.origin).toEqual({ kind: 'file', location: join(folder.dir, 'report-gbk.txt'), mediaType: 'text/plain', encoding: 'gb18030', sha256: sha256(textBytes) });
    expect(fromPage.origin).toEqual({ kind: 'file', location: join(folder.dir, 'info.jsp'), mediaType: 'text/html', encoding: 'gb18030', sha256: sha256(pageBytes) });
  });

  it('reads a PDF by its %PDF- header whatever it is called', async () => {
    const pdf = await latinPdf([[
      { text: 'Applications received', x: 60, y: 700 },
      { text: 'items', x: 300, y: 700 },
      { text: '249', x: 400, y: 700 },
    ]]);
    const result = await readReportSource(folder.write('download.do', pdf));
    expect(result).toEqual({
      text: 'Applications received\titems\t249',
      origin: { kind: 'file', location: join(folder.dir, 'download.do'), mediaType: 'application/pdf', encoding: null, sha256: sha256(pdf) },
    });
  });

  it('calls an empty file EMPTY', async () => {
    const path = folder.write('empty.txt', '');
    const error = await sourceErrorOf(readReportSource(path));
    expect({ code: error.code, location: error.location, message: error.message }).toEqual({
      code: 'EMPTY',
      location: path,
      message: `${path} is empty (0 bytes); check that the file was saved or downloaded completely`,
    });
  });

  it('calls a page with no text EMPTY, pointing at pages filled in by JavaScript', async () => {
    const error = await sourceErrorOf(readReportSource(folder.write('app.html', '<html><body><div id="app"></div><script>render()</script></body></html>')));
    expect(error.code).toBe('EMPTY');
    expect(error.message).toContain('if the page fills in its content with JavaScript, open it in a browser');
  });

  it('calls random binary data SOURCE_UNREADABLE', async () => {
    const error = await sourceErrorOf(readReportSource(folder.write('blob.bin', pseudoRandomBytes(2048))));
    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toContain('holds binary data, not text');
  });

  it('calls a PNG UNSUPPORTED_TYPE by its bytes, even when named .txt, advising OCR', async () => {
    const path = folder.write('report.txt', pngBytes());
    const error = await sourceErrorOf(readReportSource(path));
    expect({ code: error.code, message: error.message }).toEqual({
      code: 'UNSUPPORTED_TYPE',
      message: `${path} is a PNG image, which cannot be read as a report (text, web page or PDF); if it is a scan of the report, convert it to PDF and run OCR on it (for example with ocrmypdf), then import the result`,
    });
  });

  it('calls a Word document UNSUPPORTED_TYPE, advising to save it as PDF or text', async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('\0'.repeat(26) + 'word/document.xml')]);
    const error = await sourceErrorOf(readReportSource(folder.write('report.docx', docx)));
    expect(error.code).toBe('UNSUPPORTED_TYPE');
    expect(error.message).toMatch(/is a Word document \(\.docx\), .*save it as PDF or plain text/);
  });

  it('calls a web page saved under a .pdf name unreadable, saying it is a page', async () => {
    const error = await sourceErrorOf(readReportSource(folder.write('report.pdf', '<!DOCTYPE html><html><body>访问验证</body></html>')));
    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toMatch(/is named or served as a PDF but does not start with %PDF-; it is a web page/);
  });

  it('calls a missing file and a file over maxBytes SOURCE_UNREADABLE', async () => {
    const missing = join(folder.dir, 'missing.txt');
    expect((await sourceErrorOf(readReportSource(missing))).message).toBe(`${missing} does not exist; check the path`);
    const big = folder.write('big.txt', '政府信息公开'.repeat(100));
    const error = await sourceErrorOf(readReportSource(big, { maxBytes: 1000 }));
    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toBe(`${big} is 1.8 KB, over the limit of 1000 bytes; check that it is the report, and if so allow more with the maxBytes option`);
  });
});
