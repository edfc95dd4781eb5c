// A check-in record built from a set of answers, for tests that need one on file or in a journal.
import { SCHEMA_VERSION } from '../../src/core/constants.js';
import type { CheckinAnswers } from '../../src/core/checkin.js';
import type { Checkin } from '../../src/core/schemas.js';

export function makeCheckin(week: string, date: string, a: CheckinAnswers): Checkin {
  const copy = structuredClone(a);
  if (copy.energy === undefined) delete copy.energy;
  return { version: SCHEMA_VERSION, week, date, ...copy };
}
