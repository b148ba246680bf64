// Time zones: the browser's own, the one a user set, and checking a zone's name.
export { effectiveTimeZone, isValidTimeZone, localTimeZone } from './zone';
export { IsoTimestamps } from './iso';
