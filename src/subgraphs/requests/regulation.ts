import { registerEnumType } from 'type-graphql';

/** Which regulation on government information disclosure governs an application (适用条例). */
export enum Regulation {
  REGULATION_2008 = 'REGULATION_2008',
  REGULATION_2019 = 'REGULATION_2019',
}

registerEnumType(Regulation, {
  name: 'Regulation',
  description: 'The regulation an application falls under, by the date it was received (适用条例)',
  valuesConfig: {
    REGULATION_2008: { description: 'The 2008 regulation (国务院令第492号), for applications received before 2019-05-15: 15 working days, plus at most 15' },
    REGULATION_2019: { description: 'The revised regulation (国务院令第711号), from 2019-05-15: 20 working days, plus at most 20' },
  },
});
