import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/** graphql-scalars' LocalDate, described the way this schema describes everything. */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  description: 'A calendar date without time zone, YYYY-MM-DD (日期), e.g. 2017-12-31',
});
