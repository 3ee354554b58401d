// Package entry for Node.js: the public API plus the Node host (real files,
// environment, processes), as `stackless-lua/node`.

export { NodeHost } from './host/node.js';
export * from './index.js';
