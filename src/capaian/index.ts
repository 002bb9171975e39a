/** Pure capaian maths of the IKI.* functions: no Office, no catalog; errors as IkiError values. */
export { IkiError, isIkiError, isErrorCode, ERROR_CODES } from "./errors";
export type { ErrorCode, NumericResult, LabelResult } from "./errors";
export { callIki, PESAN_TAK_TERDUGA } from "./call";
export { persen, penurunan } from "./persen";
export { capaian, readPolaritas } from "./capaian";
export type { Polaritas } from "./capaian";
export { kumulatif, nilaiAkhir, rata } from "./agregasi";
export { predikat, readScale } from "./predikat";
export { labelOn, judged, rawThreshold, SKALA_LIMA, SKALA_PERMENPAN, SKALA_BAWAAN } from "./skala";
export type { Band, Rounding, Scale } from "./skala";
export { nilai, nilaiDariCapaian } from "./nilai";
export { roundDecimal, roundPercent, roundShown, snapNoise } from "./rounding";
export { inputError, isBlank, singleValue, sumArgument } from "./ranges";
