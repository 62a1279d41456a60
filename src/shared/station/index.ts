export * from './flow';
export * from './order-view';
export * from './printing';
