export * from './fields';
export * from './grid';
export * from './project';
export * from './issue';
export * from './config';
export * from './read-limits';
