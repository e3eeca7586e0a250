import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportSource } from '../../../src/ingest/sources/read-report-source.js';
import { latinPdf } from './pdf-fixtures.js';
import { sourceErrorOf, startLocalServer } from './source-fixtures.js';

/*
 * URLs → ReportText, against a server on 127.0.0.1 at an ephemeral port: nothing leaves the
 * machine. Each path plays one behaviour of a government site.
 */

const GBK_PAGE = iconv.encode(
  '<html><head><title>年报</title></head><body><div class="TRS_Editor"><p>　　一、概述</p>' +
    '<table><tr><td>收到申请数</td><td>件</td><td>249</td></tr></table></div></body></html>',
  'gbk',
);
let pdf: Uint8Array;
const pending: ServerResponse[] = [];

const send = (response: ServerResponse, status: number, headers: Record<string, string | number>, body?: Uint8Array | string) => {
  response.writeHead(status, headers);
  response.end(body);
};

let server: Awaited<ReturnType<typeof startLocalServer>>;
beforeAll(async () => {
  pdf = await latinPdf([[{ text: 'Applications received', x: 60, y: 700 }, { text: 'items', x: 300, y: 700 }, { text: '249', x: 400, y: 700 }]]);
  server = await startLocalServer((request, response) => {
    switch (request.url) {
      case '/gbk.html':
        return send(response, 200, { 'content-type': 'text/html; charset=GBK' }, GBK_PAGE);
      case '/download?id=7':
        return send(response, 200, { 'content-type': 'application/octet-stream' }, pdf);
      case '/old/report.htm':
        return send(response, 302, { location: '/gbk.html' });
      case '/hang':
        return void pending.push(response); // never answered
      case '/big':
        return send(response, 200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': 5000 }, 'x'.repeat(5000));
      case '/big-chunked':
        // No Content-Length: the cap has to hold while the body streams in.
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        for (let i = 0; i < 10; i++) response.write('y'.repeat(1000));
        return response.end();
      default:
        return send(response, 404, { 'content-type': 'text/html' }, '<h1>404 Not Found</h1>');
    }
  });
});
afterAll(() => server?.stop());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('reading a report from a URL', () => {
  it('decodes a GBK page by its Content-Type charset and renders its table rows', async () => {
    expect(await readReportSource(server.url('/gbk.html'))).toEqual({
      text: '　　一、概述\n收到申请数\t件\t249',
      origin: { kind: 'url', location: server.url('/gbk.html'), mediaType: 'text/html', encoding: 'gb18030', sha256: sha256(GBK_PAGE) },
    });
  });

  it('reads a PDF sent as application/octet-stream by its bytes', async () => {
    expect(await readReportSource(server.url('/download?id=7'))).toEqual({
      text: 'Applications received\titems\t249',
      origin: { kind: 'url', location: server.url('/download?id=7'), mediaType: 'application/pdf', encoding: null, sha256: sha256(pdf) },
    });
  });

  it('follows a redirect and records where the bytes finally came from', async () => {
    const result = await readReportSource(server.url('/old/report.htm'));
    expect(result.text).toBe('　　一、概述\n收到申请数\t件\t249');
    expect(result.origin.location).toBe(server.url('/gbk.html'));
  });

  it('calls a 404 FETCH_FAILED, naming the status', async () => {
    const url = server.url('/gone.pdf');
    const error = await sourceErrorOf(readReportSource(url));
    expect({ code: error.code, location: error.location, message: error.message }).toEqual({
      code: 'FETCH_FAILED',
      location: url,
      message: `${url} answered HTTP 404 Not Found; check the address: the report may have moved or been taken down`,
    });
  });

  it('gives up on a server that never answers after timeoutMs', async () => {
    const url = server.url('/hang');
    const started = Date.now();
    const error = await sourceErrorOf(readReportSource(url, { timeoutMs: 200 }));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe(
      `${url} did not answer within 200 ms; check that the address is right and the site is up, or allow longer with the timeoutMs option`,
    );
  });

  it('refuses a body over maxBytes, whether announced by Content-Length or only seen while streaming', async () => {
    const announced = await sourceErrorOf(readReportSource(server.url('/big'), { maxBytes: 1000 }));
    expect(announced.code).toBe('FETCH_FAILED');
    expect(announced.message).toBe(
      `${server.url('/big')} is 4.9 KB, over the limit of 1000 bytes; check that it is the report, and if so allow more with the maxBytes option`,
    );
    const streamed = await sourceErrorOf(readReportSource(server.url('/big-chunked'), { maxBytes: 1000 }));
    expect(streamed.code).toBe('FETCH_FAILED');
    expect(streamed.message).toBe(
      `${server.url('/big-chunked')} is more than 1000 bytes, over the limit of 1000 bytes; check that it is the report, and if so allow more with the maxBytes option`,
    );
  });

  it('calls a refused connection FETCH_FAILED with the reason', async () => {
    const closed = await startLocalServer(() => undefined);
    const url = closed.url('/report.pdf');
    await closed.stop();
    const error = await sourceErrorOf(readReportSource(url));
    expect(error.code).toBe('FETCH_FAILED');
    expect(error.message).toBe(`${url} could not be fetched (ECONNREFUSED); check the address and the network connection`);
  });
});
