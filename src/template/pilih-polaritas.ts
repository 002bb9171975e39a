/**
 * The condition both formula modes use to read the polarity an empty row chooses in its Keterangan
 * cell (iki-rows.ts pilihanPolaritas): "negatif" or "-" (any case, outer spaces ignored) is negatif.
 */
import { teks } from "./teks";

export const pilihNegatif = (polaritas: string) =>
  `IF(TRIM(${polaritas})="-","${teks.polaritas.negatif}",TRIM(${polaritas}))="${teks.polaritas.negatif}"`;
