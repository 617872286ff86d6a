// A readable, non-secret cookie that only says "this browser holds a session". Public pages
// render the same HTML for everyone (so they can be cached); the header's client island
// asks /api/auth/session only when this cookie is present. It proves nothing: the session
// cookie itself stays httpOnly and is checked as before.
export const SESSION_HINT_COOKIE = "lms-session-hint";
