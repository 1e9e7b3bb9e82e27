export * from './conversion';
export * from './conversion.events';
export * from './conversion.rules';
