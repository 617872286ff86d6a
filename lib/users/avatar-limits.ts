// The profile-picture limits, in one place for the domain rule, the API route and the form
// (client-safe: no image libraries here).
export const MAX_AVATAR_BYTES = 2 * 1024 * 1024;
/** The multipart body may exceed the file by its boundaries and part headers. */
export const MAX_AVATAR_BODY_BYTES = MAX_AVATAR_BYTES + 512 * 1024;
