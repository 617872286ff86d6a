// The release date's round trip through a datetime-local field, which holds wall-clock time
// without a zone ("2026-03-12T09:30"): the page renders it in the reader's zone and the form
// turns it back into an instant in that same zone, so the two never disagree (client-safe).

const wallClock = (timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

function partsOf(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(wallClock(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/** "2026-03-12T09:30" in the zone for an ISO instant; "" for none. */
export function toWallClock(iso: string | null, timeZone: string): string {
  if (!iso) return "";
  const { year, month, day, hour, minute } = partsOf(new Date(iso), timeZone);
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string) {
  const { year, month, day, hour, minute } = partsOf(new Date(instant), timeZone);
  const asUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/** The ISO instant a wall-clock time in the zone names; null for an empty field. Unreadable
 *  text is returned as it is, for the schema to reject with its message. */
export function fromWallClock(value: string, timeZone: string): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // A second pass settles times next to a daylight-saving change.
  const first = guess - offsetAt(guess, timeZone);
  return new Date(guess - offsetAt(first, timeZone)).toISOString();
}
