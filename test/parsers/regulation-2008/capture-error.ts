import { TableParseError } from '../../../src/parsers/parsed-table.js';

/** The TableParseError `run` throws; fails the test if it throws nothing or something else. */
export function captureError(run: () => unknown): TableParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof TableParseError) return error;
    throw error;
  }
  throw new Error('expected a TableParseError, but the parser returned');
}
