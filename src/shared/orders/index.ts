export * from './status';
export * from './options';
export * from './schemas';
export * from './requests';
export * from './money';
export * from './ack';
export * from './expected-lines';
