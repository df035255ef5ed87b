/**
 * The core's hand-computed metric fixtures, for the SQL engine's tests. Why a relative path: the
 * core does not export its fixtures (they are test data), and the SQL engine must run exactly the
 * same cases as the reference (one contract, every implementation).
 */
export { ALL_FIXTURES } from '../../../core/src/metrics/fixtures/index';
export type { MetricFixture } from '../../../core/src/metrics/fixtures/fixture';
