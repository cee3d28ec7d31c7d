export { type CheckOptions, check } from './check.js';
export { main } from './cli.js';
export { htmlBlocks } from './html.js';
export { type ImportOptions, type ImportResult, importArticle } from './import.js';
export { decodeText, detectFormat } from './input.js';
export { type NewsmlItem, parseNewsml } from './newsml.js';
export { type NinjsItem, ninjsBlocks, ninjsOptions, parseNinjs } from './ninjs.js';
export { type SourceBlock, textBlocks } from './source.js';
