#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx registers the loader), so a clone needs no build step.
require('tsx/cjs');
require('../src/cli/main.ts').main();
