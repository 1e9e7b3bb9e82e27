export * from './administrative-document';
export * from './render-document';
export * from './vietnamese-format';
