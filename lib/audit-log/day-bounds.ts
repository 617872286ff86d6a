// A calendar day's first instant in a time zone: the admin reads "from 3 March" in their
// own zone, while the log stores UTC instants.
const partsIn = (instant: Date, timeZone: string) =>
  Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;

/** Midnight at the start of `day` ("YYYY-MM-DD") in `timeZone`, as an instant. */
export function dayStart(day: string, timeZone: string, addDays = 0): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(year, month - 1, date + addDays);
  // The zone's offset at that moment: how far its wall clock is from UTC.
  const wall = partsIn(new Date(guess), timeZone);
  const offset = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - guess;
  return new Date(guess - offset);
}
