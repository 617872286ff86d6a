// The bounds of a course's fields and of its cover image, in one place for the domain rules,
// the API routes and the forms (client-safe: no database or image libraries here).
export const MAX_TITLE_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 20_000;
/** Whole rupiah; 0 means free. A hundred million is far above any course's price. */
export const MAX_PRICE_IDR = 100_000_000;

export const MAX_COVER_BYTES = 5 * 1024 * 1024;
/** The multipart body may exceed the file by its boundaries and part headers. */
export const MAX_COVER_BODY_BYTES = MAX_COVER_BYTES + 512 * 1024;
