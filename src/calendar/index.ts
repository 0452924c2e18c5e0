// The calendar part: China's holidays, 调休 and solar terms, festivals, en holidays and season lookups.
export { createCalendar, type Calendar, type CalendarOptions, type DayInfo, type HolidayDeclaration } from './calendar.js';
export { loadChineseDays, type ChineseDays } from './china.js';
export { coverageWarning } from './coverage.js';
export { addDays, datesBetween, dayOfWeek } from './dates.js';
export { isSeasonId, onUsTime, SEASON_IDS, seasonsFor, SOLAR_TERMS } from './seasons.js';
