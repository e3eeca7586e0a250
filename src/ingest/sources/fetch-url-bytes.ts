import { formatBytes, SourceError } from './report-source.js';

/**
 * Downloading a report: redirects followed (government sites move archives between domains and
 * from http to https), the whole exchange bounded by a timeout, and the body by a size cap that
 * is enforced while reading, since a server may send no Content-Length or a wrong one.
 */

export interface FetchedBytes {
  bytes: Uint8Array;
  contentType: string | null;
  /** where the bytes came from after redirects */
  finalUrl: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

const REQUEST_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5',
  'accept-language': 'zh-CN,zh;q=0.9',
  'user-agent': 'disclosure-gateway/0.1 (report importer)',
};

export async function fetchUrlBytes(url: string, limits: FetchLimits): Promise<FetchedBytes> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: REQUEST_HEADERS });
  } catch (error) {
    throw networkError(url, error, signal, limits);
  }
  const finalUrl = response.url || url;
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw statusError(url, finalUrl, response);
  }
  const declaredLength = Number(response.headers.get('content-length'));
  if (declaredLength > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, `${formatBytes(declaredLength)}`, limits);
  }
  const bytes = await readCapped(url, response, signal, limits);
  return { bytes, contentType: response.headers.get('content-type'), finalUrl };
}

async function readCapped(url: string, response: Response, signal: AbortSignal, limits: FetchLimits): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(url, `more than ${formatBytes(limits.maxBytes)}`, limits);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw networkError(url, error, signal, limits);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function networkError(url: string, error: unknown, signal: AbortSignal, limits: FetchLimits): SourceError {
  if (signal.aborted) {
    return new SourceError(
      'FETCH_FAILED',
      url,
      `${url} did not answer within ${formatSeconds(limits.timeoutMs)}; check that the address is right and the site is up, or allow longer with the timeoutMs option`,
      { cause: error },
    );
  }
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, …) is in the cause.
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new SourceError(
    'FETCH_FAILED',
    url,
    `${url} could not be fetched (${reason}); check the address and the network connection`,
    { cause: error },
  );
}

function statusError(url: string, finalUrl: string, response: Response): SourceError {
  const { status } = response;
  const advice =
    status === 404 || status === 410
      ? 'check the address: the report may have moved or been taken down'
      : status === 401 || status === 403
        ? 'the site refused the download (some block automated clients): save the report from a browser and import the file'
        : status >= 500
          ? 'the site failed to serve it: try again later'
          : 'check the address';
  const where = finalUrl !== url ? ` (redirected to ${finalUrl})` : '';
  return new SourceError('FETCH_FAILED', url, `${url}${where} answered HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}; ${advice}`);
}

function tooLarge(url: string, size: string, limits: FetchLimits): SourceError {
  return new SourceError(
    'FETCH_FAILED',
    url,
    `${url} is ${size}, over the limit of ${formatBytes(limits.maxBytes)}; check that it is the report, and if so allow more with the maxBytes option`,
  );
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
