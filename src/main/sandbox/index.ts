// The Orders API sandbox: a faithful fake for demo mode, every test, and standalone use (cli.ts).
//
// API origin: all 15 endpoints under /api/partner/v1 (design.md §1). Control surface at the root, same
// tenant headers, never faulted:
//   POST /__sandbox/faults          {latency_ms, error_rate, drop_rate, hang_rate, garbage_rate,
//                                    fault_phase: before|after|mixed} (any subset) → active settings
//   GET  /__sandbox/faults          → active settings
//   POST /__sandbox/cancel-request  {order_code, cancel_by?, cancel_reason?} opens a buyer's request
//   POST /__sandbox/move            {order_code, to} forces a status ("another station"), audited
//   GET  /__sandbox/audit[?order_code=]  → {transitions:[{order_code, from, to, at, request_id}]}
//   GET  /__sandbox/label-requests  → [{path, authorization_present}] seen by the label origin
//   GET  /__sandbox/orders/:code    → the raw stored order (camelCase: status, cancelRequestOpen,
//                                    printedAt…) merged with its detail view (product_info…), tests only
// Label origin (a second port): GET /labels/<tenant>/<code>.pdf?sig=… serves the 4×6 label PDF.
export { startSandbox } from './server';
export type { RunningSandbox, SandboxOptions, SandboxTenant } from './types';
