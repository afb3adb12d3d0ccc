import type { IncomingMessage } from 'node:http';
import type { OptionsJson, OptionsUrlencoded } from 'body-parser';

/**
 * The largest JSON (or form) body any route takes. The biggest legitimate bodies (a death claim's
 * documents, an assessment with its receipts) are a few kilobytes; files travel as multipart
 * uploads with their own limits.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * How deeply a body may nest objects and arrays. No request schema goes beyond four levels; a
 * body nested ~1,800 levels (9 KB) overflowed the stack of the validation that walks it.
 */
export const MAX_BODY_DEPTH = 32;

/** Thrown by the body parser: the body nests deeper than MAX_BODY_DEPTH (answered 400). */
export class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';

  constructor() {
    super(`the request body nests objects or arrays deeper than ${MAX_BODY_DEPTH} levels`);
  }
}

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the raw JSON text nests deeper than `limit`. One pass over the bytes with a counter,
 * before JSON.parse: nothing recursive ever sees a deeper body. Brackets inside strings do not
 * count (UTF-8 continuation bytes never equal an ASCII bracket or quote).
 */
export function jsonNestsDeeperThan(raw: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < raw.length; index += 1) {
    const byte = raw[index];
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth > limit) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return false;
}

/**
 * express.json options: the size limit, and the depth checked on the raw bytes before parsing. The
 * raw bytes are kept as `rawBody` (Nest's RawBodyRequest): signed webhooks are verified over them.
 */
export function jsonBodyOptions(): OptionsJson {
  return {
    limit: MAX_BODY_BYTES,
    verify: (request: IncomingMessage & { rawBody?: Buffer }, _response: unknown, raw: Buffer) => {
      request.rawBody = raw;
      if (jsonNestsDeeperThan(raw, MAX_BODY_DEPTH)) throw new BodyTooDeepError();
    },
  };
}

/**
 * express.urlencoded options: the same size limit. body-parser refuses brackets nested deeper than
 * 32 (its default depth, equal to MAX_BODY_DEPTH) with a 400.
 */
export function formBodyOptions(): OptionsUrlencoded {
  return { extended: true, limit: MAX_BODY_BYTES };
}

/** An error of the body parser (body-parser's http-errors): a 4xx the client caused, with its type. */
export interface BodyParserError {
  status: number;
  type: string;
  limit?: number;
}

export function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false;
  const { status, type, expose } = error as { status?: unknown; type?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string' && expose !== false;
}

/**
 * The answer to a body the parser refused: a stable code and a message of our own. The parser's
 * message is not passed on: for malformed JSON it quotes part of the body, which may hold personal data.
 */
export function bodyParserRefusal(error: BodyParserError): { status: number; code: string; message: string } {
  switch (error.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: 'BODY_TOO_LARGE',
        message: `the request body is larger than the limit of ${MAX_BODY_BYTES} bytes`,
      };
    case 'entity.too.deep':
      return {
        status: 400,
        code: 'BODY_TOO_DEEP',
        message: `the request body nests objects or arrays deeper than ${MAX_BODY_DEPTH} levels`,
      };
    case 'entity.parse.failed':
      return { status: 400, code: 'BODY_NOT_JSON', message: 'the request body is not valid JSON' };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return {
        status: 415,
        code: 'BODY_ENCODING_UNSUPPORTED',
        message: 'send the body as UTF-8, uncompressed or gzip',
      };
    default:
      return { status: error.status, code: 'BODY_UNREADABLE', message: 'the request body could not be read' };
  }
}
