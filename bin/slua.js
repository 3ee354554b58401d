#!/usr/bin/env node
import '../dist/slua.js';
