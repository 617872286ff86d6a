// Requests Node rejects before the app sees them (headers too large, malformed HTTP) still
// get the API's JSON envelope rather than an empty body.
import type { Duplex } from "node:stream";
import { errorBody } from "../../lib/api/envelope";

const answers: Record<string, { status: number; reason: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: "Request Header Fields Too Large", message: "Request headers are too large." },
};
const malformed = { status: 400, reason: "Bad Request", message: "Malformed HTTP request." };

export function rejectMalformedRequest(error: Error & { code?: string }, socket: Duplex) {
  // A reset or timed-out connection has nobody left to answer.
  if (error.code === "ECONNRESET" || error.code === "ERR_HTTP_REQUEST_TIMEOUT" || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, reason, message } = answers[error.code ?? ""] ?? malformed;
  const body = JSON.stringify(errorBody(status, message));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}
