export { type CheckOptions, check } from './check.js';
export { main } from './cli.js';
export {
  escapeMarkdown,
  type ImportOptions,
  type ImportResult,
  importArticle,
  type SourceBlock,
  textBlocks,
} from './import.js';
export { htmlBlocks, type NinjsItem, ninjsBlocks, ninjsOptions, parseNinjs } from './ninjs.js';
