export * from './local-date';
export * from './year-month';
export * from './holidays/holiday.types';
export * from './holidays/indonesian-holidays.data';
export * from './holiday-calendar';
