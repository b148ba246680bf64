export { CONTRACT, type MessageType, type ReplyOf, type RequestInputOf } from './contract';
export { envelope, isEnvelopeOf, type Reply, type Send, unwrapReply } from './protocol';
export { createRouter, type Handlers, type MessageSender, readReply } from './router';
