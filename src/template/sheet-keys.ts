/**
 * The names by which the add-in finds its own sheets, apart from the modules that plan and parse
 * them, so that the pane's first load (which reads them at start) carries nothing more.
 */

/** The worksheet custom property holding a sheet's marker (marker.ts). */
export const MARKER_KEY = "IKI-DINSOS";

/** The very hidden sheet that stores the workbook's catalog (katalog-tersimpan.ts). */
export const NAMA_KATALOG_TERSIMPAN = "IKI-Katalog";
