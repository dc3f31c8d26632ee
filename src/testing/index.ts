/**
 * The adapter conformance kit: `runAdapterConformance(makeAdapter, options)` proves that an
 * adapter, or the server behind it, answers exactly as `InMemoryInvoiceAdapter` does.
 * Runs in a browser test runner or in Node; imports nothing from the elements.
 */
export {
  CONFORMANCE_GROUPS,
  ConformanceError,
  conformanceCases,
  conformanceInvoices,
  runAdapterConformance,
  type ConformanceCase,
  type ConformanceContext,
  type ConformanceGroup,
  type ConformanceOptions,
  type ConformanceReport,
  type ConformanceResult,
  type FailingAdapterCheck,
  type MakeAdapter,
} from './conformance.js';
