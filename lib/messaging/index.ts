export { CONTRACT, type MessageType, type ReplyOf } from './contract';
export { envelope, isEnvelopeOf, type Reply } from './protocol';
export { createRouter, readReply, type Handlers } from './router';
