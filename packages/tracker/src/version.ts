/** Sent as `context.library.version`; a unit test keeps it equal to package.json's version. */
export const TRACKER_VERSION = '0.1.0';

export const LIBRARY_NAME = 'marketops-tracker';
