#!/usr/bin/env node
// Kept as plain JavaScript so it runs on any Node; dist/cli.js checks the version first.
import '../dist/cli.js';
