import type { Request, Response, Router } from 'express';
import express from 'express';
import { GraphQLError } from 'graphql';
import { writeStatisticsCsv } from '../analytics/statistics-csv.js';
import { type Dimension, queryStatistics } from '../analytics/statistics-query.js';
import { Measure } from '../analytics/measures.js';
import { Rate } from '../analytics/rates.js';
import type { Database } from '../db/database.js';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from '../db/database-errors.js';

const DIMENSIONS: Dimension[] = ['REGION_LEVEL', 'REGION', 'YEAR', 'FORMAT', 'BODY_TYPE'];

/** Reads the same filters as reportStatistics from the query string; a bad one is a 400 naming it. */
function parseQuery(q: Request['query']) {
  const text = (name: string) => (typeof q[name] === 'string' && q[name] !== '' ? (q[name] as string) : null);
  const int = (name: string) => {
    const value = text(name);
    if (value == null) return null;
    if (!/^\d{4}$/.test(value)) throw new GraphQLError(`"${name}" must be a year such as 2019; got "${value}".`, { extensions: { argumentName: name } });
    return Number(value);
  };
  const groupBy = (text('groupBy') ?? 'YEAR').split(',').filter(Boolean) as Dimension[];
  const unknown = groupBy.find((d) => !DIMENSIONS.includes(d));
  if (unknown) throw new GraphQLError(`"groupBy" has "${unknown}"; use ${DIMENSIONS.join(', ')}, comma-separated.`, { extensions: { argumentName: 'groupBy' } });
  if (new Set(groupBy).size !== groupBy.length) throw new GraphQLError(`"groupBy" names a dimension twice.`, { extensions: { argumentName: 'groupBy' } });
  const rankBy = text('rankBy') ?? Measure.APPLICATIONS_RECEIVED;
  if (!(Object.values(Measure) as string[]).includes(rankBy) && !(Object.values(Rate) as string[]).includes(rankBy)) {
    throw new GraphQLError(`"rankBy" must be a Measure or a Rate; got "${rankBy}".`, { extensions: { argumentName: 'rankBy' } });
  }
  const governmentId = text('governmentId');
  if (governmentId != null && !/^\d+$/.test(governmentId)) {
    throw new GraphQLError(`"governmentId" must be a government's id, digits only; got "${governmentId}".`, { extensions: { argumentName: 'governmentId' } });
  }
  return {
    filter: { regionCode: text('regionCode'), yearFrom: int('yearFrom'), yearTo: int('yearTo'), format: text('format'), bodyType: text('bodyType'), governmentId: governmentId == null ? null : Number(governmentId) },
    groupBy,
    rankBy: rankBy as Measure | Rate,
  };
}

/** GET /export/statistics.csv: reportStatistics as a spreadsheet file (README "Analyst views"). */
export function statisticsExportRoute(database: Database): Router {
  const router = express.Router();
  router.get('/export/statistics.csv', async (req: Request, res: Response) => {
    let query;
    try {
      query = parseQuery(req.query);
    } catch (error) {
      const e = error as GraphQLError;
      res.status(400).json({ errors: [{ message: e.message, extensions: { code: 'BAD_USER_INPUT', ...e.extensions } }] });
      return;
    }
    let rows;
    try {
      rows = await queryStatistics(database.orm.em.fork(), query);
    } catch (error) {
      // Answered in GraphQL's error shape, as every other endpoint answers.
      const unavailable = isDatabaseUnavailable(error);
      res.status(unavailable ? 503 : 500).json({
        errors: [
          unavailable
            ? { message: 'The database is unavailable; retry shortly.', extensions: { code: DATABASE_UNAVAILABLE } }
            : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
      return;
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="statistics.csv"');
    await writeStatisticsCsv(rows, res);
  });
  return router;
}
