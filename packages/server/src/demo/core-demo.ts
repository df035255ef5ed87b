/**
 * The core's demo simulator, for the server's loader: one import point, so the rest of the
 * server's demo code reads as a client of the package's public surface.
 */
export * from '@marketops/core';
