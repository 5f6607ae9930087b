/** The last instant an ISO 8601 string without an expanded year can name. */
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * Parses an instant the sandbox can pin its clock at: a date `Date` understands (a leap second
 * such as 23:59:60, which JSON Schema's date-time accepts, is not), and with `headroomMs` left
 * before year 10000 so every expiry derived from it still prints as an ISO date. Null if not.
 */
export function parseInstant(text: string, headroomMs = 0): number | null {
  const t = Date.parse(text);
  return Number.isNaN(t) || t + headroomMs > LAST_INSTANT ? null : t;
}

export function instantFits(ms: number, headroomMs = 0): boolean {
  return Number.isFinite(ms) && ms + headroomMs <= LAST_INSTANT;
}
