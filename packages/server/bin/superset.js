#!/usr/bin/env node
// The `superset` command: the compiled CLI lives in dist/ (built by `npm run build`).
import '../dist/cli/main.js';
