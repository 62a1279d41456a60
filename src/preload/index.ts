// The typed bridge: exposes exactly the IPC contract, nothing generic.
export {};
