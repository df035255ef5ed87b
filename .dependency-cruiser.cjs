/**
 * The architecture's one-way rules, checked by a machine (`npm run check:boundaries`):
 *   core      -> nothing outside itself (no npm packages, no node built-ins: it does no I/O)
 *   contracts -> core is not needed; contracts may use zod only
 *   web       -> contracts (never server, never core directly)
 *   server    -> core, contracts; storage adapters are imported only by the composition root
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'packages/core must not import anything outside itself (no packages, no node built-ins).',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: { pathNot: '^packages/core/src' },
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
