export * from './common';
export * from './catalog';
export * from './org-file';
export * from './workspaces';
export * from './check';
export * from './tracking';
export * from './feeds';
export * from './offline-contacts';
