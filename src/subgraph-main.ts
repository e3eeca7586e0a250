import 'reflect-metadata';
import { serveUntilSignalled } from './serve-until-signalled.js';
import { startSubgraphApp } from './subgraph-app.js';

// npm run start:subgraph -- <directory|reports|requests|pilots>, on PORT like the gateway.
const name = process.argv[2] ?? '';
await serveUntilSignalled(`subgraph ${name}`, (config, logger) => startSubgraphApp(name, config, { logger }));
