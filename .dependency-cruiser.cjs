/**
 * The architecture's one-way rules, checked by a machine (`npm run check:boundaries`):
 *   core      -> itself and a short list of pure libraries (date-fns, @date-fns/tz, pure-rand);
 *                no node built-ins, no I/O
 *   contracts -> core is not needed; contracts may use zod only
 *   web       -> contracts (never server, never core directly)
 *   server    -> core, contracts; storage adapters are imported only by the composition root
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'packages/core imports only itself and pure libraries (dates and time zones, a seeded PRNG): no node built-ins, no I/O.',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: { pathNot: ['^packages/core/src', 'node_modules/(date-fns|@date-fns/tz|pure-rand)/'] },
    },
    {
      name: 'core-tests-are-pure-too',
      comment: 'Core tests may add vitest and fast-check, nothing with I/O.',
      severity: 'error',
      from: { path: '^packages/core/src/.*\\.test\\.ts$' },
      to: { pathNot: ['^packages/core/src', 'node_modules/(date-fns|@date-fns/tz|pure-rand|vitest|fast-check|@vitest)/'] },
    },
    {
      name: 'contracts-depend-on-zod-only',
      severity: 'error',
      from: { path: '^packages/contracts/src' },
      to: { pathNot: ['^packages/contracts/src', 'node_modules/zod'] },
    },
    {
      name: 'web-does-not-import-server',
      comment: 'The web UI talks to the server only over HTTP through the typed client.',
      severity: 'error',
      from: { path: '^packages/web' },
      to: { path: ['^packages/server', '^packages/core'] },
    },
    {
      name: 'adapters-only-from-composition-root',
      comment: 'Storage adapters are picked in one place: packages/server/src/composition-root.ts (and tests).',
      severity: 'error',
      from: { path: '^packages/server/src', pathNot: ['^packages/server/src/composition-root\\.ts$', '^packages/server/src/storage/', '\\.test\\.ts$'] },
      to: { path: '^packages/server/src/storage/(pglite|postgres)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'dist'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
