export { VN_TIME_ZONE } from '../time-zone.ts';
export {
  CalendarDataSchema,
  CalendarYearSchema,
  DayOffSchema,
  MakeUpDaySchema,
  WorkingCalendar,
  describeNonWorkingVi,
  localDateOf,
  startOfLocalDay,
  type CalendarData,
  type CalendarDataInput,
  type CalendarYear,
  type DayOff,
  type DayOffKind,
  type MakeUpDay,
  type NonWorkingReason,
  type YearCoverage,
} from './calendar.ts';
export { CivilDateSchema, addDays, formatVi, isCivilDate, type CivilDate } from './civil-date.ts';
export { ExtensionSchema, SuspensionSchema, type Extension, type Suspension } from './adjustments.ts';
export {
  DeadlineInputSchema,
  computeDeadline,
  triggerLocalDate,
  type DeadlineInput,
  type DeadlineResult,
  type TraceStep,
  type WarningCode,
} from './compute.ts';
export { vnCalendarData } from './data/holidays-vn.ts';
export { vnRuleSetData } from './data/rules-vn.ts';
export {
  DeadlineDataError,
  DeadlineError,
  DeadlineInputError,
  DeadlineRuleError,
  type DeadlineErrorCode,
} from './errors.ts';
export { fromICalendar, toICalendar } from './ical.ts';
export { lunarNewYearVn, proposeCalendarYear, solarOfLunarVn } from './lunar.ts';
export { maximumExtensions, previewDeadline, vnDefaults } from './preview.ts';
export { changedDays, recomputeForCalendarChange, type ChangedDay, type DeadlineChange, type OpenDeadline } from './recompute.ts';
export {
  RuleSchema,
  RuleSet,
  RuleSetSchema,
  resolvePeriod,
  type PeriodUnit,
  type ResolvedPeriod,
  type Rule,
  type RuleInput,
  type RuleSetData,
  type Variant,
} from './rules.ts';
