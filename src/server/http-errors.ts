import type { ErrorRequestHandler } from 'express';
import { LIMIT_CODES } from './limit-codes.js';

/**
 * The body parser's refusals, answered in GraphQL's shape so a client reads every error the same
 * way: a body over BODY_LIMIT_BYTES is 413, a body that is not JSON 400.
 */
export function bodyErrorHandler(limitBytes: number): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the limit of ${limitBytes} bytes. Send a shorter document or fewer variables (the server's BODY_LIMIT_BYTES).`,
            extensions: { code: LIMIT_CODES.bodySize },
          },
        ],
      });
    } else if (type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    } else {
      next(error);
    }
  };
}
