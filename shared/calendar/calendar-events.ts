import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { CALENDAR_YEAR_ENTITY } from './dynamodb-calendar-repository.ts';
import { StoredCalendarYearSchema, type StoredCalendarYear } from './model.ts';

export interface CalendarYearSaved {
  agencyId: string;
  before: StoredCalendarYear | null;
  after: StoredCalendarYear;
  /** Stable per write, so a redelivered stream record maps to the same notices. */
  batchId: string;
}

/** The calendar-year writes in a batch of stream records (inserts and updates; deletes do not happen). */
export function calendarYearsSaved(records: DynamoDBRecord[]): CalendarYearSaved[] {
  return records.flatMap((record) => {
    const image = record.dynamodb?.NewImage;
    if (!image || (record.eventName !== 'INSERT' && record.eventName !== 'MODIFY')) return [];
    const item = unmarshall(image as Record<string, AttributeValue>);
    if (item.entity !== CALENDAR_YEAR_ENTITY) return [];
    const old = record.dynamodb?.OldImage;
    const after = StoredCalendarYearSchema.parse(item);
    return [
      {
        agencyId: after.agencyId,
        before: old ? StoredCalendarYearSchema.parse(unmarshall(old as Record<string, AttributeValue>)) : null,
        after,
        batchId: `calendar-${after.data.year}-v${after.version}`,
      },
    ];
  });
}
