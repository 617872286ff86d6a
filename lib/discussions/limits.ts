// The discussion field limits, for the schemas and the forms' hints (client-safe: no zod here,
// so a form page does not load it before the first validation).
export const MIN_DISCUSSION_TITLE = 3;
export const MAX_DISCUSSION_TITLE = 150;
export const MAX_DISCUSSION_DESCRIPTION = 2000;
export const MAX_COMMENT_BODY = 10_000;
/** Replies shown under one comment in a tree; more are reached through repliesCount. */
export const TREE_REPLIES_PER_PARENT = 20;
/** Comments (posts and replies) one user may write in a minute. */
export const COMMENTS_PER_MINUTE = 10;
