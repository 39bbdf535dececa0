/** Additional data values are strings or string arrays in Notion's error envelope. */
export type AdditionalData = Record<string, string | string[]>;

/**
 * A Notion error answer. Thrown by handlers and turned into Notion's envelope
 * `{object: "error", status, code, message, request_id, additional_data?}` by the server.
 * https://developers.notion.com/reference/status-codes
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly additionalData?: AdditionalData,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function validationError(message: string, additionalData?: AdditionalData): ApiError {
  return new ApiError(400, 'validation_error', message, additionalData);
}

export function notFound(id: string, kind = 'block'): ApiError {
  return new ApiError(
    404,
    'object_not_found',
    `Could not find ${kind} with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );
}

/** The code Notion uses for each injectable server-side status. */
export const SERVER_ERROR_CODES: Record<number, { code: string; message: string }> = {
  500: { code: 'internal_server_error', message: 'Unexpected error occurred.' },
  502: {
    code: 'bad_gateway',
    message:
      'Notion encountered an issue while attempting to complete this request. Please try again.',
  },
  503: {
    code: 'service_unavailable',
    message:
      'Notion is unavailable. This can occur when the time to respond to a request takes longer than 60 seconds. Please try again later.',
  },
  504: {
    code: 'gateway_timeout',
    message: 'Notion timed out while attempting to complete this request. Please try again later.',
  },
  529: {
    code: 'service_overload',
    message: 'Notion is temporarily overloaded. Please try again later.',
  },
};
