import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { aroundDataBytes, DataText } from './data-text.js';

/** The request's answer, when the database wrote its `data` as bytes. */
interface Held {
  bytes: Buffer | null;
}

const held = new AsyncLocalStorage<Held>();

/**
 * Express middleware, before Apollo's: a `data` the database sent as bytes (DataText) reaches
 * the socket without being decoded. Apollo's body is a string with a placeholder for it; this
 * response's `send` splices the bytes in.
 */
export function sendAnswerBytes(): RequestHandler {
  return (_req, res, next) => {
    const answer: Held = { bytes: null };
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const around = answer.bytes && typeof body === 'string' ? aroundDataBytes(body) : null;
      if (!around) return send(body);
      // Apollo has set the status and the content type; express's send would only add work. Three writes, not one joined copy of the bytes.
      const [before, after] = around;
      res.setHeader('content-length', before.length + answer.bytes!.length + after.length);
      res.cork();
      res.write(before);
      res.write(answer.bytes);
      res.end(after);
      return res;
    };
    held.run(answer, next);
  };
}

/**
 * How this request takes its answer as bytes: a function that holds them for the response and
 * gives the DataText to return; null when the request did not come through sendAnswerBytes.
 */
export function answerBytesHolder(): ((bytes: Buffer) => DataText) | null {
  const answer = held.getStore();
  if (!answer) return null;
  return (bytes) => {
    answer.bytes = bytes;
    return new DataText(bytes);
  };
}
