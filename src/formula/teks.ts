/** Messages of the errors the evaluator makes (Bahasa Indonesia, as every IkiError message). */
export const pesan = {
  bukanAngka: (teks: string) => `"${teks}" bukan angka`,
  bukanLogika: (teks: string) => `"${teks}" bukan nilai logika`,
};
