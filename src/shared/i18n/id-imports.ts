/** Bahasa Indonesia for the imports screens. */
export const idImports = {
  imports: {
    nav: 'Impor Peserta',
  },
};
