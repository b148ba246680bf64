// Apart from compose-return.ts, which imports React: the popup's early script reads it too
// (components/popup/early-popup.ts).
/** Where the follow-up whose email was being written is noted (localStorage), for the next time Today opens. */
export const COMPOSE_PENDING_KEY = 'leadline-compose-pending';
