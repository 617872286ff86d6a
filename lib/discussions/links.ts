// Where the forum pages live, for links from pages and mails (client-safe). A thread page
// shows one comment with its replies two levels deep; `#comment-<id>` points at one of them.
export const discussionPath = (discussionId: number) => `/discussions/${discussionId}`;
export const threadPath = (discussionId: number, commentId: number, highlight?: number) =>
  `${discussionPath(discussionId)}/comments/${commentId}${highlight ? `#comment-${highlight}` : ""}`;
