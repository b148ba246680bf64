// Number, date and money formatting for the pages.
export { formatDateTime, formatMoney } from './format';
