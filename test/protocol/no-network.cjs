/**
 * Preloaded into the language server (node --require) by the no-network test. Every way Node can
 * reach the network (sockets, HTTP(S), HTTP/2, TLS, DNS, UDP, fetch, WebSocket) is replaced by a
 * function that records the attempt in CLAUSELINT_NETWORK_LOG and throws. The server's own
 * stdio is not affected: stdin/stdout are pipes opened from file descriptors, never connected.
 */
'use strict';
const fs = require('node:fs');

const log = process.env.CLAUSELINT_NETWORK_LOG;
if (!log) throw new Error('no-network.cjs: set CLAUSELINT_NETWORK_LOG');

function record(what, detail) {
  fs.appendFileSync(log, JSON.stringify({ pid: process.pid, what, detail: String(detail ?? '').slice(0, 200) }) + '\n');
}

function forbid(owner, name, label) {
  const original = owner[name];
  if (typeof original !== 'function') return;
  owner[name] = function forbidden(...args) {
    record(label, typeof args[0] === 'object' ? JSON.stringify(args[0]) : args[0]);
    throw new Error(`clauselint test: network access (${label}) is forbidden`);
  };
}

const net = require('node:net');
forbid(net.Socket.prototype, 'connect', 'net.Socket#connect');
forbid(net, 'connect', 'net.connect');
forbid(net, 'createConnection', 'net.createConnection');
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  forbid(m, 'request', `${mod}.request`);
  forbid(m, 'get', `${mod}.get`);
}
forbid(require('node:http2'), 'connect', 'http2.connect');
forbid(require('node:tls'), 'connect', 'tls.connect');
const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt', 'reverse']) {
  forbid(dns, name, `dns.${name}`);
  forbid(dns.promises, name, `dns.promises.${name}`);
}
forbid(require('node:dgram'), 'createSocket', 'dgram.createSocket');
forbid(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') forbid(globalThis, 'WebSocket', 'WebSocket');

record('armed', process.argv.slice(1).join(' '));
