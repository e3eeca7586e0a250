import 'reflect-metadata';
import { startApp } from './app.js';
import { serveUntilSignalled } from './serve-until-signalled.js';

await serveUntilSignalled('disclosure-gateway', startApp);
