#!/usr/bin/env node
// The `lovkode` command of the installed package (`bin` in package.json). In the workspace,
// `pnpm lovkode` runs ../bin/lovkode.mjs, which bundles the sources instead.
import { runAsProcess } from './cli/main.js';

runAsProcess(process.argv.slice(2));
