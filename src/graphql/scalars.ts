import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';

/** graphql-scalars' LocalDate, described the way this schema describes everything. */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  description: 'A calendar date without time zone, YYYY-MM-DD (日期), e.g. 2017-12-31',
});

/** graphql-scalars' DateTimeISO, likewise. */
export const Timestamp = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  name: 'Timestamp',
  description: 'A moment in time in ISO 8601, at UTC (时间), e.g. 2026-11-28T01:20:00.000Z',
});

/** graphql-scalars' JSONObject, for records kept as given, such as a case's history. */
export const JSONObject = new GraphQLScalarType({
  ...JSONObjectResolver.toConfig(),
  description: 'A JSON object, as given (JSON 对象), e.g. {"repliedOn": "2017-03-20"}',
});
