import type { idImports } from './id-imports';

/** English for the imports screens. */
export const enImports: typeof idImports = {
  imports: {
    nav: 'Import people',
  },
};
