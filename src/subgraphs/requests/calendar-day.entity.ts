import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}

registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'How a day departs from the Monday-to-Friday week (节假日安排)',
  valuesConfig: {
    HOLIDAY: { description: 'A public holiday or a day off in lieu: not a working day (法定节假日及调休放假)' },
    MAKEUP_WORKDAY: { description: 'A weekend day worked in exchange for a day off: a working day (调休上班)' },
  },
});

/**
 * A day of the State Council's holiday arrangements (国务院办公厅关于部分节假日安排的通知). Days
 * not listed follow the week: Monday to Friday work, Saturday and Sunday off.
 */
@ObjectType({ description: 'A day the holiday arrangements make a day off or a working day (节假日安排)' })
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @Field(() => LocalDate, { description: 'The date (日期)' })
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Field(() => CalendarDayKind, { description: 'Day off or working day (安排)' })
  @Enum({ items: () => CalendarDayKind, nativeEnumName: 'calendar_day_kind' })
  kind!: CalendarDayKind;

  @Field({ description: 'The holiday it belongs to (节日), e.g. 国庆节' })
  @Property()
  holiday!: string;
}
