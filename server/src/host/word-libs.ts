/**
 * The Word-import libraries (mammoth, turndown with its DOM, JSZip): about 1.4 MB of the 3.6 MB
 * CLI bundle. The build puts them in a bundle of their own (dist/word-libs.js, esbuild.mjs), which
 * word.ts loads on the first Word draft: a run that reads no .docx file no longer decodes, hashes
 * and keeps them in memory at every start (and in every `--jobs` worker).
 */
import type JSZipType = require('jszip');
import type mammothType = require('mammoth');
import type TurndownService from 'turndown';

export const mammoth = require('mammoth') as typeof mammothType;
// The bundle reads turndown's ES module (a namespace with `default`), sources its CommonJS build.
const turndown = require('turndown') as typeof TurndownService | { default: typeof TurndownService };
export const Turndown: typeof TurndownService = 'default' in turndown ? turndown.default : turndown;
export const JSZip = require('jszip') as typeof JSZipType;
