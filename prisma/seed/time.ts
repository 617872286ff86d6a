// Demo data is dated relative to the moment of seeding, so it never looks stale.
export const DAY = 24 * 60 * 60 * 1000;

export const daysAgo = (days: number, from = Date.now()) => new Date(from - days * DAY);

export const daysAfter = (start: Date, days: number) => new Date(start.getTime() + days * DAY);
