import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);
import {
  sqliteBindingOptions
} from "./chunk-GVX52ZB2.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-6FVV7MT4.js";

// node_modules/@notionhq/client/build/src/utils.js
var require_utils = __commonJS({
  "node_modules/@notionhq/client/build/src/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assertNever = assertNever;
    exports.pick = pick3;
    exports.isObject = isObject;
    exports.getUnknownParams = getUnknownParams;
    function assertNever(value2) {
      throw new Error(`Unexpected value should never occur: ${value2}`);
    }
    function pick3(base, keys) {
      const entries = keys.map((key) => [key, base === null || base === void 0 ? void 0 : base[key]]);
      return Object.fromEntries(entries);
    }
    function isObject(o2) {
      return typeof o2 === "object" && o2 !== null;
    }
    function getUnknownParams(args, endpoint) {
      var _a;
      const knownKeys = /* @__PURE__ */ new Set([
        ...endpoint.pathParams,
        ...endpoint.queryParams,
        ...endpoint.bodyParams,
        ...(_a = endpoint.formDataParams) !== null && _a !== void 0 ? _a : [],
        "auth"
      ]);
      return Object.keys(args).filter((k2) => !knownKeys.has(k2));
    }
  }
});

// node_modules/@notionhq/client/build/src/logging.js
var require_logging = __commonJS({
  "node_modules/@notionhq/client/build/src/logging.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LogLevel = void 0;
    exports.makeConsoleLogger = makeConsoleLogger;
    exports.logLevelSeverity = logLevelSeverity;
    var utils_1 = require_utils();
    var LogLevel2;
    (function(LogLevel3) {
      LogLevel3["DEBUG"] = "debug";
      LogLevel3["INFO"] = "info";
      LogLevel3["WARN"] = "warn";
      LogLevel3["ERROR"] = "error";
    })(LogLevel2 || (exports.LogLevel = LogLevel2 = {}));
    function makeConsoleLogger(name) {
      return (level, message, extraInfo) => {
        console[level](`${name} ${level}:`, message, extraInfo);
      };
    }
    function logLevelSeverity(level) {
      switch (level) {
        case LogLevel2.DEBUG:
          return 20;
        case LogLevel2.INFO:
          return 40;
        case LogLevel2.WARN:
          return 60;
        case LogLevel2.ERROR:
          return 80;
        default:
          return (0, utils_1.assertNever)(level);
      }
    }
  }
});

// node_modules/@notionhq/client/build/src/errors.js
var require_errors = __commonJS({
  "node_modules/@notionhq/client/build/src/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.APIResponseError = exports.UnknownHTTPResponseError = exports.InvalidPathParameterError = exports.RequestTimeoutError = exports.ClientErrorCode = exports.APIErrorCode = void 0;
    exports.isNotionClientError = isNotionClientError3;
    exports.validateRequestPath = validateRequestPath;
    exports.getResponseHeader = getResponseHeader;
    exports.isHTTPResponseError = isHTTPResponseError2;
    exports.buildRequestError = buildRequestError;
    var utils_1 = require_utils();
    var APIErrorCode;
    (function(APIErrorCode2) {
      APIErrorCode2["Unauthorized"] = "unauthorized";
      APIErrorCode2["RestrictedResource"] = "restricted_resource";
      APIErrorCode2["ObjectNotFound"] = "object_not_found";
      APIErrorCode2["RateLimited"] = "rate_limited";
      APIErrorCode2["InvalidJSON"] = "invalid_json";
      APIErrorCode2["InvalidRequestURL"] = "invalid_request_url";
      APIErrorCode2["InvalidRequest"] = "invalid_request";
      APIErrorCode2["InvalidBeta"] = "invalid_beta";
      APIErrorCode2["ValidationError"] = "validation_error";
      APIErrorCode2["ConflictError"] = "conflict_error";
      APIErrorCode2["InternalServerError"] = "internal_server_error";
      APIErrorCode2["ServiceOverload"] = "service_overload";
      APIErrorCode2["ServiceUnavailable"] = "service_unavailable";
      APIErrorCode2["GatewayTimeout"] = "gateway_timeout";
    })(APIErrorCode || (exports.APIErrorCode = APIErrorCode = {}));
    var ClientErrorCode;
    (function(ClientErrorCode2) {
      ClientErrorCode2["RequestTimeout"] = "notionhq_client_request_timeout";
      ClientErrorCode2["ResponseError"] = "notionhq_client_response_error";
      ClientErrorCode2["InvalidPathParameter"] = "notionhq_client_invalid_path_parameter";
    })(ClientErrorCode || (exports.ClientErrorCode = ClientErrorCode = {}));
    var NotionClientErrorBase = class extends Error {
    };
    function isNotionClientError3(error) {
      return (0, utils_1.isObject)(error) && error instanceof NotionClientErrorBase;
    }
    function isNotionClientErrorWithCode(error, codes) {
      return isNotionClientError3(error) && error.code in codes;
    }
    var RequestTimeoutError = class _RequestTimeoutError extends NotionClientErrorBase {
      constructor(message = "Request to Notion API has timed out") {
        super(message);
        this.code = ClientErrorCode.RequestTimeout;
        this.name = "RequestTimeoutError";
      }
      static isRequestTimeoutError(error) {
        return isNotionClientErrorWithCode(error, {
          [ClientErrorCode.RequestTimeout]: true
        });
      }
      static rejectAfterTimeout(promise, timeoutMS) {
        return new Promise((resolve4, reject) => {
          const timeoutId = setTimeout(() => {
            reject(new _RequestTimeoutError());
          }, timeoutMS);
          promise.then(resolve4).catch(reject).then(() => clearTimeout(timeoutId));
        });
      }
    };
    exports.RequestTimeoutError = RequestTimeoutError;
    var InvalidPathParameterError = class extends NotionClientErrorBase {
      constructor(message = "Path parameter contains invalid characters that could alter the request path") {
        super(message);
        this.code = ClientErrorCode.InvalidPathParameter;
        this.name = "InvalidPathParameterError";
      }
      static isInvalidPathParameterError(error) {
        return isNotionClientErrorWithCode(error, {
          [ClientErrorCode.InvalidPathParameter]: true
        });
      }
    };
    exports.InvalidPathParameterError = InvalidPathParameterError;
    function validateRequestPath(path2) {
      if (path2.includes("..")) {
        throw new InvalidPathParameterError(`Request path "${path2}" contains path traversal sequence ".."`);
      }
      if (/%2e/i.test(path2)) {
        let decoded;
        try {
          decoded = decodeURIComponent(path2);
        } catch {
          return;
        }
        if (decoded.includes("..")) {
          throw new InvalidPathParameterError(`Request path "${path2}" contains encoded path traversal sequence`);
        }
      }
    }
    function getResponseHeader(headers, name) {
      if (!(0, utils_1.isObject)(headers)) {
        return void 0;
      }
      const get = headers["get"];
      if (typeof get === "function") {
        const value2 = get.call(headers, name);
        return typeof value2 === "string" ? value2 : void 0;
      }
      const lowerName = name.toLowerCase();
      for (const [key, value2] of Object.entries(headers)) {
        if (key.toLowerCase() !== lowerName) {
          continue;
        }
        if (typeof value2 === "string") {
          return value2;
        }
        if (Array.isArray(value2) && typeof value2[0] === "string") {
          return value2[0];
        }
      }
      return void 0;
    }
    var HTTPResponseError = class extends NotionClientErrorBase {
      constructor(args) {
        super(args.message);
        this.name = "HTTPResponseError";
        const { code: code4, status, headers, rawBodyText, additional_data, request_id } = args;
        this.code = code4;
        this.status = status;
        this.headers = headers;
        this.body = rawBodyText;
        this.additional_data = additional_data;
        this.request_id = request_id !== null && request_id !== void 0 ? request_id : getResponseHeader(headers, "x-notion-request-id");
        this.ray_id = getResponseHeader(headers, "cf-ray");
      }
    };
    var httpResponseErrorCodes = {
      [ClientErrorCode.ResponseError]: true,
      [APIErrorCode.Unauthorized]: true,
      [APIErrorCode.RestrictedResource]: true,
      [APIErrorCode.ObjectNotFound]: true,
      [APIErrorCode.RateLimited]: true,
      [APIErrorCode.InvalidJSON]: true,
      [APIErrorCode.InvalidRequestURL]: true,
      [APIErrorCode.InvalidRequest]: true,
      [APIErrorCode.InvalidBeta]: true,
      [APIErrorCode.ValidationError]: true,
      [APIErrorCode.ConflictError]: true,
      [APIErrorCode.InternalServerError]: true,
      [APIErrorCode.ServiceOverload]: true,
      [APIErrorCode.ServiceUnavailable]: true,
      [APIErrorCode.GatewayTimeout]: true
    };
    function isHTTPResponseError2(error) {
      if (!isNotionClientErrorWithCode(error, httpResponseErrorCodes)) {
        return false;
      }
      return true;
    }
    var UnknownHTTPResponseError = class extends HTTPResponseError {
      constructor(args) {
        var _a;
        const ray_id = getResponseHeader(args.headers, "cf-ray");
        const request_id = getResponseHeader(args.headers, "x-notion-request-id");
        super({
          ...args,
          code: ClientErrorCode.ResponseError,
          message: (_a = args.message) !== null && _a !== void 0 ? _a : buildUnknownResponseMessage({
            status: args.status,
            contentType: getResponseHeader(args.headers, "content-type"),
            ray_id,
            request_id
          }),
          additional_data: void 0,
          request_id
        });
        this.name = "UnknownHTTPResponseError";
      }
      static isUnknownHTTPResponseError(error) {
        return isNotionClientErrorWithCode(error, {
          [ClientErrorCode.ResponseError]: true
        });
      }
    };
    exports.UnknownHTTPResponseError = UnknownHTTPResponseError;
    var apiErrorCodes = {
      [APIErrorCode.Unauthorized]: true,
      [APIErrorCode.RestrictedResource]: true,
      [APIErrorCode.ObjectNotFound]: true,
      [APIErrorCode.RateLimited]: true,
      [APIErrorCode.InvalidJSON]: true,
      [APIErrorCode.InvalidRequestURL]: true,
      [APIErrorCode.InvalidRequest]: true,
      [APIErrorCode.InvalidBeta]: true,
      [APIErrorCode.ValidationError]: true,
      [APIErrorCode.ConflictError]: true,
      [APIErrorCode.InternalServerError]: true,
      [APIErrorCode.ServiceOverload]: true,
      [APIErrorCode.ServiceUnavailable]: true,
      [APIErrorCode.GatewayTimeout]: true
    };
    var APIResponseError3 = class extends HTTPResponseError {
      constructor() {
        super(...arguments);
        this.name = "APIResponseError";
      }
      static isAPIResponseError(error) {
        return isNotionClientErrorWithCode(error, apiErrorCodes);
      }
    };
    exports.APIResponseError = APIResponseError3;
    function buildRequestError(response, bodyText) {
      const apiErrorResponseBody = parseAPIErrorResponseBody(bodyText);
      if (apiErrorResponseBody !== void 0) {
        return new APIResponseError3({
          code: apiErrorResponseBody.code,
          message: apiErrorResponseBody.message,
          headers: response.headers,
          status: response.status,
          rawBodyText: bodyText,
          additional_data: apiErrorResponseBody.additional_data,
          request_id: apiErrorResponseBody.request_id
        });
      }
      return new UnknownHTTPResponseError({
        message: void 0,
        headers: response.headers,
        status: response.status,
        rawBodyText: bodyText
      });
    }
    function buildUnknownResponseMessage(args) {
      const { status, contentType, ray_id, request_id } = args;
      const base = `Request to Notion API failed with status: ${status}`;
      if (ray_id === void 0 || request_id !== void 0) {
        return base;
      }
      const contentTypeNote = contentType !== void 0 ? ` (content-type: ${contentType})` : "";
      const blockedRequestNote = status === 403 ? " This may mean the request was blocked by a network security rule." : "";
      return `${base}. The response was returned by Notion's edge proxy before reaching the Notion API${contentTypeNote}.${blockedRequestNote} Cloudflare Ray ID: ${ray_id}. Include this ID when contacting Notion support.`;
    }
    function parseAPIErrorResponseBody(body) {
      if (typeof body !== "string") {
        return;
      }
      let parsed;
      try {
        parsed = JSON.parse(body);
      } catch (parseError) {
        return;
      }
      if (!(0, utils_1.isObject)(parsed) || typeof parsed["message"] !== "string" || !isAPIErrorCode(parsed["code"])) {
        return;
      }
      const additional_data = parsed["additional_data"];
      const request_id = parsed["request_id"];
      return {
        ...parsed,
        code: parsed["code"],
        message: parsed["message"],
        additional_data,
        request_id
      };
    }
    function isAPIErrorCode(code4) {
      return typeof code4 === "string" && code4 in apiErrorCodes;
    }
  }
});

// node_modules/@notionhq/client/build/src/constants.js
var require_constants = __commonJS({
  "node_modules/@notionhq/client/build/src/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MIN_VIEW_COLUMN_WIDTH = exports.DEFAULT_MAX_RETRY_DELAY_MS = exports.DEFAULT_INITIAL_RETRY_DELAY_MS = exports.DEFAULT_MAX_RETRIES = exports.DEFAULT_TIMEOUT_MS = exports.DEFAULT_BASE_URL = void 0;
    exports.DEFAULT_BASE_URL = "https://api.notion.com";
    exports.DEFAULT_TIMEOUT_MS = 6e4;
    exports.DEFAULT_MAX_RETRIES = 2;
    exports.DEFAULT_INITIAL_RETRY_DELAY_MS = 1e3;
    exports.DEFAULT_MAX_RETRY_DELAY_MS = 6e4;
    exports.MIN_VIEW_COLUMN_WIDTH = 32;
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/agents.js
var require_agents = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/agents.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.updateSession = exports.updateAgentStatus = exports.updateAgentCreditLimit = exports.startExternalAgentStubSession = exports.sendExternalAgentStubSessionMessage = exports.retrieveSession = exports.queryThreads = exports.queryThreadMessages = exports.querySessions = exports.querySessionEvents = exports.queryAgents = exports.listThreads = exports.sendThreadMessage = exports.listThreadMessages = exports.listExternalAgentStubSessionEvents = exports.listAgents = exports.getInsights = exports.updateExternalAgentStubVault = exports.deleteExternalAgentStubVault = exports.getAgent = exports.deleteAgent = exports.createExternalAgentStubVault = exports.continueThread = exports.chatWithAgent = exports.cancelSession = exports.agentBatch = exports.updateSessionStream = void 0;
    exports.updateSessionStream = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: [
        "message",
        "agent_id",
        "session_id",
        "attachments",
        "metadata",
        "prompt_context",
        "actions",
        "continue_from"
      ],
      headers: { Accept: "text/event-stream" },
      path: () => `sessions`
    };
    exports.agentBatch = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: ["operations"],
      path: () => `agents/batch`
    };
    exports.cancelSession = {
      method: "post",
      pathParams: ["session_id"],
      queryParams: [],
      bodyParams: ["event_id"],
      path: (p2) => `sessions/${p2.session_id}/cancel`
    };
    exports.chatWithAgent = {
      method: "post",
      pathParams: ["agent_id"],
      queryParams: ["verbose"],
      bodyParams: [
        "message",
        "attachments",
        "metadata",
        "prompt_context",
        "thread_id"
      ],
      path: (p2) => `agents/${p2.agent_id}/chat`
    };
    exports.continueThread = {
      method: "post",
      pathParams: ["thread_id"],
      queryParams: [],
      bodyParams: ["action_id", "option_id", "input"],
      path: (p2) => `threads/${p2.thread_id}/continue`
    };
    exports.createExternalAgentStubVault = {
      method: "post",
      pathParams: ["agent_id"],
      queryParams: [],
      bodyParams: ["name", "credential", "target"],
      path: (p2) => `external_agent_stub/${p2.agent_id}/vaults`
    };
    exports.deleteAgent = {
      method: "delete",
      pathParams: ["agent_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `agents/${p2.agent_id}`
    };
    exports.getAgent = {
      method: "get",
      pathParams: ["agent_id"],
      queryParams: ["verbose"],
      bodyParams: [],
      path: (p2) => `agents/${p2.agent_id}`
    };
    exports.deleteExternalAgentStubVault = {
      method: "delete",
      pathParams: ["agent_id", "vault_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `external_agent_stub/${p2.agent_id}/vaults/${p2.vault_id}`
    };
    exports.updateExternalAgentStubVault = {
      method: "patch",
      pathParams: ["agent_id", "vault_id"],
      queryParams: [],
      bodyParams: ["expected_version", "credential"],
      path: (p2) => `external_agent_stub/${p2.agent_id}/vaults/${p2.vault_id}`
    };
    exports.getInsights = {
      method: "get",
      pathParams: ["agent_id"],
      queryParams: ["start_time", "end_time"],
      bodyParams: [],
      path: (p2) => `agents/${p2.agent_id}/insights`
    };
    exports.listAgents = {
      method: "get",
      pathParams: [],
      queryParams: [
        "name",
        "agent_type",
        "agent_ids",
        "created_by",
        "start_cursor",
        "page_size",
        "verbose"
      ],
      bodyParams: [],
      path: () => `agents`
    };
    exports.listExternalAgentStubSessionEvents = {
      method: "get",
      pathParams: ["agent_id", "session_id"],
      queryParams: ["cursor"],
      bodyParams: [],
      path: (p2) => `external_agent_stub/${p2.agent_id}/sessions/${p2.session_id}/events`
    };
    exports.listThreadMessages = {
      method: "get",
      pathParams: ["thread_id"],
      queryParams: ["verbose", "role", "start_cursor", "page_size"],
      bodyParams: [],
      path: (p2) => `threads/${p2.thread_id}/messages`
    };
    exports.sendThreadMessage = {
      method: "post",
      pathParams: ["thread_id"],
      queryParams: [],
      bodyParams: ["message", "attachments", "metadata", "prompt_context"],
      path: (p2) => `threads/${p2.thread_id}/messages`
    };
    exports.listThreads = {
      method: "get",
      pathParams: ["agent_id"],
      queryParams: [
        "id",
        "title",
        "status",
        "activity",
        "created_by",
        "last_used_by",
        "sort_by",
        "sort_direction",
        "start_cursor",
        "page_size"
      ],
      bodyParams: [],
      path: (p2) => `agents/${p2.agent_id}/threads`
    };
    exports.queryAgents = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: [
        "query",
        "filter",
        "sorts",
        "start_cursor",
        "page_size",
        "verbose",
        "include_deleted"
      ],
      path: () => `agents/query`
    };
    exports.querySessionEvents = {
      method: "post",
      pathParams: ["session_id"],
      queryParams: [],
      bodyParams: ["filter", "sorts", "start_cursor", "page_size"],
      path: (p2) => `sessions/${p2.session_id}/events/query`
    };
    exports.querySessions = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: ["query", "filter", "sorts", "start_cursor", "page_size"],
      path: () => `sessions/query`
    };
    exports.queryThreadMessages = {
      method: "post",
      pathParams: ["thread_id"],
      queryParams: [],
      bodyParams: ["verbose", "start_cursor", "page_size"],
      path: (p2) => `threads/${p2.thread_id}/messages/query`
    };
    exports.queryThreads = {
      method: "post",
      pathParams: ["agent_id"],
      queryParams: [],
      bodyParams: ["query", "filter", "sorts", "start_cursor", "page_size"],
      path: (p2) => `agents/${p2.agent_id}/threads/query`
    };
    exports.retrieveSession = {
      method: "get",
      pathParams: ["session_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `sessions/${p2.session_id}`
    };
    exports.sendExternalAgentStubSessionMessage = {
      method: "post",
      pathParams: ["agent_id", "session_id"],
      queryParams: [],
      bodyParams: ["message", "client_message_id"],
      path: (p2) => `external_agent_stub/${p2.agent_id}/sessions/${p2.session_id}/messages`
    };
    exports.startExternalAgentStubSession = {
      method: "post",
      pathParams: ["agent_id"],
      queryParams: [],
      bodyParams: [
        "spec_version",
        "client_reference_id",
        "configs",
        "model",
        "cwd",
        "locale",
        "system_prompt"
      ],
      path: (p2) => `external_agent_stub/${p2.agent_id}/sessions`
    };
    exports.updateAgentCreditLimit = {
      method: "patch",
      pathParams: ["agent_id"],
      queryParams: [],
      bodyParams: ["credit_limit"],
      path: (p2) => `agents/${p2.agent_id}/credit_limit`
    };
    exports.updateAgentStatus = {
      method: "patch",
      pathParams: ["agent_id"],
      queryParams: [],
      bodyParams: ["status"],
      path: (p2) => `agents/${p2.agent_id}/status`
    };
    exports.updateSession = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: [
        "message",
        "agent_id",
        "session_id",
        "attachments",
        "metadata",
        "prompt_context",
        "actions",
        "continue_from"
      ],
      path: () => `sessions`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/async-tasks.js
var require_async_tasks = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/async-tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getAsyncTask = void 0;
    exports.getAsyncTask = {
      method: "get",
      pathParams: ["task_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `async_tasks/${p2.task_id}`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/blocks.js
var require_blocks = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/blocks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.appendBlockChildren = exports.listBlockChildren = exports.deleteBlock = exports.updateBlock = exports.getBlock = void 0;
    exports.getBlock = {
      method: "get",
      pathParams: ["block_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `blocks/${p2.block_id}`
    };
    exports.updateBlock = {
      method: "patch",
      pathParams: ["block_id"],
      queryParams: [],
      bodyParams: [
        "archived",
        "embed",
        "type",
        "in_trash",
        "bookmark",
        "image",
        "video",
        "pdf",
        "file",
        "audio",
        "code",
        "equation",
        "divider",
        "breadcrumb",
        "tab",
        "table_of_contents",
        "link_to_page",
        "table_row",
        "heading_1",
        "heading_2",
        "heading_3",
        "heading_4",
        "paragraph",
        "bulleted_list_item",
        "numbered_list_item",
        "quote",
        "to_do",
        "toggle",
        "template",
        "callout",
        "synced_block",
        "table",
        "column"
      ],
      path: (p2) => `blocks/${p2.block_id}`
    };
    exports.deleteBlock = {
      method: "delete",
      pathParams: ["block_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `blocks/${p2.block_id}`
    };
    exports.listBlockChildren = {
      method: "get",
      pathParams: ["block_id"],
      queryParams: ["start_cursor", "page_size"],
      bodyParams: [],
      path: (p2) => `blocks/${p2.block_id}/children`
    };
    exports.appendBlockChildren = {
      method: "patch",
      pathParams: ["block_id"],
      queryParams: [],
      bodyParams: ["after", "children", "position"],
      path: (p2) => `blocks/${p2.block_id}/children`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/comments.js
var require_comments = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/comments.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.deleteComment = exports.updateComment = exports.getComment = exports.listComments = exports.createComment = void 0;
    exports.createComment = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: [
        "attachments",
        "display_name",
        "parent",
        "rich_text",
        "markdown",
        "discussion_id"
      ],
      path: () => `comments`
    };
    exports.listComments = {
      method: "get",
      pathParams: [],
      queryParams: ["block_id", "start_cursor", "page_size"],
      bodyParams: [],
      path: () => `comments`
    };
    exports.getComment = {
      method: "get",
      pathParams: ["comment_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `comments/${p2.comment_id}`
    };
    exports.updateComment = {
      method: "patch",
      pathParams: ["comment_id"],
      queryParams: [],
      bodyParams: ["rich_text", "markdown"],
      path: (p2) => `comments/${p2.comment_id}`
    };
    exports.deleteComment = {
      method: "delete",
      pathParams: ["comment_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `comments/${p2.comment_id}`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/common.js
var require_common = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/custom-emojis.js
var require_custom_emojis = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/custom-emojis.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.listCustomEmojis = void 0;
    exports.listCustomEmojis = {
      method: "get",
      pathParams: [],
      queryParams: ["start_cursor", "page_size", "name"],
      bodyParams: [],
      path: () => `custom_emojis`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/data-sources.js
var require_data_sources = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/data-sources.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.listDataSourceTemplates = exports.createDataSource = exports.queryDataSource = exports.updateDataSource = exports.getDataSource = void 0;
    exports.getDataSource = {
      method: "get",
      pathParams: ["data_source_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `data_sources/${p2.data_source_id}`
    };
    exports.updateDataSource = {
      method: "patch",
      pathParams: ["data_source_id"],
      queryParams: [],
      bodyParams: ["archived", "title", "icon", "properties", "in_trash", "parent"],
      path: (p2) => `data_sources/${p2.data_source_id}`
    };
    exports.queryDataSource = {
      method: "post",
      pathParams: ["data_source_id"],
      queryParams: ["filter_properties"],
      bodyParams: [
        "archived",
        "sorts",
        "filter",
        "start_cursor",
        "page_size",
        "in_trash",
        "result_type"
      ],
      path: (p2) => `data_sources/${p2.data_source_id}/query`
    };
    exports.createDataSource = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: ["parent", "properties", "title", "icon"],
      path: () => `data_sources`
    };
    exports.listDataSourceTemplates = {
      method: "get",
      pathParams: ["data_source_id"],
      queryParams: ["name", "start_cursor", "page_size"],
      bodyParams: [],
      path: (p2) => `data_sources/${p2.data_source_id}/templates`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/databases.js
var require_databases = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/databases.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDatabase = exports.updateDatabase = exports.getDatabase = void 0;
    exports.getDatabase = {
      method: "get",
      pathParams: ["database_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `databases/${p2.database_id}`
    };
    exports.updateDatabase = {
      method: "patch",
      pathParams: ["database_id"],
      queryParams: [],
      bodyParams: [
        "parent",
        "title",
        "description",
        "is_inline",
        "icon",
        "cover",
        "in_trash",
        "is_locked"
      ],
      path: (p2) => `databases/${p2.database_id}`
    };
    exports.createDatabase = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: [
        "parent",
        "title",
        "description",
        "is_inline",
        "initial_data_source",
        "icon",
        "cover"
      ],
      path: () => `databases`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/file-uploads.js
var require_file_uploads = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/file-uploads.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getFileUpload = exports.completeFileUpload = exports.sendFileUpload = exports.listFileUploads = exports.createFileUpload = void 0;
    exports.createFileUpload = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: [
        "mode",
        "filename",
        "content_type",
        "number_of_parts",
        "external_url"
      ],
      path: () => `file_uploads`
    };
    exports.listFileUploads = {
      method: "get",
      pathParams: [],
      queryParams: ["status", "start_cursor", "page_size"],
      bodyParams: [],
      path: () => `file_uploads`
    };
    exports.sendFileUpload = {
      method: "post",
      pathParams: ["file_upload_id"],
      queryParams: [],
      bodyParams: [],
      formDataParams: ["file", "part_number"],
      path: (p2) => `file_uploads/${p2.file_upload_id}/send`
    };
    exports.completeFileUpload = {
      method: "post",
      pathParams: ["file_upload_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `file_uploads/${p2.file_upload_id}/complete`
    };
    exports.getFileUpload = {
      method: "get",
      pathParams: ["file_upload_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `file_uploads/${p2.file_upload_id}`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/meeting-notes.js
var require_meeting_notes = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/meeting-notes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.queryMeetingNotes = exports.createMeetingNote = void 0;
    exports.createMeetingNote = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: ["title", "language", "options", "source", "parent"],
      path: () => `blocks/meeting_notes`
    };
    exports.queryMeetingNotes = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: ["filter", "sort", "limit"],
      path: () => `blocks/meeting_notes/query`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/oauth.js
var require_oauth = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/oauth.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.oauthIntrospect = exports.oauthRevoke = exports.oauthToken = void 0;
    exports.oauthToken = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: [
        "grant_type",
        "code",
        "redirect_uri",
        "external_account",
        "refresh_token"
      ],
      path: () => `oauth/token`
    };
    exports.oauthRevoke = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: ["token"],
      path: () => `oauth/revoke`
    };
    exports.oauthIntrospect = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: ["token"],
      path: () => `oauth/introspect`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/pages.js
var require_pages = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/pages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.updatePageMarkdown = exports.getPageMarkdown = exports.getPageProperty = exports.movePage = exports.updatePage = exports.getPage = exports.createPage = void 0;
    exports.createPage = {
      method: "post",
      pathParams: [],
      queryParams: ["filter_properties"],
      bodyParams: [
        "parent",
        "properties",
        "icon",
        "cover",
        "content",
        "children",
        "markdown",
        "allow_async",
        "template",
        "position"
      ],
      path: () => `pages`
    };
    exports.getPage = {
      method: "get",
      pathParams: ["page_id"],
      queryParams: ["filter_properties"],
      bodyParams: [],
      path: (p2) => `pages/${p2.page_id}`
    };
    exports.updatePage = {
      method: "patch",
      pathParams: ["page_id"],
      queryParams: ["filter_properties"],
      bodyParams: [
        "archived",
        "properties",
        "icon",
        "cover",
        "is_locked",
        "template",
        "erase_content",
        "in_trash",
        "is_archived"
      ],
      path: (p2) => `pages/${p2.page_id}`
    };
    exports.movePage = {
      method: "post",
      pathParams: ["page_id"],
      queryParams: [],
      bodyParams: ["parent"],
      path: (p2) => `pages/${p2.page_id}/move`
    };
    exports.getPageProperty = {
      method: "get",
      pathParams: ["page_id", "property_id"],
      queryParams: ["start_cursor", "page_size"],
      bodyParams: [],
      path: (p2) => `pages/${p2.page_id}/properties/${p2.property_id}`
    };
    exports.getPageMarkdown = {
      method: "get",
      pathParams: ["page_id"],
      queryParams: ["include_transcript"],
      bodyParams: [],
      path: (p2) => `pages/${p2.page_id}/markdown`
    };
    exports.updatePageMarkdown = {
      method: "patch",
      pathParams: ["page_id"],
      queryParams: [],
      bodyParams: [
        "allow_async",
        "type",
        "insert_content",
        "replace_content_range",
        "update_content",
        "replace_content"
      ],
      path: (p2) => `pages/${p2.page_id}/markdown`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/search.js
var require_search = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/search.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.search = void 0;
    exports.search = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: ["sort", "query", "start_cursor", "page_size", "filter"],
      path: () => `search`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/users.js
var require_users = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/users.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.listUsers = exports.getUser = exports.getSelf = void 0;
    exports.getSelf = {
      method: "get",
      pathParams: [],
      queryParams: [],
      bodyParams: [],
      path: () => `users/me`
    };
    exports.getUser = {
      method: "get",
      pathParams: ["user_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `users/${p2.user_id}`
    };
    exports.listUsers = {
      method: "get",
      pathParams: [],
      queryParams: ["start_cursor", "page_size"],
      bodyParams: [],
      path: () => `users`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/views.js
var require_views = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/views.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.deleteViewQuery = exports.getViewQueryResults = exports.createViewQuery = exports.deleteView = exports.updateView = exports.getView = exports.createView = exports.listDatabaseViews = void 0;
    exports.listDatabaseViews = {
      method: "get",
      pathParams: [],
      queryParams: ["database_id", "data_source_id", "start_cursor", "page_size"],
      bodyParams: [],
      path: () => `views`
    };
    exports.createView = {
      method: "post",
      pathParams: [],
      queryParams: [],
      bodyParams: [],
      path: () => `views`
    };
    exports.getView = {
      method: "get",
      pathParams: ["view_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `views/${p2.view_id}`
    };
    exports.updateView = {
      method: "patch",
      pathParams: ["view_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `views/${p2.view_id}`
    };
    exports.deleteView = {
      method: "delete",
      pathParams: ["view_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `views/${p2.view_id}`
    };
    exports.createViewQuery = {
      method: "post",
      pathParams: ["view_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `views/${p2.view_id}/queries`
    };
    exports.getViewQueryResults = {
      method: "get",
      pathParams: ["view_id", "query_id"],
      queryParams: ["start_cursor", "page_size"],
      bodyParams: [],
      path: (p2) => `views/${p2.view_id}/queries/${p2.query_id}`
    };
    exports.deleteViewQuery = {
      method: "delete",
      pathParams: ["view_id", "query_id"],
      queryParams: [],
      bodyParams: [],
      path: (p2) => `views/${p2.view_id}/queries/${p2.query_id}`
    };
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints/webhooks.js
var require_webhooks = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints/webhooks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@notionhq/client/build/src/api-endpoints.js
var require_api_endpoints = __commonJS({
  "node_modules/@notionhq/client/build/src/api-endpoints.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o2, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      var desc = Object.getOwnPropertyDescriptor(m2, k2);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k2];
        } };
      }
      Object.defineProperty(o2, k22, desc);
    }) : (function(o2, m2, k2, k22) {
      if (k22 === void 0) k22 = k2;
      o2[k22] = m2[k2];
    }));
    var __exportStar = exports && exports.__exportStar || function(m2, exports2) {
      for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p2)) __createBinding(exports2, m2, p2);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_agents(), exports);
    __exportStar(require_async_tasks(), exports);
    __exportStar(require_blocks(), exports);
    __exportStar(require_comments(), exports);
    __exportStar(require_common(), exports);
    __exportStar(require_custom_emojis(), exports);
    __exportStar(require_data_sources(), exports);
    __exportStar(require_databases(), exports);
    __exportStar(require_file_uploads(), exports);
    __exportStar(require_meeting_notes(), exports);
    __exportStar(require_oauth(), exports);
    __exportStar(require_pages(), exports);
    __exportStar(require_search(), exports);
    __exportStar(require_users(), exports);
    __exportStar(require_views(), exports);
    __exportStar(require_webhooks(), exports);
  }
});

// node_modules/@notionhq/client/build/package.json
var require_package = __commonJS({
  "node_modules/@notionhq/client/build/package.json"(exports, module) {
    module.exports = {
      name: "@notionhq/client",
      version: "5.26.0",
      description: "A simple and easy to use client for the Notion API",
      engines: {
        node: ">=18"
      },
      homepage: "https://developers.notion.com/docs/getting-started",
      bugs: {
        url: "https://github.com/makenotion/notion-sdk-js/issues"
      },
      repository: {
        type: "git",
        url: "https://github.com/makenotion/notion-sdk-js/"
      },
      keywords: [
        "notion",
        "notionapi",
        "rest",
        "notion-api"
      ],
      main: "./build/src",
      types: "./build/src/index.d.ts",
      scripts: {
        prepare: "husky && npm run build",
        prepublishOnly: "npm run checkLoggedIn && npm run lint && npm run test",
        build: "tsc",
        prettier: "prettier --write .",
        lint: "prettier --check . && eslint . --ext .ts && cspell '**/*' ",
        test: "jest ./test",
        "check-links": "git ls-files | grep md$ | xargs -n 1 markdown-link-check",
        prebuild: "npm run clean",
        clean: "rm -rf ./build",
        checkLoggedIn: "./scripts/verifyLoggedIn.sh"
      },
      "lint-staged": {
        "*.{ts,js,json,md}": "prettier --write",
        "*.ts": "eslint --fix"
      },
      author: "",
      license: "MIT",
      files: [
        "build/package.json",
        "build/src/**"
      ],
      devDependencies: {
        "@types/jest": "29.5.14",
        "@typescript-eslint/eslint-plugin": "7.18.0",
        "@typescript-eslint/parser": "7.18.0",
        cspell: "8.17.1",
        eslint: "8.57.1",
        husky: "^9.1.7",
        jest: "29.7.0",
        "lint-staged": "^16.2.6",
        "markdown-link-check": "3.13.7",
        prettier: "3.3.3",
        "ts-jest": "29.2.5",
        typescript: "5.9.2"
      }
    };
  }
});

// node_modules/@notionhq/client/build/src/Client.js
var require_Client = __commonJS({
  "node_modules/@notionhq/client/build/src/Client.js"(exports) {
    "use strict";
    var __classPrivateFieldSet = exports && exports.__classPrivateFieldSet || function(receiver, state, value2, kind, f3) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f3) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f3 : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f3.call(receiver, value2) : f3 ? f3.value = value2 : state.set(receiver, value2), value2;
    };
    var __classPrivateFieldGet = exports && exports.__classPrivateFieldGet || function(receiver, state, kind, f3) {
      if (kind === "a" && !f3) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f3 : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f3 : kind === "a" ? f3.call(receiver) : f3 ? f3.value : state.get(receiver);
    };
    var _Client_auth;
    var _Client_logLevel;
    var _Client_logger;
    var _Client_prefixUrl;
    var _Client_timeoutMs;
    var _Client_notionVersion;
    var _Client_fetch;
    var _Client_agent;
    var _Client_userAgent;
    var _Client_maxRetries;
    var _Client_initialRetryDelayMs;
    var _Client_maxRetryDelayMs;
    Object.defineProperty(exports, "__esModule", { value: true });
    var logging_1 = require_logging();
    var errors_1 = require_errors();
    var utils_1 = require_utils();
    var constants_1 = require_constants();
    var api_endpoints_1 = require_api_endpoints();
    var meeting_notes_1 = require_meeting_notes();
    var package_json_1 = require_package();
    var START_CURSOR_PARAM_NAME = "start_cursor";
    var Client2 = class _Client {
      constructor(options) {
        var _a, _b, _c, _d, _e2, _f, _g, _h, _j, _k, _l, _m;
        _Client_auth.set(this, void 0);
        _Client_logLevel.set(this, void 0);
        _Client_logger.set(this, void 0);
        _Client_prefixUrl.set(this, void 0);
        _Client_timeoutMs.set(this, void 0);
        _Client_notionVersion.set(this, void 0);
        _Client_fetch.set(this, void 0);
        _Client_agent.set(this, void 0);
        _Client_userAgent.set(this, void 0);
        _Client_maxRetries.set(this, void 0);
        _Client_initialRetryDelayMs.set(this, void 0);
        _Client_maxRetryDelayMs.set(this, void 0);
        this.agents = {
          /**
           * Retrieve an agent
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getAgent);
            return this.request({
              path: api_endpoints_1.getAgent.path(args),
              method: api_endpoints_1.getAgent.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getAgent.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getAgent.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Query agents
           */
          query: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.queryAgents);
            return this.request({
              path: api_endpoints_1.queryAgents.path(),
              method: api_endpoints_1.queryAgents.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.queryAgents.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.queryAgents.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Retrieve agent insights
           */
          retrieveInsights: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getInsights);
            return this.request({
              path: api_endpoints_1.getInsights.path(args),
              method: api_endpoints_1.getInsights.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getInsights.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getInsights.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update an agent's credit limit
           */
          updateCreditLimit: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updateAgentCreditLimit);
            return this.request({
              path: api_endpoints_1.updateAgentCreditLimit.path(args),
              method: api_endpoints_1.updateAgentCreditLimit.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateAgentCreditLimit.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updateAgentCreditLimit.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update an agent's status
           */
          updateStatus: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updateAgentStatus);
            return this.request({
              path: api_endpoints_1.updateAgentStatus.path(args),
              method: api_endpoints_1.updateAgentStatus.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateAgentStatus.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updateAgentStatus.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Delete an agent
           */
          delete: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.deleteAgent);
            return this.request({
              path: api_endpoints_1.deleteAgent.path(args),
              method: api_endpoints_1.deleteAgent.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.deleteAgent.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.deleteAgent.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Apply many agent operations
           */
          batch: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.agentBatch);
            return this.request({
              path: api_endpoints_1.agentBatch.path(),
              method: api_endpoints_1.agentBatch.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.agentBatch.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.agentBatch.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.sessions = {
          /**
           * Retrieve a session
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.retrieveSession);
            return this.request({
              path: api_endpoints_1.retrieveSession.path(args),
              method: api_endpoints_1.retrieveSession.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.retrieveSession.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.retrieveSession.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update a session
           */
          update: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updateSession);
            return this.request({
              path: api_endpoints_1.updateSession.path(),
              method: api_endpoints_1.updateSession.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateSession.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updateSession.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Open a session stream
           */
          stream: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updateSessionStream);
            return this.streamRequest({
              path: api_endpoints_1.updateSessionStream.path(),
              method: api_endpoints_1.updateSessionStream.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateSessionStream.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updateSessionStream.bodyParams),
              headers: api_endpoints_1.updateSessionStream.headers,
              auth: args === null || args === void 0 ? void 0 : args.auth
            }, parseSessionStreamEvent);
          },
          /**
           * Cancel a session
           */
          cancel: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.cancelSession);
            return this.request({
              path: api_endpoints_1.cancelSession.path(args),
              method: api_endpoints_1.cancelSession.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.cancelSession.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.cancelSession.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Query sessions
           */
          query: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.querySessions);
            return this.request({
              path: api_endpoints_1.querySessions.path(),
              method: api_endpoints_1.querySessions.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.querySessions.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.querySessions.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Query session events
           */
          queryEvents: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.querySessionEvents);
            return this.request({
              path: api_endpoints_1.querySessionEvents.path(args),
              method: api_endpoints_1.querySessionEvents.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.querySessionEvents.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.querySessionEvents.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.asyncTasks = {
          /**
           * Retrieve an async task
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getAsyncTask);
            return this.request({
              path: api_endpoints_1.getAsyncTask.path(args),
              method: api_endpoints_1.getAsyncTask.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getAsyncTask.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getAsyncTask.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.blocks = {
          /**
           * Retrieve block
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getBlock);
            return this.request({
              path: api_endpoints_1.getBlock.path(args),
              method: api_endpoints_1.getBlock.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getBlock.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getBlock.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update block
           */
          update: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updateBlock);
            return this.request({
              path: api_endpoints_1.updateBlock.path(args),
              method: api_endpoints_1.updateBlock.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateBlock.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updateBlock.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Delete block
           */
          delete: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.deleteBlock);
            return this.request({
              path: api_endpoints_1.deleteBlock.path(args),
              method: api_endpoints_1.deleteBlock.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.deleteBlock.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.deleteBlock.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          children: {
            /**
             * Append block children
             */
            append: (args) => {
              this.warnUnknownParams(args, api_endpoints_1.appendBlockChildren);
              return this.request({
                path: api_endpoints_1.appendBlockChildren.path(args),
                method: api_endpoints_1.appendBlockChildren.method,
                query: (0, utils_1.pick)(args, api_endpoints_1.appendBlockChildren.queryParams),
                body: (0, utils_1.pick)(args, api_endpoints_1.appendBlockChildren.bodyParams),
                auth: args === null || args === void 0 ? void 0 : args.auth
              });
            },
            /**
             * Retrieve block children
             */
            list: (args) => {
              this.warnUnknownParams(args, api_endpoints_1.listBlockChildren);
              return this.request({
                path: api_endpoints_1.listBlockChildren.path(args),
                method: api_endpoints_1.listBlockChildren.method,
                query: (0, utils_1.pick)(args, api_endpoints_1.listBlockChildren.queryParams),
                body: (0, utils_1.pick)(args, api_endpoints_1.listBlockChildren.bodyParams),
                auth: args === null || args === void 0 ? void 0 : args.auth
              });
            }
          },
          meetingNotes: {
            /**
             * Create a meeting note
             */
            create: (args) => {
              this.warnUnknownParams(args, meeting_notes_1.createMeetingNote);
              return this.request({
                path: meeting_notes_1.createMeetingNote.path(),
                method: meeting_notes_1.createMeetingNote.method,
                query: (0, utils_1.pick)(args, meeting_notes_1.createMeetingNote.queryParams),
                body: (0, utils_1.pick)(args, meeting_notes_1.createMeetingNote.bodyParams),
                auth: args === null || args === void 0 ? void 0 : args.auth
              });
            },
            /**
             * Query meeting notes
             */
            query: (args) => {
              return this.request({
                path: meeting_notes_1.queryMeetingNotes.path(),
                method: meeting_notes_1.queryMeetingNotes.method,
                query: (0, utils_1.pick)(args, meeting_notes_1.queryMeetingNotes.queryParams),
                body: (0, utils_1.pick)(args, meeting_notes_1.queryMeetingNotes.bodyParams),
                auth: args === null || args === void 0 ? void 0 : args.auth
              });
            }
          }
        };
        this.databases = {
          /**
           * Retrieve a database
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getDatabase);
            return this.request({
              path: api_endpoints_1.getDatabase.path(args),
              method: api_endpoints_1.getDatabase.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getDatabase.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getDatabase.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Create a database
           */
          create: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.createDatabase);
            return this.request({
              path: api_endpoints_1.createDatabase.path(),
              method: api_endpoints_1.createDatabase.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.createDatabase.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.createDatabase.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update a database
           */
          update: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updateDatabase);
            return this.request({
              path: api_endpoints_1.updateDatabase.path(args),
              method: api_endpoints_1.updateDatabase.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateDatabase.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updateDatabase.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.dataSources = {
          /**
           * Retrieve a data source
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getDataSource);
            return this.request({
              path: api_endpoints_1.getDataSource.path(args),
              method: api_endpoints_1.getDataSource.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getDataSource.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getDataSource.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Query a data source
           */
          query: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.queryDataSource);
            return this.request({
              path: api_endpoints_1.queryDataSource.path(args),
              method: api_endpoints_1.queryDataSource.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.queryDataSource.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.queryDataSource.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Create a data source
           */
          create: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.createDataSource);
            return this.request({
              path: api_endpoints_1.createDataSource.path(),
              method: api_endpoints_1.createDataSource.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.createDataSource.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.createDataSource.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update a data source
           */
          update: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updateDataSource);
            return this.request({
              path: api_endpoints_1.updateDataSource.path(args),
              method: api_endpoints_1.updateDataSource.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateDataSource.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updateDataSource.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * List page templates that are available for a data source
           */
          listTemplates: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.listDataSourceTemplates);
            return this.request({
              path: api_endpoints_1.listDataSourceTemplates.path(args),
              method: api_endpoints_1.listDataSourceTemplates.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.listDataSourceTemplates.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.listDataSourceTemplates.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.pages = {
          /**
           * Create a page
           */
          create: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.createPage);
            return this.request({
              path: api_endpoints_1.createPage.path(),
              method: api_endpoints_1.createPage.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.createPage.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.createPage.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Retrieve a page
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getPage);
            return this.request({
              path: api_endpoints_1.getPage.path(args),
              method: api_endpoints_1.getPage.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getPage.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getPage.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update page properties
           */
          update: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updatePage);
            return this.request({
              path: api_endpoints_1.updatePage.path(args),
              method: api_endpoints_1.updatePage.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updatePage.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updatePage.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Move a page
           */
          move: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.movePage);
            return this.request({
              path: api_endpoints_1.movePage.path(args),
              method: api_endpoints_1.movePage.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.movePage.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.movePage.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Retrieve a page as markdown
           */
          retrieveMarkdown: (args) => {
            return this.request({
              path: api_endpoints_1.getPageMarkdown.path(args),
              method: api_endpoints_1.getPageMarkdown.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getPageMarkdown.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getPageMarkdown.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update a page's content as markdown
           */
          updateMarkdown: (args) => {
            return this.request({
              path: api_endpoints_1.updatePageMarkdown.path(args),
              method: api_endpoints_1.updatePageMarkdown.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updatePageMarkdown.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updatePageMarkdown.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          properties: {
            /**
             * Retrieve page property
             */
            retrieve: (args) => {
              this.warnUnknownParams(args, api_endpoints_1.getPageProperty);
              return this.request({
                path: api_endpoints_1.getPageProperty.path(args),
                method: api_endpoints_1.getPageProperty.method,
                query: (0, utils_1.pick)(args, api_endpoints_1.getPageProperty.queryParams),
                body: (0, utils_1.pick)(args, api_endpoints_1.getPageProperty.bodyParams),
                auth: args === null || args === void 0 ? void 0 : args.auth
              });
            }
          }
        };
        this.users = {
          /**
           * Retrieve a user
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getUser);
            return this.request({
              path: api_endpoints_1.getUser.path(args),
              method: api_endpoints_1.getUser.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getUser.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getUser.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * List all users
           */
          list: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.listUsers);
            return this.request({
              path: api_endpoints_1.listUsers.path(),
              method: api_endpoints_1.listUsers.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.listUsers.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.listUsers.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Get details about bot
           */
          me: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getSelf);
            return this.request({
              path: api_endpoints_1.getSelf.path(),
              method: api_endpoints_1.getSelf.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getSelf.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getSelf.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.customEmojis = {
          /**
           * List custom emojis
           */
          list: (args) => {
            this.warnUnknownParams(args !== null && args !== void 0 ? args : {}, api_endpoints_1.listCustomEmojis);
            return this.request({
              path: api_endpoints_1.listCustomEmojis.path(),
              method: api_endpoints_1.listCustomEmojis.method,
              query: (0, utils_1.pick)(args !== null && args !== void 0 ? args : {}, api_endpoints_1.listCustomEmojis.queryParams),
              body: (0, utils_1.pick)(args !== null && args !== void 0 ? args : {}, api_endpoints_1.listCustomEmojis.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.comments = {
          /**
           * Create a comment
           */
          create: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.createComment);
            return this.request({
              path: api_endpoints_1.createComment.path(),
              method: api_endpoints_1.createComment.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.createComment.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.createComment.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * List comments
           */
          list: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.listComments);
            return this.request({
              path: api_endpoints_1.listComments.path(),
              method: api_endpoints_1.listComments.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.listComments.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.listComments.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Retrieve a comment
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getComment);
            return this.request({
              path: api_endpoints_1.getComment.path(args),
              method: api_endpoints_1.getComment.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getComment.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getComment.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update a comment
           */
          update: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.updateComment);
            return this.request({
              path: api_endpoints_1.updateComment.path(args),
              method: api_endpoints_1.updateComment.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateComment.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.updateComment.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Delete a comment
           */
          delete: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.deleteComment);
            return this.request({
              path: api_endpoints_1.deleteComment.path(args),
              method: api_endpoints_1.deleteComment.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.deleteComment.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.deleteComment.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.fileUploads = {
          /**
           * Create a file upload
           */
          create: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.createFileUpload);
            return this.request({
              path: api_endpoints_1.createFileUpload.path(),
              method: api_endpoints_1.createFileUpload.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.createFileUpload.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.createFileUpload.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Retrieve a file upload
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getFileUpload);
            return this.request({
              path: api_endpoints_1.getFileUpload.path(args),
              method: api_endpoints_1.getFileUpload.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getFileUpload.queryParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * List file uploads
           */
          list: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.listFileUploads);
            return this.request({
              path: api_endpoints_1.listFileUploads.path(),
              method: api_endpoints_1.listFileUploads.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.listFileUploads.queryParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Send a file upload
           *
           * Requires a `file_upload_id`, obtained from the `id` of the Create File
           * Upload API response.
           *
           * The `file` parameter contains the raw file contents or Blob/File object
           * under `file.data`, and an optional `file.filename` string.
           *
           * Supply a stringified `part_number` parameter when using file uploads
           * in multi-part mode.
           *
           * This endpoint sends HTTP multipart/form-data instead of JSON parameters.
           */
          send: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.sendFileUpload);
            return this.request({
              path: api_endpoints_1.sendFileUpload.path(args),
              method: api_endpoints_1.sendFileUpload.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.sendFileUpload.queryParams),
              formDataParams: (0, utils_1.pick)(args, api_endpoints_1.sendFileUpload.formDataParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Complete a file upload
           */
          complete: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.completeFileUpload);
            return this.request({
              path: api_endpoints_1.completeFileUpload.path(args),
              method: api_endpoints_1.completeFileUpload.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.completeFileUpload.queryParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          }
        };
        this.views = {
          /**
           * Create a view
           */
          create: (args) => {
            return this.request({
              path: api_endpoints_1.createView.path(),
              method: api_endpoints_1.createView.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.createView.queryParams),
              body: (0, utils_1.pick)(args, [
                "data_source_id",
                "name",
                "type",
                "database_id",
                "view_id",
                "filter",
                "sorts",
                "quick_filters",
                "create_database",
                "configuration",
                "position",
                "placement"
              ]),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Retrieve a view
           */
          retrieve: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.getView);
            return this.request({
              path: api_endpoints_1.getView.path(args),
              method: api_endpoints_1.getView.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.getView.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.getView.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Update a view
           */
          update: (args) => {
            return this.request({
              path: api_endpoints_1.updateView.path(args),
              method: api_endpoints_1.updateView.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.updateView.queryParams),
              body: (0, utils_1.pick)(args, [
                "name",
                "filter",
                "sorts",
                "quick_filters",
                "configuration"
              ]),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * Delete a view
           */
          delete: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.deleteView);
            return this.request({
              path: api_endpoints_1.deleteView.path(args),
              method: api_endpoints_1.deleteView.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.deleteView.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.deleteView.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          /**
           * List views for a database
           */
          list: (args) => {
            this.warnUnknownParams(args, api_endpoints_1.listDatabaseViews);
            return this.request({
              path: api_endpoints_1.listDatabaseViews.path(),
              method: api_endpoints_1.listDatabaseViews.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.listDatabaseViews.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.listDatabaseViews.bodyParams),
              auth: args === null || args === void 0 ? void 0 : args.auth
            });
          },
          queries: {
            /**
             * Create a view query
             */
            create: (args) => {
              return this.request({
                path: api_endpoints_1.createViewQuery.path(args),
                method: api_endpoints_1.createViewQuery.method,
                query: (0, utils_1.pick)(args, api_endpoints_1.createViewQuery.queryParams),
                body: (0, utils_1.pick)(args, ["page_size"]),
                auth: args === null || args === void 0 ? void 0 : args.auth
              });
            },
            /**
             * Get view query results
             */
            results: (args) => {
              this.warnUnknownParams(args, api_endpoints_1.getViewQueryResults);
              return this.request({
                path: api_endpoints_1.getViewQueryResults.path(args),
                method: api_endpoints_1.getViewQueryResults.method,
                query: (0, utils_1.pick)(args, api_endpoints_1.getViewQueryResults.queryParams),
                body: (0, utils_1.pick)(args, api_endpoints_1.getViewQueryResults.bodyParams),
                auth: args === null || args === void 0 ? void 0 : args.auth
              });
            },
            /**
             * Delete a view query
             */
            delete: (args) => {
              this.warnUnknownParams(args, api_endpoints_1.deleteViewQuery);
              return this.request({
                path: api_endpoints_1.deleteViewQuery.path(args),
                method: api_endpoints_1.deleteViewQuery.method,
                query: (0, utils_1.pick)(args, api_endpoints_1.deleteViewQuery.queryParams),
                body: (0, utils_1.pick)(args, api_endpoints_1.deleteViewQuery.bodyParams),
                auth: args === null || args === void 0 ? void 0 : args.auth
              });
            }
          }
        };
        this.search = (args) => {
          this.warnUnknownParams(args, api_endpoints_1.search);
          return this.request({
            path: api_endpoints_1.search.path(),
            method: api_endpoints_1.search.method,
            query: (0, utils_1.pick)(args, api_endpoints_1.search.queryParams),
            body: (0, utils_1.pick)(args, api_endpoints_1.search.bodyParams),
            auth: args === null || args === void 0 ? void 0 : args.auth
          });
        };
        this.oauth = {
          /**
           * Get token
           */
          token: (args) => {
            return this.request({
              path: api_endpoints_1.oauthToken.path(),
              method: api_endpoints_1.oauthToken.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.oauthToken.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.oauthToken.bodyParams),
              auth: {
                client_id: args.client_id,
                client_secret: args.client_secret
              }
            });
          },
          /**
           * Introspect token
           */
          introspect: (args) => {
            return this.request({
              path: api_endpoints_1.oauthIntrospect.path(),
              method: api_endpoints_1.oauthIntrospect.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.oauthIntrospect.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.oauthIntrospect.bodyParams),
              auth: {
                client_id: args.client_id,
                client_secret: args.client_secret
              }
            });
          },
          /**
           * Revoke token
           */
          revoke: (args) => {
            return this.request({
              path: api_endpoints_1.oauthRevoke.path(),
              method: api_endpoints_1.oauthRevoke.method,
              query: (0, utils_1.pick)(args, api_endpoints_1.oauthRevoke.queryParams),
              body: (0, utils_1.pick)(args, api_endpoints_1.oauthRevoke.bodyParams),
              auth: {
                client_id: args.client_id,
                client_secret: args.client_secret
              }
            });
          }
        };
        __classPrivateFieldSet(this, _Client_auth, options === null || options === void 0 ? void 0 : options.auth, "f");
        __classPrivateFieldSet(this, _Client_logLevel, (_a = options === null || options === void 0 ? void 0 : options.logLevel) !== null && _a !== void 0 ? _a : logging_1.LogLevel.WARN, "f");
        __classPrivateFieldSet(this, _Client_logger, (_b = options === null || options === void 0 ? void 0 : options.logger) !== null && _b !== void 0 ? _b : (0, logging_1.makeConsoleLogger)(package_json_1.name), "f");
        __classPrivateFieldSet(this, _Client_prefixUrl, `${(_c = options === null || options === void 0 ? void 0 : options.baseUrl) !== null && _c !== void 0 ? _c : constants_1.DEFAULT_BASE_URL}/v1/`, "f");
        __classPrivateFieldSet(this, _Client_timeoutMs, (_d = options === null || options === void 0 ? void 0 : options.timeoutMs) !== null && _d !== void 0 ? _d : constants_1.DEFAULT_TIMEOUT_MS, "f");
        __classPrivateFieldSet(this, _Client_notionVersion, (_e2 = options === null || options === void 0 ? void 0 : options.notionVersion) !== null && _e2 !== void 0 ? _e2 : _Client.defaultNotionVersion, "f");
        __classPrivateFieldSet(this, _Client_fetch, (_f = options === null || options === void 0 ? void 0 : options.fetch) !== null && _f !== void 0 ? _f : fetch.bind(globalThis), "f");
        __classPrivateFieldSet(this, _Client_agent, options === null || options === void 0 ? void 0 : options.agent, "f");
        __classPrivateFieldSet(this, _Client_userAgent, `notionhq-client/${package_json_1.version}`, "f");
        if ((options === null || options === void 0 ? void 0 : options.retry) === false) {
          __classPrivateFieldSet(this, _Client_maxRetries, 0, "f");
          __classPrivateFieldSet(this, _Client_initialRetryDelayMs, 0, "f");
          __classPrivateFieldSet(this, _Client_maxRetryDelayMs, 0, "f");
        } else {
          __classPrivateFieldSet(this, _Client_maxRetries, (_h = (_g = options === null || options === void 0 ? void 0 : options.retry) === null || _g === void 0 ? void 0 : _g.maxRetries) !== null && _h !== void 0 ? _h : constants_1.DEFAULT_MAX_RETRIES, "f");
          __classPrivateFieldSet(this, _Client_initialRetryDelayMs, (_k = (_j = options === null || options === void 0 ? void 0 : options.retry) === null || _j === void 0 ? void 0 : _j.initialRetryDelayMs) !== null && _k !== void 0 ? _k : constants_1.DEFAULT_INITIAL_RETRY_DELAY_MS, "f");
          __classPrivateFieldSet(this, _Client_maxRetryDelayMs, (_m = (_l = options === null || options === void 0 ? void 0 : options.retry) === null || _l === void 0 ? void 0 : _l.maxRetryDelayMs) !== null && _m !== void 0 ? _m : constants_1.DEFAULT_MAX_RETRY_DELAY_MS, "f");
        }
      }
      /**
       * Sends a request.
       */
      async request(args) {
        const { path: path2, method, query, body, formDataParams, auth } = args;
        (0, errors_1.validateRequestPath)(path2);
        this.log(logging_1.LogLevel.INFO, "request start", { method, path: path2 });
        const url = this.buildRequestUrl(path2, query);
        const bodyAsJsonString = this.serializeBody(body);
        const headers = this.buildRequestHeaders(args.headers, auth, bodyAsJsonString);
        const formData = this.buildFormData(formDataParams, headers);
        return this.executeWithRetry({
          url,
          method,
          path: path2,
          headers,
          body: bodyAsJsonString !== null && bodyAsJsonString !== void 0 ? bodyAsJsonString : formData
        }, (request) => this.executeSingleRequest(request));
      }
      /**
       * Opens an SSE response and yields each parsed event as it arrives.
       */
      async *streamRequest(args, parseEvent) {
        var _a;
        const { path: path2, method, query, body, auth } = args;
        (0, errors_1.validateRequestPath)(path2);
        this.log(logging_1.LogLevel.INFO, "stream request start", { method, path: path2 });
        const url = this.buildRequestUrl(path2, query);
        const bodyAsJsonString = this.serializeBody(body);
        const headers = this.buildRequestHeaders(args.headers, auth, bodyAsJsonString);
        const response = await this.executeWithRetry({
          url,
          method,
          path: path2,
          headers,
          body: bodyAsJsonString
        }, (request) => this.executeSingleStreamRequest(request));
        this.log(logging_1.LogLevel.INFO, "stream request opened", { method, path: path2 });
        if (response.body === void 0 || response.body === null) {
          for (const frame of takeSseFrames({
            content: await response.text(),
            complete: true
          }).frames) {
            yield parseEvent(frame);
          }
          return;
        }
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let remaining = "";
        let complete = false;
        try {
          while (!complete) {
            const { done, value: value2 } = await reader.read();
            if (done) {
              complete = true;
              continue;
            }
            if (value2 === void 0) {
              throw new Error("SSE response body ended without a data chunk.");
            }
            const frames = takeSseFrames({
              content: `${remaining}${decoder.decode(value2, { stream: true })}`,
              complete: false
            });
            remaining = frames.remaining;
            for (const frame of frames.frames) {
              yield parseEvent(frame);
            }
          }
          for (const frame of takeSseFrames({
            content: `${remaining}${decoder.decode()}`,
            complete: true
          }).frames) {
            yield parseEvent(frame);
          }
        } finally {
          try {
            if (!complete) {
              await ((_a = reader.cancel) === null || _a === void 0 ? void 0 : _a.call(reader));
            }
          } finally {
            reader.releaseLock();
          }
        }
      }
      /**
       * Builds the full URL with query parameters.
       */
      buildRequestUrl(path2, query) {
        const url = new URL(`${__classPrivateFieldGet(this, _Client_prefixUrl, "f")}${path2}`);
        if (query) {
          for (const [key, value2] of Object.entries(query)) {
            if (value2 !== void 0 && value2 !== null) {
              if (Array.isArray(value2)) {
                for (const val of value2) {
                  url.searchParams.append(key, decodeURIComponent(val));
                }
              } else {
                url.searchParams.append(key, String(value2));
              }
            }
          }
        }
        return url;
      }
      /**
       * Serializes the request body to JSON string if non-empty.
       */
      serializeBody(body) {
        if (!body) {
          return void 0;
        }
        const serializedBody = { ...body };
        if (serializedBody[START_CURSOR_PARAM_NAME] === null) {
          delete serializedBody[START_CURSOR_PARAM_NAME];
        }
        if (Object.entries(serializedBody).length === 0) {
          return void 0;
        }
        return JSON.stringify(serializedBody);
      }
      /**
       * Builds the request headers including auth and content-type.
       */
      buildRequestHeaders(customHeaders, auth, bodyAsJsonString) {
        const authorizationHeader = this.buildAuthHeader(auth);
        const headers = {
          ...customHeaders,
          ...authorizationHeader,
          "Notion-Version": __classPrivateFieldGet(this, _Client_notionVersion, "f"),
          "user-agent": __classPrivateFieldGet(this, _Client_userAgent, "f")
        };
        if (bodyAsJsonString !== void 0) {
          headers["content-type"] = "application/json";
        }
        return headers;
      }
      /**
       * Builds the authorization header based on auth type.
       */
      buildAuthHeader(auth) {
        if (typeof auth === "object") {
          const unencodedCredential = `${auth.client_id}:${auth.client_secret}`;
          const encodedCredential = Buffer.from(unencodedCredential).toString("base64");
          return { authorization: `Basic ${encodedCredential}` };
        }
        return this.authAsHeaders(auth);
      }
      /**
       * Builds FormData from form parameters if provided.
       * Also removes content-type header to let fetch set the boundary.
       */
      buildFormData(formDataParams, headers) {
        if (!formDataParams) {
          return void 0;
        }
        delete headers["content-type"];
        const formData = new FormData();
        for (const [key, value2] of Object.entries(formDataParams)) {
          if (typeof value2 === "string") {
            formData.append(key, value2);
          } else if (typeof value2 === "object") {
            formData.append(key, typeof value2.data === "object" ? value2.data : new Blob([value2.data]), value2.filename);
          }
        }
        return formData;
      }
      /**
       * Executes the request with retry logic.
       */
      async executeWithRetry(args, execute) {
        const { url, method, path: path2, headers, body } = args;
        let attempt = 0;
        while (true) {
          try {
            return await execute({
              url,
              method,
              path: path2,
              headers,
              body
            });
          } catch (error) {
            if (!(0, errors_1.isNotionClientError)(error)) {
              throw error;
            }
            this.logRequestError(error, attempt);
            if (attempt < __classPrivateFieldGet(this, _Client_maxRetries, "f") && this.canRetry(error, method)) {
              const delayMs = this.calculateRetryDelay(error, attempt);
              this.log(logging_1.LogLevel.INFO, "retrying request", {
                method,
                path: path2,
                attempt: attempt + 1,
                delayMs
              });
              await this.sleep(delayMs);
              attempt++;
              continue;
            }
            throw error;
          }
        }
      }
      /**
       * Executes a single HTTP request (no retry).
       */
      async executeSingleRequest(args) {
        const { url, method, path: path2, headers, body } = args;
        const response = await errors_1.RequestTimeoutError.rejectAfterTimeout(__classPrivateFieldGet(this, _Client_fetch, "f").call(this, url.toString(), {
          method: method.toUpperCase(),
          headers,
          body,
          agent: __classPrivateFieldGet(this, _Client_agent, "f")
        }), __classPrivateFieldGet(this, _Client_timeoutMs, "f"));
        const responseText = await response.text();
        if (!response.ok) {
          throw (0, errors_1.buildRequestError)(response, responseText);
        }
        const responseJson = JSON.parse(responseText);
        this.log(logging_1.LogLevel.INFO, "request success", {
          method,
          path: path2,
          ...this.extractRequestId(responseJson)
        });
        return responseJson;
      }
      /**
       * Opens an SSE response without consuming its body. Retry orchestration is
       * shared with JSON requests so only the initial, retryable HTTP failures are
       * retried; once a stream has opened, its events are never replayed.
       */
      async executeSingleStreamRequest(args) {
        const { url, method, body } = args;
        const response = await errors_1.RequestTimeoutError.rejectAfterTimeout(__classPrivateFieldGet(this, _Client_fetch, "f").call(this, url.toString(), {
          method: method.toUpperCase(),
          headers: args.headers,
          body,
          agent: __classPrivateFieldGet(this, _Client_agent, "f")
        }), __classPrivateFieldGet(this, _Client_timeoutMs, "f"));
        if (!response.ok) {
          throw (0, errors_1.buildRequestError)(response, await response.text());
        }
        return response;
      }
      /**
       * Logs a request error with appropriate detail level.
       */
      logRequestError(error, attempt) {
        this.log(logging_1.LogLevel.WARN, "request fail", {
          code: error.code,
          message: error.message,
          attempt,
          ...this.extractRequestId(error)
        });
        if ((0, errors_1.isHTTPResponseError)(error)) {
          this.log(logging_1.LogLevel.DEBUG, "failed response body", {
            body: error.body
          });
        }
      }
      /**
       * Extracts request_id from an object if present.
       */
      extractRequestId(obj) {
        if (obj && typeof obj === "object" && "request_id" in obj && typeof obj.request_id === "string") {
          return { requestId: obj.request_id };
        }
        return {};
      }
      /**
       * Determines if an error can be retried based on its error code and method.
       * Rate limits (429) and service overloads (529) are always retryable since
       * the server explicitly asks us to retry. Server errors (500, 503) are only
       * retried for idempotent methods (GET, DELETE) to avoid duplicate side
       * effects.
       */
      canRetry(error, method) {
        if (!errors_1.APIResponseError.isAPIResponseError(error)) {
          return false;
        }
        if (error.code === errors_1.APIErrorCode.RateLimited || error.code === errors_1.APIErrorCode.ServiceOverload) {
          return true;
        }
        const isIdempotent = method === "get" || method === "delete";
        if (isIdempotent) {
          return error.code === errors_1.APIErrorCode.InternalServerError || error.code === errors_1.APIErrorCode.ServiceUnavailable;
        }
        return false;
      }
      /**
       * Calculates the delay before the next retry attempt.
       * Uses retry-after header if present, otherwise exponential back-off with
       * jitter.
       */
      calculateRetryDelay(error, attempt) {
        if (errors_1.APIResponseError.isAPIResponseError(error)) {
          const retryAfterMs2 = this.parseRetryAfterHeader(error.headers);
          if (retryAfterMs2 !== void 0) {
            return Math.min(retryAfterMs2, __classPrivateFieldGet(this, _Client_maxRetryDelayMs, "f"));
          }
        }
        const baseDelay = __classPrivateFieldGet(this, _Client_initialRetryDelayMs, "f") * Math.pow(2, attempt);
        const jitter = Math.random();
        return Math.min(baseDelay * jitter + baseDelay / 2, __classPrivateFieldGet(this, _Client_maxRetryDelayMs, "f"));
      }
      /**
       * Parses the retry-after header value.
       * Supports both delta-seconds (e.g., "120") and HTTP-date formats.
       * Returns the delay in milliseconds, or undefined if not present or invalid.
       */
      parseRetryAfterHeader(headers) {
        const retryAfterValue = (0, errors_1.getResponseHeader)(headers, "retry-after");
        if (!retryAfterValue) {
          return void 0;
        }
        const seconds = parseInt(retryAfterValue, 10);
        if (!isNaN(seconds) && seconds >= 0) {
          return seconds * 1e3;
        }
        const date = Date.parse(retryAfterValue);
        if (!isNaN(date)) {
          const delayMs = date - Date.now();
          return delayMs > 0 ? delayMs : 0;
        }
        return void 0;
      }
      sleep(ms2) {
        return new Promise((resolve4) => setTimeout(resolve4, ms2));
      }
      /**
       * Logs a warning when the caller passes parameters that are not recognized
       * by the endpoint definition. This helps catch typos and renamed parameters
       * (e.g. `archived` vs `in_trash` for `databases.update`) that would
       * otherwise be silently dropped by `pick()`.
       */
      warnUnknownParams(args, endpoint) {
        var _a;
        if (!args || typeof args !== "object")
          return;
        const unknownKeys = (0, utils_1.getUnknownParams)(args, endpoint);
        if (unknownKeys.length > 0) {
          this.log(logging_1.LogLevel.WARN, "unknown parameters were ignored", {
            unknownParams: unknownKeys,
            knownParams: [
              ...endpoint.pathParams,
              ...endpoint.queryParams,
              ...endpoint.bodyParams,
              ...(_a = endpoint.formDataParams) !== null && _a !== void 0 ? _a : []
            ]
          });
        }
      }
      /**
       * Emits a log message to the console.
       *
       * @param level The level for this message
       * @param args Arguments to send to the console
       */
      log(level, message, extraInfo) {
        if ((0, logging_1.logLevelSeverity)(level) >= (0, logging_1.logLevelSeverity)(__classPrivateFieldGet(this, _Client_logLevel, "f"))) {
          __classPrivateFieldGet(this, _Client_logger, "f").call(this, level, message, extraInfo);
        }
      }
      /**
       * Transforms an API key or access token into a headers object suitable for an HTTP request.
       *
       * This method uses the instance's value as the default when the input is undefined. If neither are defined, it returns
       * an empty object
       *
       * @param auth API key or access token
       * @returns headers key-value object
       */
      authAsHeaders(auth) {
        const headers = {};
        const authHeaderValue = auth !== null && auth !== void 0 ? auth : __classPrivateFieldGet(this, _Client_auth, "f");
        if (authHeaderValue !== void 0) {
          headers["authorization"] = `Bearer ${authHeaderValue}`;
        }
        return headers;
      }
    };
    _Client_auth = /* @__PURE__ */ new WeakMap(), _Client_logLevel = /* @__PURE__ */ new WeakMap(), _Client_logger = /* @__PURE__ */ new WeakMap(), _Client_prefixUrl = /* @__PURE__ */ new WeakMap(), _Client_timeoutMs = /* @__PURE__ */ new WeakMap(), _Client_notionVersion = /* @__PURE__ */ new WeakMap(), _Client_fetch = /* @__PURE__ */ new WeakMap(), _Client_agent = /* @__PURE__ */ new WeakMap(), _Client_userAgent = /* @__PURE__ */ new WeakMap(), _Client_maxRetries = /* @__PURE__ */ new WeakMap(), _Client_initialRetryDelayMs = /* @__PURE__ */ new WeakMap(), _Client_maxRetryDelayMs = /* @__PURE__ */ new WeakMap();
    Client2.defaultNotionVersion = "2025-09-03";
    exports.default = Client2;
    var sessionStreamEventTypes = /* @__PURE__ */ new Set([
      "session.snapshot",
      "event.provisional",
      "event.committed",
      "stream.timeout",
      "stream.end",
      "stream.error"
    ]);
    function takeSseFrames(args) {
      const frames = [];
      let remaining = args.content.replace(/\r\n/g, "\n");
      let boundary = remaining.indexOf("\n\n");
      while (boundary !== -1) {
        const frame = parseSseFrame(remaining.slice(0, boundary));
        if (frame !== void 0) {
          frames.push(frame);
        }
        remaining = remaining.slice(boundary + 2);
        boundary = remaining.indexOf("\n\n");
      }
      if (args.complete && remaining !== "") {
        const frame = parseSseFrame(remaining);
        if (frame !== void 0) {
          frames.push(frame);
        }
        remaining = "";
      }
      return { frames, remaining };
    }
    function parseSseFrame(content3) {
      let eventName;
      const dataLines = [];
      for (const line of content3.split("\n")) {
        if (line.startsWith(":")) {
          continue;
        }
        const colonIndex = line.indexOf(":");
        if (colonIndex === -1) {
          continue;
        }
        const field = line.slice(0, colonIndex);
        const valueStart = line.charAt(colonIndex + 1) === " " ? colonIndex + 2 : colonIndex + 1;
        const value2 = line.slice(valueStart);
        if (field === "event") {
          eventName = value2;
        } else if (field === "data") {
          dataLines.push(value2);
        }
      }
      if (dataLines.length === 0) {
        return void 0;
      }
      if (eventName === void 0) {
        throw new Error("Session stream event is missing its SSE event name.");
      }
      return { eventName, data: dataLines.join("\n") };
    }
    function parseSessionStreamEvent(frame) {
      const event = JSON.parse(frame.data);
      if (typeof event !== "object" || event === null || !sessionStreamEventTypes.has(event.type) || event.type !== frame.eventName) {
        throw new Error("Session stream event does not match its SSE event name.");
      }
      return event;
    }
  }
});

// node_modules/@notionhq/client/build/src/helpers.js
var require_helpers = __commonJS({
  "node_modules/@notionhq/client/build/src/helpers.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.iteratePaginatedAPI = iteratePaginatedAPI;
    exports.collectPaginatedAPI = collectPaginatedAPI;
    exports.iterateDataSourceTemplates = iterateDataSourceTemplates;
    exports.collectDataSourceTemplates = collectDataSourceTemplates;
    exports.iterateAllDataSourceRows = iterateAllDataSourceRows;
    exports.collectAllDataSourceRows = collectAllDataSourceRows;
    exports.isFullBlock = isFullBlock;
    exports.isFullPage = isFullPage;
    exports.isFullDataSource = isFullDataSource;
    exports.isFullDatabase = isFullDatabase;
    exports.isFullPageOrDataSource = isFullPageOrDataSource;
    exports.isFullUser = isFullUser;
    exports.isFullComment = isFullComment;
    exports.isFullView = isFullView;
    exports.isTextRichTextItemResponse = isTextRichTextItemResponse;
    exports.isEquationRichTextItemResponse = isEquationRichTextItemResponse;
    exports.isMentionRichTextItemResponse = isMentionRichTextItemResponse;
    exports.extractNotionId = extractNotionId;
    exports.extractDatabaseId = extractDatabaseId;
    exports.extractPageId = extractPageId;
    exports.extractBlockId = extractBlockId;
    async function* iteratePaginatedAPI(listFn, firstPageArgs) {
      let nextCursor = firstPageArgs.start_cursor;
      do {
        const response = await listFn({
          ...firstPageArgs,
          start_cursor: nextCursor
        });
        yield* response.results;
        nextCursor = response.next_cursor;
      } while (nextCursor);
    }
    async function collectPaginatedAPI(listFn, firstPageArgs) {
      const results = [];
      for await (const item of iteratePaginatedAPI(listFn, firstPageArgs)) {
        results.push(item);
      }
      return results;
    }
    async function* iterateDataSourceTemplates(client, args) {
      let nextCursor = args.start_cursor;
      do {
        const response = await client.dataSources.listTemplates({
          ...args,
          start_cursor: nextCursor
        });
        yield* response.templates;
        nextCursor = response.next_cursor;
      } while (nextCursor);
    }
    async function collectDataSourceTemplates(client, args) {
      const results = [];
      for await (const template of iterateDataSourceTemplates(client, args)) {
        results.push(template);
      }
      return results;
    }
    async function* iterateAllDataSourceRows(client, args) {
      var _a, _b;
      const seenRowIds = /* @__PURE__ */ new Set();
      let windowStart = void 0;
      for (; ; ) {
        let limitReached = false;
        let lastCreatedTime = void 0;
        let cursor = void 0;
        do {
          const response = await client.dataSources.query({
            ...args,
            sorts: [{ timestamp: "created_time", direction: "ascending" }],
            filter: createdTimeLowerBound(args.filter, windowStart),
            start_cursor: cursor
          });
          for (const row of response.results) {
            if (isFullPageOrDataSource(row)) {
              lastCreatedTime = row.created_time;
            }
            if (!seenRowIds.has(row.id)) {
              seenRowIds.add(row.id);
              yield row;
            }
          }
          if (((_a = response.request_status) === null || _a === void 0 ? void 0 : _a.type) === "incomplete") {
            limitReached = true;
          }
          cursor = (_b = response.next_cursor) !== null && _b !== void 0 ? _b : void 0;
        } while (cursor);
        if (!limitReached) {
          return;
        }
        if (lastCreatedTime === void 0 || lastCreatedTime === windowStart) {
          throw new Error(`iterateAllDataSourceRows cannot make progress: the per-query result limit was reached but the created_time window could not advance past ${String(lastCreatedTime)}. More rows share this timestamp than the limit allows. Add a filter to narrow the query.`);
        }
        windowStart = lastCreatedTime;
      }
    }
    async function collectAllDataSourceRows(client, args) {
      const rows = [];
      for await (const row of iterateAllDataSourceRows(client, args)) {
        rows.push(row);
      }
      return rows;
    }
    function createdTimeLowerBound(filter, windowStart) {
      if (windowStart === void 0) {
        return filter;
      }
      const bound = {
        timestamp: "created_time",
        created_time: { on_or_after: windowStart }
      };
      if (filter === void 0) {
        return bound;
      }
      if ("and" in filter) {
        return { and: [...filter.and, bound] };
      }
      return { and: [filter, bound] };
    }
    function isFullBlock(response) {
      return response.object === "block" && "type" in response;
    }
    function isFullPage(response) {
      return response.object === "page" && "url" in response;
    }
    function isFullDataSource(response) {
      return response.object === "data_source" && "title" in response;
    }
    function isFullDatabase(response) {
      return response.object === "database" && "title" in response;
    }
    function isFullPageOrDataSource(response) {
      if (response.object === "data_source") {
        return isFullDataSource(response);
      } else {
        return isFullPage(response);
      }
    }
    function isFullUser(response) {
      return "type" in response;
    }
    function isFullComment(response) {
      return "created_by" in response;
    }
    function isFullView(response) {
      return "type" in response;
    }
    function isTextRichTextItemResponse(richText) {
      return richText.type === "text";
    }
    function isEquationRichTextItemResponse(richText) {
      return richText.type === "equation";
    }
    function isMentionRichTextItemResponse(richText) {
      return richText.type === "mention";
    }
    function extractNotionId(urlOrId) {
      if (!urlOrId || typeof urlOrId !== "string") {
        return null;
      }
      const trimmed = urlOrId.trim();
      const uuidRegex = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      if (uuidRegex.test(trimmed)) {
        return trimmed.toLowerCase();
      }
      const compactUuidRegex = /^[0-9a-f]{32}$/i;
      if (compactUuidRegex.test(trimmed)) {
        return formatUuid(trimmed);
      }
      const pathMatch = trimmed.match(/\/[^/?#]*-([0-9a-f]{32})(?:[/?#]|$)/i);
      if (pathMatch && pathMatch[1]) {
        return formatUuid(pathMatch[1]);
      }
      const queryMatch = trimmed.match(/[?&](?:p|page_id|database_id)=([0-9a-f]{32})/i);
      if (queryMatch && queryMatch[1]) {
        return formatUuid(queryMatch[1]);
      }
      const anyMatch = trimmed.match(/([0-9a-f]{32})/i);
      if (anyMatch && anyMatch[1]) {
        return formatUuid(anyMatch[1]);
      }
      return null;
    }
    function formatUuid(compactId2) {
      const clean = compactId2.toLowerCase();
      return `${clean.slice(0, 8)}-${clean.slice(8, 12)}-${clean.slice(12, 16)}-${clean.slice(16, 20)}-${clean.slice(20, 32)}`;
    }
    function extractDatabaseId(databaseUrl) {
      return extractNotionId(databaseUrl);
    }
    function extractPageId(pageUrl) {
      return extractNotionId(pageUrl);
    }
    function extractBlockId(urlWithBlock) {
      if (!urlWithBlock || typeof urlWithBlock !== "string") {
        return null;
      }
      const blockMatch = urlWithBlock.match(/#(?:block-)?([0-9a-f]{32})/i);
      if (blockMatch && blockMatch[1]) {
        return formatUuid(blockMatch[1]);
      }
      return null;
    }
  }
});

// node_modules/@notionhq/client/build/src/webhooks.js
var require_webhooks2 = __commonJS({
  "node_modules/@notionhq/client/build/src/webhooks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyWebhookSignature = verifyWebhookSignature;
    exports.signWebhookPayload = signWebhookPayload;
    var SIGNATURE_PREFIX = "sha256=";
    var SHA256_HEX_LENGTH = 64;
    async function verifyWebhookSignature(args) {
      const { body, signature, verificationToken } = args;
      if (typeof signature !== "string")
        return false;
      if (!signature.startsWith(SIGNATURE_PREFIX))
        return false;
      const providedHex = signature.slice(SIGNATURE_PREFIX.length).toLowerCase();
      if (providedHex.length !== SHA256_HEX_LENGTH)
        return false;
      if (!/^[0-9a-f]+$/.test(providedHex))
        return false;
      const computedHex = await computeHmacSha256Hex(verificationToken, body);
      return timingSafeEqualHex(providedHex, computedHex);
    }
    async function signWebhookPayload(args) {
      const hex = await computeHmacSha256Hex(args.verificationToken, args.body);
      return `${SIGNATURE_PREFIX}${hex}`;
    }
    async function computeHmacSha256Hex(key, body) {
      const subtle = await getSubtle();
      const encoder = new TextEncoder();
      const keyBytes = encoder.encode(key);
      const bodyBytes = typeof body === "string" ? encoder.encode(body) : Uint8Array.from(body);
      const cryptoKey = await subtle.importKey("raw", keyBytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      const signatureBuffer = await subtle.sign("HMAC", cryptoKey, bodyBytes);
      return bytesToHex(new Uint8Array(signatureBuffer));
    }
    var cachedSubtle;
    async function getSubtle() {
      var _a, _b;
      if (cachedSubtle)
        return cachedSubtle;
      const fromGlobal = (_a = globalThis.crypto) === null || _a === void 0 ? void 0 : _a.subtle;
      if (fromGlobal) {
        cachedSubtle = fromGlobal;
        return cachedSubtle;
      }
      try {
        const nodeCrypto = __require("crypto");
        if ((_b = nodeCrypto.webcrypto) === null || _b === void 0 ? void 0 : _b.subtle) {
          cachedSubtle = nodeCrypto.webcrypto.subtle;
          return cachedSubtle;
        }
      } catch {
      }
      throw new Error("verifyWebhookSignature requires Web Crypto support (globalThis.crypto.subtle or node:crypto.webcrypto). Upgrade to a runtime that provides one of them.");
    }
    function bytesToHex(bytes) {
      let hex = "";
      for (let i = 0; i < bytes.length; i++) {
        hex += bytes[i].toString(16).padStart(2, "0");
      }
      return hex;
    }
    function timingSafeEqualHex(a, b3) {
      if (a.length !== b3.length)
        return false;
      let diff = 0;
      for (let i = 0; i < a.length; i++) {
        diff |= a.charCodeAt(i) ^ b3.charCodeAt(i);
      }
      return diff === 0;
    }
  }
});

// node_modules/@notionhq/client/build/src/meeting-notes.js
var require_meeting_notes2 = __commonJS({
  "node_modules/@notionhq/client/build/src/meeting-notes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.meetingNotesFilterableProperties = void 0;
    exports.meetingNotesFilterableProperties = [
      "title",
      "created_time",
      "last_edited_time",
      "created_by",
      "last_edited_by",
      "attendees"
    ];
  }
});

// node_modules/@notionhq/client/build/src/index.js
var require_src = __commonJS({
  "node_modules/@notionhq/client/build/src/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.meetingNotesFilterableProperties = exports.signWebhookPayload = exports.verifyWebhookSignature = exports.extractBlockId = exports.extractPageId = exports.extractDatabaseId = exports.extractNotionId = exports.isFullPageOrDataSource = exports.isFullView = exports.isFullComment = exports.isFullUser = exports.isFullPage = exports.isFullDatabase = exports.isFullDataSource = exports.isFullBlock = exports.collectAllDataSourceRows = exports.iterateAllDataSourceRows = exports.iterateDataSourceTemplates = exports.collectDataSourceTemplates = exports.iteratePaginatedAPI = exports.collectPaginatedAPI = exports.MIN_VIEW_COLUMN_WIDTH = exports.DEFAULT_MAX_RETRY_DELAY_MS = exports.DEFAULT_INITIAL_RETRY_DELAY_MS = exports.DEFAULT_MAX_RETRIES = exports.DEFAULT_TIMEOUT_MS = exports.DEFAULT_BASE_URL = exports.isHTTPResponseError = exports.isNotionClientError = exports.InvalidPathParameterError = exports.RequestTimeoutError = exports.UnknownHTTPResponseError = exports.APIResponseError = exports.ClientErrorCode = exports.APIErrorCode = exports.LogLevel = exports.Client = void 0;
    var Client_1 = require_Client();
    Object.defineProperty(exports, "Client", { enumerable: true, get: function() {
      return Client_1.default;
    } });
    var logging_1 = require_logging();
    Object.defineProperty(exports, "LogLevel", { enumerable: true, get: function() {
      return logging_1.LogLevel;
    } });
    var errors_1 = require_errors();
    Object.defineProperty(exports, "APIErrorCode", { enumerable: true, get: function() {
      return errors_1.APIErrorCode;
    } });
    Object.defineProperty(exports, "ClientErrorCode", { enumerable: true, get: function() {
      return errors_1.ClientErrorCode;
    } });
    Object.defineProperty(exports, "APIResponseError", { enumerable: true, get: function() {
      return errors_1.APIResponseError;
    } });
    Object.defineProperty(exports, "UnknownHTTPResponseError", { enumerable: true, get: function() {
      return errors_1.UnknownHTTPResponseError;
    } });
    Object.defineProperty(exports, "RequestTimeoutError", { enumerable: true, get: function() {
      return errors_1.RequestTimeoutError;
    } });
    Object.defineProperty(exports, "InvalidPathParameterError", { enumerable: true, get: function() {
      return errors_1.InvalidPathParameterError;
    } });
    Object.defineProperty(exports, "isNotionClientError", { enumerable: true, get: function() {
      return errors_1.isNotionClientError;
    } });
    Object.defineProperty(exports, "isHTTPResponseError", { enumerable: true, get: function() {
      return errors_1.isHTTPResponseError;
    } });
    var constants_1 = require_constants();
    Object.defineProperty(exports, "DEFAULT_BASE_URL", { enumerable: true, get: function() {
      return constants_1.DEFAULT_BASE_URL;
    } });
    Object.defineProperty(exports, "DEFAULT_TIMEOUT_MS", { enumerable: true, get: function() {
      return constants_1.DEFAULT_TIMEOUT_MS;
    } });
    Object.defineProperty(exports, "DEFAULT_MAX_RETRIES", { enumerable: true, get: function() {
      return constants_1.DEFAULT_MAX_RETRIES;
    } });
    Object.defineProperty(exports, "DEFAULT_INITIAL_RETRY_DELAY_MS", { enumerable: true, get: function() {
      return constants_1.DEFAULT_INITIAL_RETRY_DELAY_MS;
    } });
    Object.defineProperty(exports, "DEFAULT_MAX_RETRY_DELAY_MS", { enumerable: true, get: function() {
      return constants_1.DEFAULT_MAX_RETRY_DELAY_MS;
    } });
    Object.defineProperty(exports, "MIN_VIEW_COLUMN_WIDTH", { enumerable: true, get: function() {
      return constants_1.MIN_VIEW_COLUMN_WIDTH;
    } });
    var helpers_1 = require_helpers();
    Object.defineProperty(exports, "collectPaginatedAPI", { enumerable: true, get: function() {
      return helpers_1.collectPaginatedAPI;
    } });
    Object.defineProperty(exports, "iteratePaginatedAPI", { enumerable: true, get: function() {
      return helpers_1.iteratePaginatedAPI;
    } });
    Object.defineProperty(exports, "collectDataSourceTemplates", { enumerable: true, get: function() {
      return helpers_1.collectDataSourceTemplates;
    } });
    Object.defineProperty(exports, "iterateDataSourceTemplates", { enumerable: true, get: function() {
      return helpers_1.iterateDataSourceTemplates;
    } });
    Object.defineProperty(exports, "iterateAllDataSourceRows", { enumerable: true, get: function() {
      return helpers_1.iterateAllDataSourceRows;
    } });
    Object.defineProperty(exports, "collectAllDataSourceRows", { enumerable: true, get: function() {
      return helpers_1.collectAllDataSourceRows;
    } });
    Object.defineProperty(exports, "isFullBlock", { enumerable: true, get: function() {
      return helpers_1.isFullBlock;
    } });
    Object.defineProperty(exports, "isFullDataSource", { enumerable: true, get: function() {
      return helpers_1.isFullDataSource;
    } });
    Object.defineProperty(exports, "isFullDatabase", { enumerable: true, get: function() {
      return helpers_1.isFullDatabase;
    } });
    Object.defineProperty(exports, "isFullPage", { enumerable: true, get: function() {
      return helpers_1.isFullPage;
    } });
    Object.defineProperty(exports, "isFullUser", { enumerable: true, get: function() {
      return helpers_1.isFullUser;
    } });
    Object.defineProperty(exports, "isFullComment", { enumerable: true, get: function() {
      return helpers_1.isFullComment;
    } });
    Object.defineProperty(exports, "isFullView", { enumerable: true, get: function() {
      return helpers_1.isFullView;
    } });
    Object.defineProperty(exports, "isFullPageOrDataSource", { enumerable: true, get: function() {
      return helpers_1.isFullPageOrDataSource;
    } });
    Object.defineProperty(exports, "extractNotionId", { enumerable: true, get: function() {
      return helpers_1.extractNotionId;
    } });
    Object.defineProperty(exports, "extractDatabaseId", { enumerable: true, get: function() {
      return helpers_1.extractDatabaseId;
    } });
    Object.defineProperty(exports, "extractPageId", { enumerable: true, get: function() {
      return helpers_1.extractPageId;
    } });
    Object.defineProperty(exports, "extractBlockId", { enumerable: true, get: function() {
      return helpers_1.extractBlockId;
    } });
    var webhooks_1 = require_webhooks2();
    Object.defineProperty(exports, "verifyWebhookSignature", { enumerable: true, get: function() {
      return webhooks_1.verifyWebhookSignature;
    } });
    Object.defineProperty(exports, "signWebhookPayload", { enumerable: true, get: function() {
      return webhooks_1.signWebhookPayload;
    } });
    var meeting_notes_1 = require_meeting_notes2();
    Object.defineProperty(exports, "meetingNotesFilterableProperties", { enumerable: true, get: function() {
      return meeting_notes_1.meetingNotesFilterableProperties;
    } });
  }
});

// node_modules/better-sqlite3/lib/util.js
var require_util = __commonJS({
  "node_modules/better-sqlite3/lib/util.js"(exports) {
    "use strict";
    exports.getBooleanOption = (options, key) => {
      let value2 = false;
      if (key in options && typeof (value2 = options[key]) !== "boolean") {
        throw new TypeError(`Expected the "${key}" option to be a boolean`);
      }
      return value2;
    };
    exports.cppdb = /* @__PURE__ */ Symbol();
    exports.inspect = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
  }
});

// node_modules/better-sqlite3/lib/sqlite-error.js
var require_sqlite_error = __commonJS({
  "node_modules/better-sqlite3/lib/sqlite-error.js"(exports, module) {
    "use strict";
    var SqliteError = class _SqliteError extends Error {
      constructor(message, code4) {
        if (typeof code4 !== "string") {
          throw new TypeError("Expected second argument to be a string");
        }
        super("" + message);
        this.code = code4;
        if (typeof Error.captureStackTrace === "function") {
          Error.captureStackTrace(this, _SqliteError);
        }
      }
    };
    Object.defineProperty(SqliteError.prototype, "name", {
      value: "SqliteError",
      writable: true,
      enumerable: false,
      configurable: true
    });
    module.exports = SqliteError;
  }
});

// node_modules/better-sqlite3/lib/methods/wrappers.js
var require_wrappers = __commonJS({
  "node_modules/better-sqlite3/lib/methods/wrappers.js"(exports) {
    "use strict";
    var { cppdb } = require_util();
    exports.prepare = function prepare(sql) {
      return this[cppdb].prepare(sql, this, false, false);
    };
    exports.exec = function exec(sql) {
      this[cppdb].exec(sql);
      return this;
    };
    exports.close = function close2() {
      this[cppdb].close();
      return this;
    };
    exports.loadExtension = function loadExtension(...args) {
      this[cppdb].loadExtension(...args);
      return this;
    };
    exports.defaultSafeIntegers = function defaultSafeIntegers(...args) {
      this[cppdb].defaultSafeIntegers(...args);
      return this;
    };
    exports.unsafeMode = function unsafeMode(...args) {
      this[cppdb].unsafeMode(...args);
      return this;
    };
    exports.getters = {
      name: {
        get: function name() {
          return this[cppdb].name;
        },
        enumerable: true
      },
      open: {
        get: function open() {
          return this[cppdb].open;
        },
        enumerable: true
      },
      inTransaction: {
        get: function inTransaction() {
          return this[cppdb].inTransaction;
        },
        enumerable: true
      },
      readonly: {
        get: function readonly() {
          return this[cppdb].readonly;
        },
        enumerable: true
      },
      memory: {
        get: function memory() {
          return this[cppdb].memory;
        },
        enumerable: true
      }
    };
  }
});

// node_modules/better-sqlite3/lib/methods/transaction.js
var require_transaction = __commonJS({
  "node_modules/better-sqlite3/lib/methods/transaction.js"(exports, module) {
    "use strict";
    var { cppdb } = require_util();
    var controllers = /* @__PURE__ */ new WeakMap();
    module.exports = function transaction(fn2) {
      if (typeof fn2 !== "function") throw new TypeError("Expected first argument to be a function");
      const db = this[cppdb];
      const controller = getController(db, this);
      const { apply } = Function.prototype;
      const properties = {
        default: { value: wrapTransaction(apply, fn2, db, controller.default) },
        deferred: { value: wrapTransaction(apply, fn2, db, controller.deferred) },
        immediate: { value: wrapTransaction(apply, fn2, db, controller.immediate) },
        exclusive: { value: wrapTransaction(apply, fn2, db, controller.exclusive) },
        database: { value: this, enumerable: true }
      };
      Object.defineProperties(properties.default.value, properties);
      Object.defineProperties(properties.deferred.value, properties);
      Object.defineProperties(properties.immediate.value, properties);
      Object.defineProperties(properties.exclusive.value, properties);
      return properties.default.value;
    };
    var getController = (db, self) => {
      let controller = controllers.get(db);
      if (!controller) {
        const shared = {
          commit: db.prepare("COMMIT", self, false, false),
          rollback: db.prepare("ROLLBACK", self, false, false),
          savepoint: db.prepare("SAVEPOINT `	_bs3.	`", self, false, false),
          release: db.prepare("RELEASE `	_bs3.	`", self, false, false),
          rollbackTo: db.prepare("ROLLBACK TO `	_bs3.	`", self, false, false)
        };
        controllers.set(db, controller = {
          default: Object.assign({ begin: db.prepare("BEGIN", self, false, false) }, shared),
          deferred: Object.assign({ begin: db.prepare("BEGIN DEFERRED", self, false, false) }, shared),
          immediate: Object.assign({ begin: db.prepare("BEGIN IMMEDIATE", self, false, false) }, shared),
          exclusive: Object.assign({ begin: db.prepare("BEGIN EXCLUSIVE", self, false, false) }, shared)
        });
      }
      return controller;
    };
    var wrapTransaction = (apply, fn2, db, { begin, commit, rollback, savepoint, release, rollbackTo }) => function sqliteTransaction() {
      let before, after, undo;
      if (db.inTransaction) {
        before = savepoint;
        after = release;
        undo = rollbackTo;
      } else {
        before = begin;
        after = commit;
        undo = rollback;
      }
      before.run();
      try {
        const result = apply.call(fn2, this, arguments);
        if (result && typeof result.then === "function") {
          throw new TypeError("Transaction function cannot return a promise");
        }
        after.run();
        return result;
      } catch (ex) {
        if (db.inTransaction) {
          undo.run();
          if (undo !== rollback) after.run();
        }
        throw ex;
      }
    };
  }
});

// node_modules/better-sqlite3/lib/methods/pragma.js
var require_pragma = __commonJS({
  "node_modules/better-sqlite3/lib/methods/pragma.js"(exports, module) {
    "use strict";
    var { getBooleanOption, cppdb } = require_util();
    module.exports = function pragma(source, options) {
      if (options == null) options = {};
      if (typeof source !== "string") throw new TypeError("Expected first argument to be a string");
      if (typeof options !== "object") throw new TypeError("Expected second argument to be an options object");
      const simple = getBooleanOption(options, "simple");
      const stmt = this[cppdb].prepare(`PRAGMA ${source}`, this, true, false);
      return simple ? stmt.pluck().get() : stmt.all();
    };
  }
});

// node_modules/better-sqlite3/lib/methods/explain.js
var require_explain = __commonJS({
  "node_modules/better-sqlite3/lib/methods/explain.js"(exports, module) {
    "use strict";
    var { cppdb } = require_util();
    module.exports = function explain(source) {
      if (typeof source !== "string") throw new TypeError("Expected first argument to be a string");
      const stmt = this[cppdb].prepare(`EXPLAIN ${source}`, this, false, true);
      return stmt.all();
    };
  }
});

// node_modules/better-sqlite3/lib/methods/backup.js
var require_backup = __commonJS({
  "node_modules/better-sqlite3/lib/methods/backup.js"(exports, module) {
    "use strict";
    var fs2 = __require("fs");
    var path2 = __require("path");
    var { promisify } = __require("util");
    var { cppdb } = require_util();
    var fsAccess = promisify(fs2.access);
    module.exports = async function backup(filename, options) {
      if (options == null) options = {};
      if (typeof filename !== "string") throw new TypeError("Expected first argument to be a string");
      if (typeof options !== "object") throw new TypeError("Expected second argument to be an options object");
      filename = filename.trim();
      const attachedName = "attached" in options ? options.attached : "main";
      const handler2 = "progress" in options ? options.progress : null;
      if (!filename) throw new TypeError("Backup filename cannot be an empty string");
      if (filename === ":memory:") throw new TypeError('Invalid backup filename ":memory:"');
      if (typeof attachedName !== "string") throw new TypeError('Expected the "attached" option to be a string');
      if (!attachedName) throw new TypeError('The "attached" option cannot be an empty string');
      if (handler2 != null && typeof handler2 !== "function") throw new TypeError('Expected the "progress" option to be a function');
      await fsAccess(path2.dirname(filename)).catch(() => {
        throw new TypeError("Cannot save backup because the directory does not exist");
      });
      const isNewFile = await fsAccess(filename).then(() => false, () => true);
      return runBackup(this[cppdb].backup(this, attachedName, filename, isNewFile), handler2 || null);
    };
    var runBackup = (backup, handler2) => {
      let rate = 0;
      let useDefault = true;
      return new Promise((resolve4, reject) => {
        setImmediate(function step() {
          try {
            const progress = backup.transfer(rate);
            if (!progress.remainingPages) {
              backup.close();
              resolve4(progress);
              return;
            }
            if (useDefault) {
              useDefault = false;
              rate = 100;
            }
            if (handler2) {
              const ret = handler2(progress);
              if (ret !== void 0) {
                if (typeof ret === "number" && ret === ret) rate = Math.max(0, Math.min(2147483647, Math.round(ret)));
                else throw new TypeError("Expected progress callback to return a number or undefined");
              }
            }
            setImmediate(step);
          } catch (err) {
            backup.close();
            reject(err);
          }
        });
      });
    };
  }
});

// node_modules/better-sqlite3/lib/methods/serialize.js
var require_serialize = __commonJS({
  "node_modules/better-sqlite3/lib/methods/serialize.js"(exports, module) {
    "use strict";
    var { cppdb } = require_util();
    module.exports = function serialize3(options) {
      if (options == null) options = {};
      if (typeof options !== "object") throw new TypeError("Expected first argument to be an options object");
      const attachedName = "attached" in options ? options.attached : "main";
      if (typeof attachedName !== "string") throw new TypeError('Expected the "attached" option to be a string');
      if (!attachedName) throw new TypeError('The "attached" option cannot be an empty string');
      return this[cppdb].serialize(attachedName);
    };
  }
});

// node_modules/better-sqlite3/lib/methods/function.js
var require_function = __commonJS({
  "node_modules/better-sqlite3/lib/methods/function.js"(exports, module) {
    "use strict";
    var { getBooleanOption, cppdb } = require_util();
    module.exports = function defineFunction(name, options, fn2) {
      if (options == null) options = {};
      if (typeof options === "function") {
        fn2 = options;
        options = {};
      }
      if (typeof name !== "string") throw new TypeError("Expected first argument to be a string");
      if (typeof fn2 !== "function") throw new TypeError("Expected last argument to be a function");
      if (typeof options !== "object") throw new TypeError("Expected second argument to be an options object");
      if (!name) throw new TypeError("User-defined function name cannot be an empty string");
      const safeIntegers = "safeIntegers" in options ? +getBooleanOption(options, "safeIntegers") : 2;
      const deterministic = getBooleanOption(options, "deterministic");
      const directOnly = getBooleanOption(options, "directOnly");
      const varargs = getBooleanOption(options, "varargs");
      let argCount = -1;
      if (!varargs) {
        argCount = fn2.length;
        if (!Number.isInteger(argCount) || argCount < 0) throw new TypeError("Expected function.length to be a positive integer");
        if (argCount > 100) throw new RangeError("User-defined functions cannot have more than 100 arguments");
      }
      this[cppdb].function(fn2, name, argCount, safeIntegers, deterministic, directOnly);
      return this;
    };
  }
});

// node_modules/better-sqlite3/lib/methods/aggregate.js
var require_aggregate = __commonJS({
  "node_modules/better-sqlite3/lib/methods/aggregate.js"(exports, module) {
    "use strict";
    var { getBooleanOption, cppdb } = require_util();
    module.exports = function defineAggregate(name, options) {
      if (typeof name !== "string") throw new TypeError("Expected first argument to be a string");
      if (typeof options !== "object" || options === null) throw new TypeError("Expected second argument to be an options object");
      if (!name) throw new TypeError("User-defined function name cannot be an empty string");
      const start = "start" in options ? options.start : null;
      const step = getFunctionOption(options, "step", true);
      const inverse = getFunctionOption(options, "inverse", false);
      const result = getFunctionOption(options, "result", false);
      const safeIntegers = "safeIntegers" in options ? +getBooleanOption(options, "safeIntegers") : 2;
      const deterministic = getBooleanOption(options, "deterministic");
      const directOnly = getBooleanOption(options, "directOnly");
      const varargs = getBooleanOption(options, "varargs");
      let argCount = -1;
      if (!varargs) {
        argCount = Math.max(getLength(step), inverse ? getLength(inverse) : 0);
        if (argCount > 0) argCount -= 1;
        if (argCount > 100) throw new RangeError("User-defined functions cannot have more than 100 arguments");
      }
      this[cppdb].aggregate(start, step, inverse, result, name, argCount, safeIntegers, deterministic, directOnly);
      return this;
    };
    var getFunctionOption = (options, key, required) => {
      const value2 = key in options ? options[key] : null;
      if (typeof value2 === "function") return value2;
      if (value2 != null) throw new TypeError(`Expected the "${key}" option to be a function`);
      if (required) throw new TypeError(`Missing required option "${key}"`);
      return null;
    };
    var getLength = ({ length }) => {
      if (Number.isInteger(length) && length >= 0) return length;
      throw new TypeError("Expected function.length to be a positive integer");
    };
  }
});

// node_modules/better-sqlite3/lib/methods/table.js
var require_table = __commonJS({
  "node_modules/better-sqlite3/lib/methods/table.js"(exports, module) {
    "use strict";
    var { cppdb } = require_util();
    module.exports = function defineTable(name, factory) {
      if (typeof name !== "string") throw new TypeError("Expected first argument to be a string");
      if (!name) throw new TypeError("Virtual table module name cannot be an empty string");
      let eponymous = false;
      if (typeof factory === "object" && factory !== null) {
        eponymous = true;
        factory = defer(parseTableDefinition(factory, "used", name));
      } else {
        if (typeof factory !== "function") throw new TypeError("Expected second argument to be a function or a table definition object");
        factory = wrapFactory(factory);
      }
      this[cppdb].table(factory, name, eponymous);
      return this;
    };
    function wrapFactory(factory) {
      return function virtualTableFactory(moduleName, databaseName, tableName, ...args) {
        const thisObject = {
          module: moduleName,
          database: databaseName,
          table: tableName
        };
        const def = apply.call(factory, thisObject, args);
        if (typeof def !== "object" || def === null) {
          throw new TypeError(`Virtual table module "${moduleName}" did not return a table definition object`);
        }
        return parseTableDefinition(def, "returned", moduleName);
      };
    }
    function parseTableDefinition(def, verb, moduleName) {
      if (!hasOwnProperty2.call(def, "rows")) {
        throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition without a "rows" property`);
      }
      if (!hasOwnProperty2.call(def, "columns")) {
        throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition without a "columns" property`);
      }
      const rows = def.rows;
      if (typeof rows !== "function" || Object.getPrototypeOf(rows) !== GeneratorFunctionPrototype) {
        throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition with an invalid "rows" property (should be a generator function)`);
      }
      let columns = def.columns;
      if (!Array.isArray(columns) || !isStringArray(columns = [...columns])) {
        throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition with an invalid "columns" property (should be an array of strings)`);
      }
      if (columns.length !== new Set(columns).size) {
        throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition with duplicate column names`);
      }
      if (!columns.length) {
        throw new RangeError(`Virtual table module "${moduleName}" ${verb} a table definition with zero columns`);
      }
      let parameters;
      if (hasOwnProperty2.call(def, "parameters")) {
        parameters = def.parameters;
        if (!Array.isArray(parameters) || !isStringArray(parameters = [...parameters])) {
          throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition with an invalid "parameters" property (should be an array of strings)`);
        }
      } else {
        parameters = inferParameters(rows);
      }
      if (parameters.length !== new Set(parameters).size) {
        throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition with duplicate parameter names`);
      }
      if (parameters.length > 32) {
        throw new RangeError(`Virtual table module "${moduleName}" ${verb} a table definition with more than the maximum number of 32 parameters`);
      }
      for (const parameter of parameters) {
        if (columns.includes(parameter)) {
          throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition with column "${parameter}" which was ambiguously defined as both a column and parameter`);
        }
      }
      let safeIntegers = 2;
      if (hasOwnProperty2.call(def, "safeIntegers")) {
        const bool = def.safeIntegers;
        if (typeof bool !== "boolean") {
          throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition with an invalid "safeIntegers" property (should be a boolean)`);
        }
        safeIntegers = +bool;
      }
      let directOnly = false;
      if (hasOwnProperty2.call(def, "directOnly")) {
        directOnly = def.directOnly;
        if (typeof directOnly !== "boolean") {
          throw new TypeError(`Virtual table module "${moduleName}" ${verb} a table definition with an invalid "directOnly" property (should be a boolean)`);
        }
      }
      const columnDefinitions = [
        ...parameters.map(identifier).map((str) => `${str} HIDDEN`),
        ...columns.map(identifier)
      ];
      return [
        `CREATE TABLE x(${columnDefinitions.join(", ")});`,
        wrapGenerator(rows, new Map(columns.map((x3, i) => [x3, parameters.length + i])), moduleName),
        parameters,
        safeIntegers,
        directOnly
      ];
    }
    function wrapGenerator(generator, columnMap, moduleName) {
      return function* virtualTable(...args) {
        const output = args.map((x3) => Buffer.isBuffer(x3) ? Buffer.from(x3) : x3);
        for (let i = 0; i < columnMap.size; ++i) {
          output.push(null);
        }
        for (const row of generator(...args)) {
          if (Array.isArray(row)) {
            extractRowArray(row, output, columnMap.size, moduleName);
            yield output;
          } else if (typeof row === "object" && row !== null) {
            extractRowObject(row, output, columnMap, moduleName);
            yield output;
          } else {
            throw new TypeError(`Virtual table module "${moduleName}" yielded something that isn't a valid row object`);
          }
        }
      };
    }
    function extractRowArray(row, output, columnCount, moduleName) {
      if (row.length !== columnCount) {
        throw new TypeError(`Virtual table module "${moduleName}" yielded a row with an incorrect number of columns`);
      }
      const offset = output.length - columnCount;
      for (let i = 0; i < columnCount; ++i) {
        output[i + offset] = row[i];
      }
    }
    function extractRowObject(row, output, columnMap, moduleName) {
      let count = 0;
      for (const key of Object.keys(row)) {
        const index2 = columnMap.get(key);
        if (index2 === void 0) {
          throw new TypeError(`Virtual table module "${moduleName}" yielded a row with an undeclared column "${key}"`);
        }
        output[index2] = row[key];
        count += 1;
      }
      if (count !== columnMap.size) {
        throw new TypeError(`Virtual table module "${moduleName}" yielded a row with missing columns`);
      }
    }
    function inferParameters({ length }) {
      if (!Number.isInteger(length) || length < 0) {
        throw new TypeError("Expected function.length to be a positive integer");
      }
      const params = [];
      for (let i = 0; i < length; ++i) {
        params.push(`$${i + 1}`);
      }
      return params;
    }
    var { hasOwnProperty: hasOwnProperty2 } = Object.prototype;
    var { apply } = Function.prototype;
    var GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {
    });
    var identifier = (str) => `"${str.replace(/"/g, '""')}"`;
    var defer = (x3) => () => x3;
    var isStringArray = (arr) => {
      for (let i = 0; i < arr.length; ++i) {
        if (typeof arr[i] !== "string") return false;
      }
      return true;
    };
  }
});

// node_modules/better-sqlite3/lib/methods/inspect.js
var require_inspect = __commonJS({
  "node_modules/better-sqlite3/lib/methods/inspect.js"(exports, module) {
    "use strict";
    var DatabaseInspection = function Database3() {
    };
    module.exports = function inspect(depth, opts) {
      return Object.assign(new DatabaseInspection(), this);
    };
  }
});

// node_modules/better-sqlite3/lib/database.js
var require_database = __commonJS({
  "node_modules/better-sqlite3/lib/database.js"(exports, module) {
    "use strict";
    var fs2 = __require("fs");
    var path2 = __require("path");
    var util = require_util();
    var SqliteError = require_sqlite_error();
    module.exports = function createDatabase(getAddon, allowNativeBinding) {
      function Database3(filenameGiven, options) {
        if (new.target == null) {
          return new Database3(filenameGiven, options);
        }
        let buffer;
        let fd;
        if (Buffer.isBuffer(filenameGiven)) {
          buffer = filenameGiven;
          filenameGiven = ":memory:";
        } else if (typeof filenameGiven === "number") {
          if (!Number.isInteger(filenameGiven) || filenameGiven < 0 || filenameGiven > 2147483647) {
            throw new TypeError("Expected the file descriptor to be a non-negative 32-bit integer");
          }
          fd = filenameGiven;
          filenameGiven = `fd:${fd}`;
        }
        if (filenameGiven == null) filenameGiven = "";
        if (options == null) options = {};
        if (typeof filenameGiven !== "string") throw new TypeError("Expected first argument to be a string");
        if (typeof options !== "object") throw new TypeError("Expected second argument to be an options object");
        if ("readOnly" in options) throw new TypeError('Misspelled option "readOnly" should be "readonly"');
        if ("memory" in options) throw new TypeError('Option "memory" was removed in v7.0.0 (use ":memory:" filename instead)');
        const filename = filenameGiven.trim();
        const anonymous = filename === "" || filename === ":memory:";
        const readonly = util.getBooleanOption(options, "readonly");
        const fileMustExist = util.getBooleanOption(options, "fileMustExist");
        const timeout = "timeout" in options ? options.timeout : 5e3;
        const verbose = "verbose" in options ? options.verbose : null;
        const nativeBinding = "nativeBinding" in options ? options.nativeBinding : null;
        const journalFd = "journalFd" in options ? options.journalFd : void 0;
        if (readonly && anonymous && !buffer) throw new TypeError("In-memory/temporary databases cannot be readonly");
        if (!Number.isInteger(timeout) || timeout < 0) throw new TypeError('Expected the "timeout" option to be a positive integer');
        if (timeout > 2147483647) throw new RangeError('Option "timeout" cannot be greater than 2147483647');
        if (verbose != null && typeof verbose !== "function") throw new TypeError('Expected the "verbose" option to be a function');
        if (fd !== void 0 && journalFd === void 0) throw new TypeError('The "journalFd" option is required when opening a database from a file descriptor');
        if (fd === void 0 && journalFd !== void 0) throw new TypeError('The "journalFd" option can only be used when opening a database from a file descriptor');
        if (journalFd !== void 0 && !(Number.isInteger(journalFd) && journalFd >= 0 && journalFd <= 2147483647)) throw new TypeError('Expected the "journalFd" option to be a non-negative 32-bit integer');
        if (!allowNativeBinding && "nativeBinding" in options) throw new TypeError('The "nativeBinding" option is only supported by the default better-sqlite3 entrypoint');
        if (allowNativeBinding && nativeBinding != null && typeof nativeBinding !== "string" && typeof nativeBinding !== "object") throw new TypeError('Expected the "nativeBinding" option to be a string or addon object');
        const addon = getAddon(nativeBinding);
        if (!addon.isInitialized) {
          addon.initialize(SqliteError, arrayFactory, arrayAppender, rowFactory, recordFactory);
          addon.isInitialized = true;
        }
        if (fd === void 0 && !anonymous && !filename.startsWith("file:") && !fs2.existsSync(path2.dirname(filename))) {
          throw new TypeError("Cannot open database because the directory does not exist");
        }
        Object.defineProperties(this, {
          [util.cppdb]: { value: new addon.Database(filename, filenameGiven, anonymous, readonly, fileMustExist, timeout, verbose || null, buffer || null, fd ?? null, journalFd ?? null) },
          ...wrappers.getters
        });
      }
      const wrappers = require_wrappers();
      Database3.prototype.prepare = wrappers.prepare;
      Database3.prototype.transaction = require_transaction();
      Database3.prototype.pragma = require_pragma();
      Database3.prototype.explain = require_explain();
      Database3.prototype.backup = require_backup();
      Database3.prototype.serialize = require_serialize();
      Database3.prototype.function = require_function();
      Database3.prototype.aggregate = require_aggregate();
      Database3.prototype.table = require_table();
      Database3.prototype.loadExtension = wrappers.loadExtension;
      Database3.prototype.exec = wrappers.exec;
      Database3.prototype.close = wrappers.close;
      Database3.prototype.defaultSafeIntegers = wrappers.defaultSafeIntegers;
      Database3.prototype.unsafeMode = wrappers.unsafeMode;
      Database3.prototype[util.inspect] = require_inspect();
      return Database3;
    };
    function arrayFactory(...values) {
      return values;
    }
    function arrayAppender(array, ...values) {
      const offset = array.length;
      for (let i = 0; i < values.length; ++i) {
        array[offset + i] = values[i];
      }
    }
    function rowFactory(...keys) {
      if (!keys.includes("__proto__")) {
        const parameters = keys.map((_3, index2) => `v${index2}`).join(",");
        const properties = keys.map((key, index2) => `${JSON.stringify(key)}:v${index2}`).join(",");
        return Function(`return (${parameters}) => ({${properties}})`)();
      }
      return (...values) => {
        const row = {};
        for (let i = 0; i < keys.length; ++i) row[keys[i]] = values[i];
        return row;
      };
    }
    function recordFactory(value2) {
      return { value: value2, done: false };
    }
  }
});

// node_modules/better-sqlite3/lib/binding.js
var require_binding = __commonJS({
  "node_modules/better-sqlite3/lib/binding.js"(exports, module) {
    "use strict";
    var fs2 = __require("fs");
    var path2 = __require("path");
    var PREBUILD_PLATFORMS = ["linux", "darwin", "win32"];
    var PREBUILD_ARCHS = ["x64", "arm64"];
    var DEFAULT_ADDON;
    function getBinding(nativeBinding) {
      if (typeof nativeBinding === "string") {
        const requireFunc = typeof __non_webpack_require__ === "function" ? __non_webpack_require__ : __require;
        return requireFunc(path2.resolve(nativeBinding).replace(/(\.node)?$/, ".node"));
      }
      if (typeof nativeBinding === "object" && nativeBinding !== null) {
        return nativeBinding;
      }
      if (DEFAULT_ADDON) {
        return DEFAULT_ADDON;
      }
      let filename = path2.join(__dirname, "..", "build", "Debug", "better_sqlite3.node");
      if (!fs2.existsSync(filename)) {
        filename = path2.join(__dirname, "..", "build", "Release", "better_sqlite3.node");
      }
      if (fs2.existsSync(filename)) {
        return DEFAULT_ADDON = __require(filename);
      }
      return DEFAULT_ADDON = __require(getPrebuildPath() || filename);
    }
    function getPrebuildPath() {
      if (PREBUILD_PLATFORMS.includes(process.platform) && PREBUILD_ARCHS.includes(process.arch)) {
        const target = `${isLinuxMusl() ? "linuxmusl" : process.platform}-${process.arch}`;
        const filename = path2.join(__dirname, "..", "prebuilds", `${target}.node`);
        if (fs2.existsSync(filename)) {
          return filename;
        }
      }
      return null;
    }
    function isLinuxMusl() {
      if (process.platform !== "linux") {
        return false;
      }
      try {
        const maps = fs2.readFileSync("/proc/self/maps", "latin1");
        if (/\/ld-musl-[^/\s]*\.so/.test(maps)) return true;
        if (/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(maps)) return false;
      } catch {
      }
      const { report } = process;
      const previousExcludeNetwork = report.excludeNetwork;
      report.excludeNetwork = true;
      try {
        return !report.getReport().header.glibcVersionRuntime;
      } finally {
        report.excludeNetwork = previousExcludeNetwork;
      }
    }
    exports.getBinding = getBinding;
    exports.getPrebuildPath = getPrebuildPath;
    if (__require.main === module) {
      process.stdout.write(getPrebuildPath() ? "1" : "0");
    }
  }
});

// node_modules/better-sqlite3/lib/index.js
var require_lib = __commonJS({
  "node_modules/better-sqlite3/lib/index.js"(exports, module) {
    "use strict";
    module.exports = require_database()(require_binding().getBinding, true);
    module.exports.SqliteError = require_sqlite_error();
  }
});

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse2(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse2(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common2 = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable2;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index2 = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index2++;
            const formatter2 = createDebug.formatters[format];
            if (typeof formatter2 === "function") {
              const val = args[index2];
              match = formatter2.call(self, val);
              args.splice(index2, 1);
              index2--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend2;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend2(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search2, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search2.length) {
          if (templateIndex < template.length && (template[templateIndex] === search2[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable2() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index2 = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index2++;
        if (match === "%c") {
          lastC = index2;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common2()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = __require("supports-color");
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common2()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src2 = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src3 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src2());
    var log = debug_1.default("@kwsites/file-exists");
    function check2(path2, isFile2, isDirectory2) {
      log(`checking %s`, path2);
      try {
        const stat = fs_1.statSync(path2);
        if (stat.isFile() && isFile2) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory2) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path2, type = exports.READABLE) {
      return check2(path2, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export2(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export2(require_src3());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c3, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c3 = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c3 = fmt[i];
          if (escaped) {
            escaped = false;
            if (c3 == ".") {
              leadingZero = false;
              c3 = fmt[++i];
            } else if (c3 == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c3 = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c3) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c3;
                break;
            }
          } else if (c3 === "%") {
            escaped = true;
          } else {
            result += c3;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// package.json
var package_default = {
  name: "idse-notion-sync",
  version: "0.1.0",
  description: "Keep an IDSE workspace in git and a Notion database in step, both ways.",
  type: "module",
  license: "MIT",
  bin: {
    "idse-sync": "bin/idse-sync.js"
  },
  files: [
    "bin/",
    "dist/",
    "hooks/",
    "examples/workflows/",
    "action.yml",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "SECURITY.md",
    "docs/"
  ],
  engines: {
    node: ">=22.14"
  },
  scripts: {
    typecheck: "tsc -p tsconfig.json --noEmit",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    test: "npm run typecheck && npm run lint && npm run format:check && npm run check:dist && vitest run",
    "idse-sync": "node bin/idse-sync.js",
    emulator: "tsx test/notion-emulator/main.ts",
    build: "tsx scripts/build.ts",
    "check:dist": "tsx scripts/check-dist.ts",
    "bench:status": "tsx bench/status.ts",
    demo: "npm run build --silent && tsx scripts/demo.ts",
    "bench:push": "tsx bench/push.ts",
    "bench:pull": "tsx bench/pull.ts",
    "bench:hook": "tsx bench/hook.ts",
    "bench:scale": "tsx bench/scale.ts",
    flakes: "tsx scripts/flakes.ts"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@eslint/js": "^10.0.1",
    "@notionhq/client": "5.26",
    "@types/better-sqlite3": "^9.6.0",
    "@types/mdast": "^4.0.4",
    "@types/node": "^24.19.2",
    "@types/unist": "^3.0.3",
    "better-sqlite3": "^13.2.0",
    commander: "^15.1.0",
    "decode-named-character-reference": "^1.3.0",
    diff: "^9.0.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    husky: "^9.1.7",
    "mdast-util-from-markdown": "^2.1.0",
    "mdast-util-to-markdown": "^2.2.5",
    "mdast-util-to-string": "^4.0.0",
    node: "^24.21.0",
    "p-queue": "^10.0.0",
    prettier: "^3.10.1",
    "remark-frontmatter": "^5.0.0",
    "remark-gfm": "^4.0.1",
    "remark-math": "^6.0.0",
    "remark-parse": "^11.0.0",
    "remark-stringify": "^11.0.0",
    "simple-git": "^4.0.2",
    tsx: "^4.23.15",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0",
    unified: "^11.0.5",
    "unist-util-visit": "^5.2.0",
    vitest: "^5.1.1"
  },
  allowScripts: {
    node: true,
    esbuild: true,
    "better-sqlite3": false
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/errors.ts
var ExitCode = {
  Ok: 0,
  ArtifactsFailed: 1,
  UsageOrConfig: 2,
  Conflicts: 3
};
var IdseError = class extends Error {
  /** Stable identifier, listed in the README's troubleshooting table. */
  code;
  fix;
  exitCode;
  constructor(code4, message, fix2, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "IdseError";
    this.code = code4;
    this.fix = fix2;
    this.exitCode = options.exitCode ?? ExitCode.UsageOrConfig;
  }
  /** One line for a terminal or a log: the problem, then the fix. */
  toUserString() {
    return this.fix ? `${this.message} ${this.fix}` : this.message;
  }
};
function isIdseError(error) {
  return error instanceof IdseError;
}

// src/notion/redact.ts
var TOKEN_PATTERNS = [
  /(?<![A-Za-z])(?:secret|ntn)_[A-Za-z0-9_]{20,}/g,
  /(?<![A-Za-z])(?:gh[pousr]_[A-Za-z0-9_]{20,}|github_pat_[A-Za-z0-9_]{20,})/g
];
var AUTH_SCHEME = /\b(Bearer)(\s+|%20|\+)(?!\[redacted\])[A-Za-z0-9._~+/=%-]{8,}/gi;
function redactSecrets(text5, secrets) {
  let result = text5;
  for (const secret of secrets) {
    if (secret.length < 8) continue;
    const forms = /* @__PURE__ */ new Set([
      secret,
      encodeURIComponent(secret),
      encodeURIComponent(secret).replace(/%20/g, "+"),
      JSON.stringify(secret).slice(1, -1)
    ]);
    for (const form of forms) result = result.split(form).join("[redacted]");
  }
  for (const pattern of TOKEN_PATTERNS) result = result.replace(pattern, "[redacted]");
  return result.replace(AUTH_SCHEME, "$1$2[redacted]");
}
var SecretSet = class {
  values = /* @__PURE__ */ new Set();
  constructor(initial = []) {
    for (const value2 of initial) this.add(value2);
  }
  add(value2) {
    const trimmed = value2?.trim();
    if (trimmed) this.values.add(trimmed);
  }
  [Symbol.iterator]() {
    return this.values[Symbol.iterator]();
  }
  /** The secrets as a list, for the functions that take one. */
  list() {
    return [...this.values];
  }
};

// src/output/inert.ts
var UNSAFE_CHARS = (
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
);
var ESCAPES = { "\n": "\\n", "\r": "\\r" };
function inertText(text5) {
  return text5.replace(
    UNSAFE_CHARS,
    (c3) => ESCAPES[c3] ?? `\\u${c3.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
var COMMAND_START = /^((?:[^\S\r\n]|\u0085)*)(::|##\[)/gm;
function guardLineStarts(text5) {
  return text5.replace(COMMAND_START, "$1\\$2");
}
function mapStrings(value2, clean) {
  if (typeof value2 === "string") return clean(value2);
  if (Array.isArray(value2)) return value2.map((item) => mapStrings(item, clean));
  if (typeof value2 === "object" && value2 !== null) {
    const copy = {};
    for (const [key, item] of Object.entries(value2)) copy[key] = mapStrings(item, clean);
    return copy;
  }
  return value2;
}
function presentable(value2, secrets) {
  const known = [...secrets];
  return mapStrings(value2, (text5) => inertText(redactSecrets(text5, known)));
}
function presentableLine(text5, secrets) {
  return inertText(redactSecrets(text5, [...secrets]));
}

// src/user-errors.ts
var import_client = __toESM(require_src(), 1);
function toUserError(error) {
  if (error instanceof IdseError) return error;
  if ((0, import_client.isHTTPResponseError)(error) && error.status >= 500) {
    return new IdseError(
      "notion-unavailable",
      `Notion kept answering ${error.status}${errorCodeOf(error.body)}; the run stopped before it finished.`,
      "Run the command again later: a run picks up where a stopped one left off (outages: https://status.notion.so).",
      { exitCode: ExitCode.ArtifactsFailed, cause: error }
    );
  }
  if ((0, import_client.isHTTPResponseError)(error) && error.status >= 400) {
    return new IdseError(
      "notion-refused",
      `Notion refused a request (${error.status}${errorCodeOf(error.body)}): ${error.message}`,
      "Run `idse-sync doctor` to check the token, the database and its properties.",
      { cause: error }
    );
  }
  const timedOut = (0, import_client.isNotionClientError)(error) && error.code === "notionhq_client_request_timeout";
  const unreachable = error instanceof TypeError && error.message === "fetch failed";
  if (!timedOut && !unreachable) return void 0;
  const cause = error.cause;
  const detail = timedOut ? "the request timed out" : typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : "fetch failed";
  return new IdseError(
    "notion-unreachable",
    `Cannot reach Notion (${detail}).`,
    "Check the network connection and NOTION_BASE_URL (unset it for api.notion.com), then run again.",
    { cause: error }
  );
}
function errorCodeOf(body) {
  try {
    const code4 = JSON.parse(body).code;
    return typeof code4 === "string" && /^[a-z_]+$/.test(code4) ? ` ${code4}` : "";
  } catch {
    return "";
  }
}

// src/spine/database.ts
var import_better_sqlite32 = __toESM(require_lib(), 1);
import { existsSync as existsSync4 } from "node:fs";
import { dirname as dirname2, resolve } from "node:path";

// src/spine/ids.ts
import { createHash } from "node:crypto";
var STAGES = [
  "intent",
  "context",
  "spec",
  "plan",
  "tasks",
  "implementation",
  "feedback"
];
var SESSION_STATUSES = ["draft", "in_progress", "review", "complete", "archived"];
var BLUEPRINT_SESSION = "__blueprint__";
var NOTION_BACKEND = "notion";
var ID_SEPARATOR = "::";
function isStage(value2) {
  return STAGES.includes(value2);
}
function isSessionStatus(value2) {
  return SESSION_STATUSES.includes(value2);
}
function contentHash(text5) {
  return createHash("sha256").update(text5, "utf8").digest("hex");
}
var PYTHON_WHITESPACE = (
  // eslint-disable-next-line no-control-regex -- U+001C-U+001F are whitespace to Python.
  /[\t\n\v\f\r \u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/
);
function semanticFingerprint(text5) {
  const words = text5.toLowerCase().split(PYTHON_WHITESPACE).filter((word) => word.length > 0);
  return contentHash(words.join(" "));
}
function makeIdseId(project, session, stage) {
  for (const [label2, part] of [
    ["project", project],
    ["session", session]
  ]) {
    if (part.length === 0 || part.includes(ID_SEPARATOR)) {
      throw new IdseError(
        "spine-invalid-input",
        `Cannot build an idse_id: the ${label2} name "${part}" is empty or contains "${ID_SEPARATOR}".`,
        `Rename the ${label2} so it is not empty and has no "${ID_SEPARATOR}".`
      );
    }
  }
  if (!isStage(stage)) throw invalidStage(stage);
  return `${project}${ID_SEPARATOR}${session}${ID_SEPARATOR}${stage}`;
}
function idseIdOfRow(project, session, storedStage) {
  return `${project}${ID_SEPARATOR}${session}${ID_SEPARATOR}${storedStage.toLowerCase()}`;
}
function normalizeStage(stage) {
  const lower = stage.toLowerCase();
  if (!isStage(lower)) throw invalidStage(stage);
  return lower;
}
function invalidStage(stage) {
  return new IdseError(
    "spine-invalid-input",
    `Unknown stage "${stage}".`,
    `Use one of: ${STAGES.join(", ")}.`
  );
}
function pythonTimestamp(date = /* @__PURE__ */ new Date()) {
  const pad = (value2, width = 2) => String(value2).padStart(width, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}000`;
}
function utcTimestamp(date = /* @__PURE__ */ new Date()) {
  return date.toISOString();
}

// src/spine/schema.ts
var MIGRATIONS_TABLE = "idse_sync_migrations";
var PYTHON_BASE_TABLES = [
  `CREATE TABLE IF NOT EXISTS projects (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            stack TEXT,
            owner TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            current_session_id TEXT
        )`,
  `CREATE TABLE IF NOT EXISTS sessions (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL,
            session_id TEXT NOT NULL,
            name TEXT NOT NULL,
            session_type TEXT NOT NULL,
            description TEXT,
            is_blueprint INTEGER NOT NULL DEFAULT 0,
            parent_session TEXT,
            owner TEXT,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE(project_id, session_id),
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE
        )`,
  `CREATE TABLE IF NOT EXISTS artifacts (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL,
            session_id INTEGER NOT NULL,
            stage TEXT NOT NULL,
            content TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE(session_id, stage),
            FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
            FOREIGN KEY(session_id) REFERENCES sessions(id) ON DELETE CASCADE
        )`,
  `CREATE TABLE IF NOT EXISTS session_tags (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL,
            tag TEXT NOT NULL,
            UNIQUE(session_id, tag),
            FOREIGN KEY(session_id) REFERENCES sessions(id) ON DELETE CASCADE
        )`
];
var SEED_PLAN_TABLES = [
  `CREATE TABLE IF NOT EXISTS artifact_dependencies (
            id INTEGER PRIMARY KEY,
            artifact_id INTEGER NOT NULL,
            depends_on_artifact_id INTEGER NOT NULL,
            dependency_type TEXT NOT NULL DEFAULT 'upstream',
            created_at TEXT NOT NULL,
            UNIQUE(artifact_id, depends_on_artifact_id),
            FOREIGN KEY(artifact_id) REFERENCES artifacts(id) ON DELETE CASCADE,
            FOREIGN KEY(depends_on_artifact_id) REFERENCES artifacts(id) ON DELETE CASCADE
        )`,
  `CREATE TABLE IF NOT EXISTS sync_metadata (
            id INTEGER PRIMARY KEY,
            artifact_id INTEGER NOT NULL,
            backend TEXT NOT NULL,
            last_push_hash TEXT,
            last_push_at TEXT,
            last_pull_hash TEXT,
            last_pull_at TEXT,
            remote_id TEXT,
            UNIQUE(artifact_id, backend),
            FOREIGN KEY(artifact_id) REFERENCES artifacts(id) ON DELETE CASCADE
        )`
];
var SYNC_STATE_TABLES = [
  `CREATE TABLE IF NOT EXISTS idse_sync_remote_snapshots (
    idse_id TEXT NOT NULL,
    backend TEXT NOT NULL,
    remote_id TEXT,
    markdown TEXT NOT NULL,
    markdown_hash TEXT NOT NULL,
    properties_hash TEXT,
    last_edited_time TEXT,
    ledger_commit TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (idse_id, backend)
  )`,
  `CREATE TABLE IF NOT EXISTS idse_sync_cursors (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS idse_sync_conflicts (
    id INTEGER PRIMARY KEY,
    idse_id TEXT NOT NULL,
    notion_copy_path TEXT NOT NULL,
    local_hash TEXT,
    remote_hash TEXT,
    created_at TEXT NOT NULL,
    resolved_at TEXT
  )`,
  // At most one open conflict per artifact, so re-running a sync converges instead of piling up.
  `CREATE UNIQUE INDEX IF NOT EXISTS idx_idse_sync_conflicts_open
    ON idse_sync_conflicts(idse_id) WHERE resolved_at IS NULL`
];
var MIGRATIONS = [
  {
    version: 1,
    name: "python-base-tables",
    up: (db) => PYTHON_BASE_TABLES.forEach((sql) => db.exec(sql))
  },
  {
    version: 2,
    name: "artifacts-idse-id",
    up: (db) => {
      if (!columnExists(db, "artifacts", "idse_id")) {
        db.exec("ALTER TABLE artifacts ADD COLUMN idse_id TEXT");
      }
      db.exec("CREATE UNIQUE INDEX IF NOT EXISTS idx_artifacts_idse_id ON artifacts(idse_id)");
    }
  },
  {
    version: 3,
    name: "dependencies-and-sync-metadata",
    up: (db) => SEED_PLAN_TABLES.forEach((sql) => db.exec(sql))
  },
  {
    version: 4,
    name: "sync-state",
    up: (db) => SYNC_STATE_TABLES.forEach((sql) => db.exec(sql))
  }
];
function listTables(db) {
  const rows = db.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
  ).all();
  return rows.map((row) => row.name);
}
function tableExists(db, table) {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== void 0;
}
function columnExists(db, table, column) {
  const columns = db.prepare("SELECT name FROM pragma_table_info(?)").all(table);
  return columns.some((row) => row.name === column);
}
var statementCache = /* @__PURE__ */ new WeakMap();
function statement(db, sql) {
  let cache = statementCache.get(db);
  if (cache === void 0) {
    cache = /* @__PURE__ */ new Map();
    statementCache.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === void 0) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

// src/spine/catalog.ts
var STAGE_LIST = STAGES.map((stage) => `'${stage}'`).join(", ");
var STAGE_ORDER = `CASE lower(a.stage) ${STAGES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(" ")} END`;
var ARTIFACT_SELECT = `
  SELECT a.id, p.name AS project, s.session_id AS session, a.session_id AS session_row_id,
         a.stage, a.content, a.content_hash, a.created_at, a.updated_at
  FROM artifacts a
  JOIN sessions s ON s.id = a.session_id
  JOIN projects p ON p.id = s.project_id
  WHERE lower(a.stage) IN (${STAGE_LIST})`;
var ARTIFACT_ORDER = `ORDER BY p.name, s.session_id, ${STAGE_ORDER}, a.id`;
function toArtifactRecord(row) {
  const stage = row.stage.toLowerCase();
  return {
    id: row.id,
    idseId: idseIdOfRow(row.project, row.session, stage),
    project: row.project,
    sessionId: row.session,
    sessionRowId: row.session_row_id,
    stage,
    content: row.content,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  };
}
function artifactQuery(db, conditions, params) {
  const rows = statement(db, `${ARTIFACT_SELECT} ${conditions} ${ARTIFACT_ORDER}`).all(
    ...params
  );
  return rows.map(toArtifactRecord);
}
function ensureProject(db, name) {
  requireName("project", name);
  const existing = statement(db, "SELECT id, name FROM projects WHERE name = ?").get(name);
  if (existing) return existing;
  const now = pythonTimestamp();
  const result = statement(
    db,
    `INSERT INTO projects (name, stack, owner, created_at, updated_at, current_session_id)
     VALUES (?, NULL, 'system', ?, ?, NULL)`
  ).run(name, now, now);
  return { id: Number(result.lastInsertRowid), name };
}
function listProjects(db) {
  return statement(db, "SELECT id, name FROM projects ORDER BY name").all();
}
var SESSION_SELECT = `
  SELECT s.id, s.project_id, p.name AS project, s.session_id, s.name, s.session_type,
         s.description, s.is_blueprint, s.parent_session, s.owner, s.status, s.created_at,
         s.updated_at
  FROM sessions s JOIN projects p ON p.id = s.project_id`;
function upsertSession(db, project, input) {
  requireName("session", input.sessionId);
  if (input.status !== void 0 && !isSessionStatus(input.status)) {
    throw new IdseError(
      "spine-invalid-input",
      `Unknown session status "${String(input.status)}" for session "${input.sessionId}".`,
      "Use one of: draft, in_progress, review, complete, archived."
    );
  }
  const projectRow = ensureProject(db, project);
  const now = pythonTimestamp();
  const existing = findSessionRow(db, project, input.sessionId);
  let rowId;
  if (!existing) {
    const isBlueprint = input.isBlueprint ?? input.sessionId === BLUEPRINT_SESSION;
    const result = statement(
      db,
      `INSERT INTO sessions (project_id, session_id, name, session_type, description,
         is_blueprint, parent_session, owner, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      projectRow.id,
      input.sessionId,
      input.name ?? input.sessionId,
      input.sessionType ?? (isBlueprint ? "blueprint" : "feature"),
      input.description ?? null,
      isBlueprint ? 1 : 0,
      input.parentSession ?? null,
      input.owner === void 0 ? "system" : input.owner,
      input.status ?? "draft",
      now,
      now
    );
    rowId = Number(result.lastInsertRowid);
  } else {
    rowId = existing.id;
    const wanted = [
      ["name", input.name, existing.name],
      ["session_type", input.sessionType, existing.session_type],
      ["description", input.description, existing.description],
      [
        "is_blueprint",
        input.isBlueprint === void 0 ? void 0 : input.isBlueprint ? 1 : 0,
        existing.is_blueprint
      ],
      ["parent_session", input.parentSession, existing.parent_session],
      ["owner", input.owner, existing.owner],
      ["status", input.status, existing.status]
    ];
    const changes = wanted.filter(([, value2, stored]) => value2 !== void 0 && value2 !== stored);
    if (changes.length > 0) {
      const assignments = changes.map(([column]) => `${column} = ?`).join(", ");
      db.prepare(`UPDATE sessions SET ${assignments}, updated_at = ? WHERE id = ?`).run(
        ...changes.map(([, value2]) => value2),
        now,
        rowId
      );
    }
  }
  if (input.tags !== void 0) replaceTags(db, rowId, input.tags);
  return getSessionByRowId(db, rowId);
}
function replaceTags(db, sessionRowId, tags) {
  const wanted = [...new Set(tags.filter((tag) => tag.length > 0))];
  const stored = tagsOf(db, sessionRowId);
  if (wanted.length === stored.length && wanted.every((tag, i) => tag === stored[i])) return;
  statement(db, "DELETE FROM session_tags WHERE session_id = ?").run(sessionRowId);
  const insert = statement(db, "INSERT INTO session_tags (session_id, tag) VALUES (?, ?)");
  for (const tag of wanted) insert.run(sessionRowId, tag);
}
function tagsOf(db, sessionRowId) {
  const rows = statement(db, "SELECT tag FROM session_tags WHERE session_id = ? ORDER BY id").all(
    sessionRowId
  );
  return rows.map((row) => row.tag);
}
function findSessionRow(db, project, sessionId) {
  return statement(db, `${SESSION_SELECT} WHERE p.name = ? AND s.session_id = ?`).get(
    project,
    sessionId
  );
}
function toSessionRecord(db, row) {
  return {
    id: row.id,
    projectId: row.project_id,
    project: row.project,
    sessionId: row.session_id,
    name: row.name,
    sessionType: row.session_type,
    description: row.description,
    status: row.status,
    parentSession: row.parent_session,
    owner: row.owner,
    isBlueprint: row.is_blueprint !== 0,
    tags: tagsOf(db, row.id),
    createdAt: row.created_at,
    updatedAt: row.updated_at
  };
}
function getSessionByRowId(db, rowId) {
  const row = statement(db, `${SESSION_SELECT} WHERE s.id = ?`).get(rowId);
  return row && toSessionRecord(db, row);
}
function getSession(db, project, sessionId) {
  const row = findSessionRow(db, project, sessionId);
  return row && toSessionRecord(db, row);
}
function listSessions(db, project) {
  const rows = project === void 0 ? statement(db, `${SESSION_SELECT} ORDER BY p.name, s.session_id`).all() : statement(db, `${SESSION_SELECT} WHERE p.name = ? ORDER BY s.session_id`).all(project);
  return rows.map((row) => toSessionRecord(db, row));
}
function saveArtifact(db, input) {
  const stage = normalizeStage(input.stage);
  const idseId = makeIdseId(input.project, input.session, stage);
  const session = ensureSessionRow(db, input.project, input.session);
  const hash = contentHash(input.content);
  const existing = statement(
    db,
    `SELECT id, content, content_hash, idse_id, created_at, updated_at FROM artifacts
     WHERE session_id = ? AND lower(stage) = ? ORDER BY stage = ? DESC, id LIMIT 1`
  ).get(session.id, stage, stage);
  if (existing) {
    if (existing.idse_id !== idseId) {
      releaseIdseId(db, idseId, existing.id);
      statement(db, "UPDATE artifacts SET idse_id = ? WHERE id = ?").run(idseId, existing.id);
    }
    const changed = existing.content !== input.content || existing.content_hash !== hash;
    if (!changed) {
      const record = {
        id: existing.id,
        idseId,
        project: input.project,
        sessionId: input.session,
        sessionRowId: session.id,
        stage,
        content: existing.content,
        contentHash: existing.content_hash,
        createdAt: existing.created_at,
        updatedAt: existing.updated_at
      };
      return { record, changed };
    }
    statement(
      db,
      "UPDATE artifacts SET content = ?, content_hash = ?, updated_at = ? WHERE id = ?"
    ).run(input.content, hash, pythonTimestamp(), existing.id);
    setFingerprint(db, existing.id, input.content);
    return { record: getArtifactById(db, existing.id), changed };
  }
  releaseIdseId(db, idseId, void 0);
  const now = pythonTimestamp();
  const result = statement(
    db,
    `INSERT INTO artifacts (project_id, session_id, stage, content, content_hash, created_at,
       updated_at, idse_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(session.projectId, session.id, stage, input.content, hash, now, now, idseId);
  const id = Number(result.lastInsertRowid);
  setFingerprint(db, id, input.content);
  return { record: getArtifactById(db, id), changed: true };
}
function ensureSessionRow(db, project, sessionId) {
  const row = statement(
    db,
    `SELECT s.id, s.project_id AS projectId FROM sessions s JOIN projects p ON p.id = s.project_id
     WHERE p.name = ? AND s.session_id = ?`
  ).get(project, sessionId);
  if (row) return row;
  const created = upsertSession(db, project, { sessionId });
  return { id: created.id, projectId: created.projectId };
}
function setFingerprint(db, id, content3) {
  if (!columnExists(db, "artifacts", "semantic_fingerprint")) return;
  statement(db, "UPDATE artifacts SET semantic_fingerprint = ? WHERE id = ?").run(
    semanticFingerprint(content3),
    id
  );
}
function releaseIdseId(db, idseId, keepId) {
  statement(db, "UPDATE artifacts SET idse_id = NULL WHERE idse_id = ? AND id IS NOT ?").run(
    idseId,
    keepId ?? null
  );
}
function getArtifactById(db, id) {
  return artifactQuery(db, "AND a.id = ?", [id])[0];
}
function getArtifact(db, project, session, stage) {
  const lower = stage.toLowerCase();
  return artifactQuery(db, "AND p.name = ? AND s.session_id = ? AND lower(a.stage) = ?", [
    project,
    session,
    lower
  ])[0];
}
function findByIdseId(db, idseId) {
  const stored = artifactQuery(db, "AND a.idse_id = ?", [idseId])[0];
  if (stored && stored.idseId === idseId) return stored;
  const parts = idseId.split("::");
  if (parts.length !== 3) return void 0;
  const [project, session, stage] = parts;
  return getArtifact(db, project, session, stage);
}
function listArtifacts(db, filter = {}) {
  const conditions = [];
  const params = [];
  if (filter.project !== void 0) {
    conditions.push("AND p.name = ?");
    params.push(filter.project);
  }
  if (filter.session !== void 0) {
    conditions.push("AND s.session_id = ?");
    params.push(filter.session);
  }
  return artifactQuery(db, conditions.join(" "), params);
}
function requireName(kind, name) {
  if (typeof name !== "string" || name.length === 0) {
    throw new IdseError(
      "spine-invalid-input",
      `A ${kind} name is required, but an empty one was given.`,
      `Give the ${kind} a non-empty name.`
    );
  }
}
function requireArtifacts(db, ids) {
  const exists = statement(db, "SELECT 1 FROM artifacts WHERE id = ?");
  for (const id of ids) {
    if (exists.get(id) === void 0) {
      throw new IdseError(
        "spine-invalid-input",
        `There is no artifact with id ${id} in the spine.`,
        "Import the workspace (or pull) first, then use the id of an existing artifact."
      );
    }
  }
}

// src/spine/dependencies.ts
function saveDependency(db, artifactId, dependsOnId, type = "upstream") {
  requireArtifacts(db, [artifactId, dependsOnId]);
  if (artifactId === dependsOnId) {
    throw new IdseError(
      "spine-invalid-input",
      `Artifact ${artifactId} cannot depend on itself.`,
      "Give a different upstream artifact."
    );
  }
  const existing = statement(
    db,
    `SELECT id, dependency_type FROM artifact_dependencies
     WHERE artifact_id = ? AND depends_on_artifact_id = ?`
  ).get(artifactId, dependsOnId);
  if (!existing) {
    statement(
      db,
      `INSERT INTO artifact_dependencies (artifact_id, depends_on_artifact_id, dependency_type,
         created_at) VALUES (?, ?, ?, ?)`
    ).run(artifactId, dependsOnId, type, pythonTimestamp());
  } else if (existing.dependency_type !== type) {
    statement(db, "UPDATE artifact_dependencies SET dependency_type = ? WHERE id = ?").run(
      type,
      existing.id
    );
  }
}
function replaceDependencies(db, artifactId, dependsOnIds, type = "upstream") {
  const wanted = [...new Set(dependsOnIds)];
  requireArtifacts(db, [artifactId, ...wanted]);
  const stored = statement(
    db,
    `SELECT id, depends_on_artifact_id AS target FROM artifact_dependencies
     WHERE artifact_id = ? AND dependency_type = ?`
  ).all(artifactId, type);
  const remove = statement(db, "DELETE FROM artifact_dependencies WHERE id = ?");
  for (const row of stored) if (!wanted.includes(row.target)) remove.run(row.id);
  for (const target of wanted) saveDependency(db, artifactId, target, type);
}
function getDependencies(db, artifactId, direction = "upstream") {
  const [mine, theirs] = direction === "upstream" ? ["artifact_id", "depends_on_artifact_id"] : ["depends_on_artifact_id", "artifact_id"];
  return artifactQuery(
    db,
    `AND a.id IN (SELECT ${theirs} FROM artifact_dependencies WHERE ${mine} = ?)`,
    [artifactId]
  );
}

// src/spine/errors.ts
import { basename } from "node:path";

// src/spine/lock-holders.ts
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
function processesHolding(path2) {
  if (!existsSync("/proc/self/fd")) return [];
  const targets = /* @__PURE__ */ new Set([path2, `${path2}-journal`, `${path2}-wal`]);
  const holders = [];
  let pids;
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    try {
      const fds = readdirSync(`/proc/${pid}/fd`);
      if (!fds.some((fd) => targets.has(safeReadlink(`/proc/${pid}/fd/${fd}`)))) continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ").replace(new RegExp("\\p{Cc}", "gu"), " ").slice(0, 120);
      holders.push({ pid: Number(pid), command: command || "unknown" });
    } catch {
    }
  }
  return holders;
}
function safeReadlink(path2) {
  try {
    return readlinkSync(path2);
  } catch {
    return "";
  }
}

// src/spine/errors.ts
var FS_READONLY_CODES = /* @__PURE__ */ new Set(["EACCES", "EPERM", "EROFS"]);
function toSpineError(error, path2, access, busyTimeoutMs) {
  if (isIdseError(error)) return error;
  const code4 = errorCode(error);
  if (code4 === void 0) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const cause = { cause: error };
  if (code4.startsWith("SQLITE_CORRUPT") || code4 === "SQLITE_NOTADB") {
    return corruptError(path2, detail, error);
  }
  if (code4.startsWith("SQLITE_BUSY") || code4.startsWith("SQLITE_LOCKED")) {
    const holders = processesHolding(path2);
    const who = holders.length > 0 ? `held open by ${holders.map((h3) => `pid ${h3.pid} (${h3.command})`).join(", ")}` : "held by another process";
    return new IdseError(
      "spine-locked",
      `The spine database ${path2} is locked, ${who} (waited ${busyTimeoutMs} ms).`,
      "Let the other idse or idse-sync command finish (or close the program holding the file open), then run this command again.",
      cause
    );
  }
  if (code4.startsWith("SQLITE_READONLY") || access === "write" && (code4.startsWith("SQLITE_CANTOPEN") || FS_READONLY_CODES.has(code4))) {
    return new IdseError(
      "spine-readonly",
      `Cannot write the spine database ${path2}: the file or its folder is read-only (${detail}).`,
      `Make ${basename(path2)} and the folder holding it writable for this user, or run a command that only reads.`,
      cause
    );
  }
  if (code4.startsWith("SQLITE_CANTOPEN") || FS_READONLY_CODES.has(code4)) {
    return new IdseError(
      "spine-unreadable",
      `Cannot open the spine database ${path2} (${detail}).`,
      `Check that ${basename(path2)} and its folder exist and are readable for this user.`,
      cause
    );
  }
  if (code4.startsWith("SQLITE_FULL") || code4 === "ENOSPC") {
    return new IdseError(
      "spine-disk-full",
      `The disk holding the spine database ${path2} is full.`,
      "Free some space, then run the command again; nothing was changed.",
      cause
    );
  }
  if (code4.startsWith("SQLITE_IOERR") || code4 === "EIO") {
    return new IdseError(
      "spine-io",
      `Reading or writing the spine database ${path2} failed with an I/O error (${detail}).`,
      "Check the disk and the file system, then run the command again.",
      cause
    );
  }
  if (code4 === "SQLITE_ERROR" && /no such (table|column)/.test(detail)) {
    return new IdseError(
      "spine-schema",
      `The spine database ${path2} lacks part of the expected schema (${detail}).`,
      "Run `idse-sync migrate` to bring it up to date.",
      cause
    );
  }
  if (code4.startsWith("SQLITE_")) {
    return new IdseError(
      "spine-error",
      `The spine database ${path2} refused an operation (${code4}: ${detail}).`,
      "If the file was edited by another tool, restore it from git or from its copy in backups/ beside it; otherwise report this as a bug.",
      cause
    );
  }
  return error;
}
function corruptError(path2, detail, cause) {
  return new IdseError(
    "spine-corrupt",
    `The spine database ${path2} is corrupt or truncated (${detail}).`,
    `Restore it from git (git checkout -- ${basename(path2)} in its folder) or from a backup copy in backups/ beside it (${basename(path2)}.bak-*), then run the command again.`,
    cause === void 0 ? {} : { cause }
  );
}
function missingError(path2, reason) {
  return new IdseError(
    "spine-missing",
    reason === "file" ? `The spine database ${path2} does not exist.` : `The folder for the spine database ${path2} does not exist.`,
    "Run `idse-sync migrate` in the workspace to create it, or pass --workspace pointing at the folder that holds .idse/."
  );
}
function errorCode(error) {
  if (typeof error !== "object" || error === null || !("code" in error)) return void 0;
  const code4 = error.code;
  return typeof code4 === "string" ? code4 : void 0;
}

// src/spine/recovery.ts
var import_better_sqlite3 = __toESM(require_lib(), 1);
import { existsSync as existsSync2, rmSync, statSync } from "node:fs";
import { basename as basename2 } from "node:path";
function crashLeftovers(path2) {
  const found = [];
  for (const suffix of ["-journal", "-wal"]) {
    const side = `${path2}${suffix}`;
    try {
      if (statSync(side).size > 0) found.push(side);
    } catch {
    }
  }
  return found;
}
function recoverSpine(path2, busyTimeoutMs) {
  const leftovers = crashLeftovers(path2);
  if (leftovers.length === 0) return;
  let db;
  try {
    db = new import_better_sqlite3.default(path2, {
      fileMustExist: true,
      timeout: busyTimeoutMs,
      ...sqliteBindingOptions()
    });
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    if (leftovers.some((file) => file.endsWith("-wal"))) db.pragma("wal_checkpoint(TRUNCATE)");
    const journal = `${path2}-journal`;
    if (existsSync2(journal)) {
      db.exec("BEGIN IMMEDIATE");
      try {
        rmSync(journal, { force: true });
      } finally {
        db.exec("ROLLBACK");
      }
    }
  } catch (error) {
    const spineError = toSpineError(error, path2, "write", busyTimeoutMs);
    if (spineError instanceof IdseError && spineError.code === "spine-readonly") {
      throw new IdseError(
        "spine-readonly",
        `The spine database ${path2} holds an interrupted write (${leftovers.map((f3) => basename2(f3)).join(", ")}), and rolling it back needs write access: the file or its folder is read-only.`,
        `Make ${basename2(path2)} and the folder holding it writable for this user and run any idse-sync command once; SQLite then restores the last committed state.`,
        { cause: error }
      );
    }
    throw spineError;
  } finally {
    db?.close();
  }
}

// src/spine/migrations.ts
import {
  closeSync,
  existsSync as existsSync3,
  fsyncSync,
  mkdirSync,
  openSync,
  unlinkSync,
  writeFileSync
} from "node:fs";
import { basename as basename3, dirname, join } from "node:path";
function pendingMigrations(db, migrations) {
  const applied = /* @__PURE__ */ new Set();
  if (tableExists(db, MIGRATIONS_TABLE)) {
    const rows = db.prepare(`SELECT version FROM ${MIGRATIONS_TABLE}`).all();
    for (const row of rows) applied.add(row.version);
  }
  return migrations.filter((migration) => !applied.has(migration.version)).map(({ version, name }) => ({ version, name }));
}
function runMigrations(db, path2, migrations, options = {}) {
  const pending = pendingMigrations(db, migrations);
  const plan = planIdseIdRepairs(db);
  if (options.dryRun) {
    return {
      applied: pending,
      backfilledIdseIds: plan.updates.length,
      created: listTables(db).length === 0,
      warnings: plan.warnings
    };
  }
  if (pending.length === 0 && plan.updates.length === 0) {
    return { applied: [], backfilledIdseIds: 0, created: false, warnings: plan.warnings };
  }
  let backupPath;
  let committing = false;
  db.exec("BEGIN IMMEDIATE");
  try {
    const toApply = pendingMigrations(db, migrations);
    const created = listTables(db).length === 0;
    const snapshot = toApply.length > 0 && !created && options.backup !== false ? checkedSnapshot(db, path2) : void 0;
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`
    );
    if (snapshot) backupPath = writeBackup(path2, snapshot);
    const record = db.prepare(
      `INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`
    );
    for (const { version, name } of toApply) {
      const migration = migrations.find((candidate) => candidate.version === version);
      migration?.up(db);
      record.run(version, name, utcTimestamp());
    }
    const repairs = applyIdseIdRepairs(db);
    options.probe?.("migrate");
    committing = true;
    db.exec("COMMIT");
    const report = {
      applied: toApply,
      backfilledIdseIds: repairs.updates.length,
      created,
      warnings: repairs.warnings
    };
    if (backupPath !== void 0) report.backupPath = backupPath;
    return report;
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    if (backupPath !== void 0 && !committing) removeQuietly(backupPath);
    throw error;
  }
}
function planIdseIdRepairs(db) {
  if (!tableExists(db, "artifacts") || !tableExists(db, "sessions")) {
    return { updates: [], warnings: [] };
  }
  const hasColumn = columnExists(db, "artifacts", "idse_id");
  const current = hasColumn ? "a.idse_id" : "NULL";
  const rows = db.prepare(
    `SELECT a.id, ${current} AS current, p.name AS project, s.session_id AS session, a.stage
       FROM artifacts a
       LEFT JOIN sessions s ON s.id = a.session_id
       LEFT JOIN projects p ON p.id = s.project_id
       ORDER BY a.id`
  ).all();
  const candidates2 = rows.map((row) => ({
    ...row,
    wanted: row.project === null || row.session === null ? null : idseIdOfRow(row.project, row.session, row.stage)
  }));
  const holders = /* @__PURE__ */ new Map();
  for (const row of candidates2) {
    const keeps = row.wanted === null || row.wanted === row.current;
    if (keeps && row.current !== null) holders.set(row.current, row.id);
  }
  const plan = { updates: [], warnings: [] };
  for (const { id, current: current2, wanted } of candidates2) {
    if (wanted === null || wanted === current2) continue;
    const holder = holders.get(wanted);
    if (holder !== void 0) {
      plan.warnings.push(
        `artifact row ${id} should have idse_id "${wanted}", but row ${holder} already holds it; left unchanged`
      );
      continue;
    }
    holders.set(wanted, id);
    plan.updates.push({ id, idseId: wanted });
  }
  return plan;
}
function applyIdseIdRepairs(db) {
  if (!columnExists(db, "artifacts", "idse_id")) return { updates: [], warnings: [] };
  const plan = planIdseIdRepairs(db);
  const clear = db.prepare("UPDATE artifacts SET idse_id = NULL WHERE id = ?");
  const assign = db.prepare("UPDATE artifacts SET idse_id = ? WHERE id = ?");
  for (const { id } of plan.updates) clear.run(id);
  for (const { id, idseId } of plan.updates) assign.run(idseId, id);
  return plan;
}
function checkedSnapshot(db, path2) {
  const problems = db.pragma("quick_check");
  const first = problems[0]?.quick_check;
  if (first !== "ok") throw corruptError(path2, `integrity check: ${first ?? "no answer"}`);
  return db.serialize();
}
function backupFolder(path2) {
  return join(dirname(path2), BACKUP_FOLDER);
}
var BACKUP_FOLDER = "backups";
function writeBackup(path2, data) {
  const folder = backupFolder(path2);
  mkdirSync(folder, { recursive: true });
  const ignore = join(folder, ".gitignore");
  if (!existsSync3(ignore)) {
    writeFileSync(
      ignore,
      "# Copies of the spine made before a migration (idse-sync): not for git.\n*\n"
    );
  }
  const stamp = utcTimestamp().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  for (let attempt = 1; ; attempt++) {
    const candidate = join(
      folder,
      `${basename3(path2)}.bak-${stamp}${attempt === 1 ? "" : `-${attempt}`}`
    );
    let fd;
    try {
      fd = openSync(candidate, "wx");
    } catch (error) {
      if (error.code === "EEXIST") continue;
      throw error;
    }
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      removeQuietly(candidate);
      throw error;
    }
    closeSync(fd);
    return candidate;
  }
}
function removeQuietly(path2) {
  try {
    unlinkSync(path2);
  } catch {
  }
}

// src/spine/sync-state.ts
function getSyncMetadata(db, artifactId, backend = NOTION_BACKEND) {
  const row = statement(
    db,
    `SELECT artifact_id, backend, last_push_hash, last_push_at, last_pull_hash, last_pull_at,
            remote_id
     FROM sync_metadata WHERE artifact_id = ? AND backend = ? ORDER BY id LIMIT 1`
  ).get(artifactId, backend);
  if (!row) return void 0;
  return {
    artifactId: row.artifact_id,
    backend: row.backend,
    lastPushHash: row.last_push_hash,
    lastPushAt: row.last_push_at,
    lastPullHash: row.last_pull_hash,
    lastPullAt: row.last_pull_at,
    remoteId: row.remote_id
  };
}
function upsertSyncColumns(db, artifactId, backend, columns) {
  requireArtifacts(db, [artifactId]);
  let entries = Object.entries(columns);
  const existing = statement(
    db,
    "SELECT * FROM sync_metadata WHERE artifact_id = ? AND backend = ? ORDER BY id LIMIT 1"
  ).get(artifactId, backend);
  if (existing) {
    entries = entries.filter(([column, value2]) => existing[column] !== value2);
    if (entries.length === 0) return;
    const assignments = entries.map(([column]) => `${column} = ?`).join(", ");
    db.prepare(`UPDATE sync_metadata SET ${assignments} WHERE id = ?`).run(
      ...entries.map(([, value2]) => value2),
      existing.id
    );
    return;
  }
  const names = ["artifact_id", "backend", ...entries.map(([column]) => column)];
  db.prepare(
    `INSERT INTO sync_metadata (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`
  ).run(artifactId, backend, ...entries.map(([, value2]) => value2));
}
function recordPush(db, artifactId, push2) {
  upsertSyncColumns(db, artifactId, push2.backend ?? NOTION_BACKEND, {
    last_push_hash: push2.hash,
    last_push_at: push2.at ?? pythonTimestamp(),
    remote_id: push2.remoteId
  });
}
function recordPull(db, artifactId, pull) {
  const columns = {
    last_pull_hash: pull.hash,
    last_pull_at: pull.at ?? pythonTimestamp()
  };
  if (pull.remoteId !== void 0) columns.remote_id = pull.remoteId;
  upsertSyncColumns(db, artifactId, pull.backend ?? NOTION_BACKEND, columns);
}
function setRemoteId(db, artifactId, remoteId, backend = NOTION_BACKEND) {
  if (remoteId === null && getSyncMetadata(db, artifactId, backend) === void 0) return;
  upsertSyncColumns(db, artifactId, backend, { remote_id: remoteId });
}
function normalizeRemoteId(remoteId) {
  return remoteId.replace(/-/g, "").toLowerCase();
}
function findByRemoteId(db, remoteId, backend = NOTION_BACKEND) {
  const rows = statement(
    db,
    `SELECT artifact_id FROM sync_metadata
     WHERE backend = ? AND lower(replace(remote_id, '-', '')) = ? ORDER BY id`
  ).all(backend, normalizeRemoteId(remoteId));
  for (const row of rows) {
    const record = getArtifactById(db, row.artifact_id);
    if (record) return record;
  }
  return void 0;
}
function saveRemoteSnapshot(db, idseId, snapshot) {
  const backend = snapshot.backend ?? NOTION_BACKEND;
  const next = {
    remoteId: snapshot.remoteId ?? null,
    markdown: snapshot.markdown,
    markdownHash: contentHash(snapshot.markdown),
    propertiesHash: snapshot.propertiesHash ?? null,
    lastEditedTime: snapshot.lastEditedTime ?? null,
    ledgerCommit: snapshot.ledgerCommit ?? null
  };
  const stored = getRemoteSnapshot(db, idseId, backend);
  if (stored && Object.keys(next).every((k2) => stored[k2] === next[k2])) {
    return stored;
  }
  statement(
    db,
    `INSERT INTO idse_sync_remote_snapshots (idse_id, backend, remote_id, markdown, markdown_hash,
       properties_hash, last_edited_time, ledger_commit, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (idse_id, backend) DO UPDATE SET
       remote_id = excluded.remote_id, markdown = excluded.markdown,
       markdown_hash = excluded.markdown_hash, properties_hash = excluded.properties_hash,
       last_edited_time = excluded.last_edited_time, ledger_commit = excluded.ledger_commit,
       updated_at = excluded.updated_at`
  ).run(
    idseId,
    backend,
    next.remoteId,
    next.markdown,
    next.markdownHash,
    next.propertiesHash,
    next.lastEditedTime,
    next.ledgerCommit,
    utcTimestamp()
  );
  return getRemoteSnapshot(db, idseId, backend);
}
function getRemoteSnapshot(db, idseId, backend = NOTION_BACKEND) {
  const row = statement(
    db,
    "SELECT * FROM idse_sync_remote_snapshots WHERE idse_id = ? AND backend = ?"
  ).get(idseId, backend);
  if (!row) return void 0;
  return {
    idseId: row.idse_id,
    backend: row.backend,
    remoteId: row.remote_id,
    markdown: row.markdown,
    markdownHash: row.markdown_hash,
    propertiesHash: row.properties_hash,
    lastEditedTime: row.last_edited_time,
    ledgerCommit: row.ledger_commit,
    updatedAt: row.updated_at
  };
}
function deleteRemoteSnapshot(db, idseId, backend = NOTION_BACKEND) {
  const result = statement(
    db,
    "DELETE FROM idse_sync_remote_snapshots WHERE idse_id = ? AND backend = ?"
  ).run(idseId, backend);
  return result.changes > 0;
}
function getCursor(db, key) {
  const row = statement(db, "SELECT value FROM idse_sync_cursors WHERE key = ?").get(key);
  return row?.value;
}
function setCursor(db, key, value2) {
  if (value2 === null) {
    statement(db, "DELETE FROM idse_sync_cursors WHERE key = ?").run(key);
    return;
  }
  if (getCursor(db, key) === value2) return;
  statement(
    db,
    `INSERT INTO idse_sync_cursors (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
  ).run(key, value2, utcTimestamp());
}
function listCursors(db) {
  const rows = statement(db, "SELECT key, value FROM idse_sync_cursors ORDER BY key").all();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}
function toConflict(row) {
  return {
    id: row.id,
    idseId: row.idse_id,
    notionCopyPath: row.notion_copy_path,
    localHash: row.local_hash,
    remoteHash: row.remote_hash,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at
  };
}
function recordConflict(db, conflict) {
  const open = getOpenConflict(db, conflict.idseId);
  if (open && open.notionCopyPath === conflict.notionCopyPath && open.localHash === conflict.localHash && open.remoteHash === conflict.remoteHash) {
    return open;
  }
  if (open) {
    statement(
      db,
      `UPDATE idse_sync_conflicts SET notion_copy_path = ?, local_hash = ?, remote_hash = ?
       WHERE id = ?`
    ).run(conflict.notionCopyPath, conflict.localHash, conflict.remoteHash, open.id);
  } else {
    statement(
      db,
      `INSERT INTO idse_sync_conflicts (idse_id, notion_copy_path, local_hash, remote_hash,
         created_at, resolved_at) VALUES (?, ?, ?, ?, ?, NULL)`
    ).run(
      conflict.idseId,
      conflict.notionCopyPath,
      conflict.localHash,
      conflict.remoteHash,
      utcTimestamp()
    );
  }
  return getOpenConflict(db, conflict.idseId);
}
function getOpenConflict(db, idseId) {
  const row = statement(
    db,
    "SELECT * FROM idse_sync_conflicts WHERE idse_id = ? AND resolved_at IS NULL"
  ).get(idseId);
  return row && toConflict(row);
}
function listConflicts(db, options = {}) {
  const where = options.includeResolved ? "" : "WHERE resolved_at IS NULL";
  const rows = statement(
    db,
    `SELECT * FROM idse_sync_conflicts ${where} ORDER BY created_at, id`
  ).all();
  return rows.map(toConflict);
}
function resolveConflict(db, idseId, at2) {
  const result = statement(
    db,
    "UPDATE idse_sync_conflicts SET resolved_at = ? WHERE idse_id = ? AND resolved_at IS NULL"
  ).run(at2 ?? utcTimestamp(), idseId);
  return result.changes > 0;
}

// src/spine/database.ts
var DEFAULT_BUSY_TIMEOUT_MS = 5e3;
var ArtifactDatabase = class _ArtifactDatabase {
  path;
  /** True for an in-memory copy from {@link ArtifactDatabase.openSnapshot}: writes never reach disk. */
  snapshot;
  db;
  busyTimeoutMs;
  /** The write probe this spine was opened with; file writes of the same run call it too. */
  probe;
  constructor(db, path2, busyTimeoutMs, snapshot, probe) {
    this.db = db;
    this.path = path2;
    this.busyTimeoutMs = busyTimeoutMs;
    this.snapshot = snapshot;
    this.probe = probe;
  }
  /** Opens the spine file; does not migrate (see {@link migrate}). */
  static open(path2, options = {}) {
    const file = resolve(path2);
    const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    const readonly = options.readonly === true;
    const create2 = options.create === true && !readonly;
    if (!existsSync4(file)) {
      if (!create2) throw missingError(file, "file");
      if (!existsSync4(dirname2(file))) throw missingError(file, "folder");
    } else {
      recoverSpine(file, busyTimeoutMs);
    }
    let db;
    try {
      db = new import_better_sqlite32.default(file, {
        readonly,
        fileMustExist: !create2,
        timeout: busyTimeoutMs,
        ...sqliteBindingOptions()
      });
    } catch (error) {
      throw toSpineError(error, file, create2 ? "write" : "open", busyTimeoutMs);
    }
    const spine = new _ArtifactDatabase(db, file, busyTimeoutMs, false, options.probe);
    try {
      spine.guard("read", () => configure(db));
    } catch (error) {
      db.close();
      throw error;
    }
    return spine;
  }
  /**
   * An in-memory copy of the spine at `path` (or an empty one when `path` is null), migrated
   * in memory: callers that only read can treat an old or missing spine as current without
   * writing anything to disk. `migrate: false` leaves the copy as it is (for dry runs).
   */
  static openSnapshot(path2, options = {}) {
    const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    let image2;
    const label2 = path2 === null ? ":memory:" : resolve(path2);
    if (path2 !== null) {
      const source = _ArtifactDatabase.open(path2, { readonly: true, busyTimeoutMs });
      try {
        image2 = source.guard("read", () => source.db.serialize());
      } finally {
        source.close();
      }
    }
    const db = image2 !== void 0 && image2.length > 0 ? new import_better_sqlite32.default(image2, sqliteBindingOptions()) : new import_better_sqlite32.default(":memory:", sqliteBindingOptions());
    const spine = new _ArtifactDatabase(db, label2, busyTimeoutMs, true);
    try {
      spine.guard("read", () => {
        configure(db);
        if (options.migrate !== false) runMigrations(db, label2, MIGRATIONS, { backup: false });
      });
    } catch (error) {
      db.close();
      throw error;
    }
    return spine;
  }
  close() {
    if (this.db.open) this.db.close();
  }
  /**
   * Applies pending migrations (all in one transaction, after copying an existing file to
   * `backups/<file>.bak-<UTC timestamp>`) and gives every artifact row its idse_id. A second call
   * reports nothing applied and writes nothing.
   */
  migrate(options = {}) {
    return this.guard(
      options.dryRun ? "read" : "write",
      () => runMigrations(this.db, this.path, MIGRATIONS, {
        dryRun: options.dryRun === true,
        backup: !this.snapshot,
        ...this.probe !== void 0 && !this.snapshot ? { probe: this.probe } : {}
      })
    );
  }
  pendingMigrations() {
    return this.guard("read", () => pendingMigrations(this.db, MIGRATIONS));
  }
  /**
   * Runs `fn` in one transaction (a savepoint when nested): all of its writes or none. Takes
   * the write lock up front, so a concurrent writer makes it wait, then fail with `spine-locked`.
   */
  transaction(fn2) {
    return this.write(fn2);
  }
  ensureProject(name) {
    return this.write(() => ensureProject(this.db, name));
  }
  listProjects() {
    return this.read(() => listProjects(this.db));
  }
  upsertSession(project, session) {
    return this.write(() => upsertSession(this.db, project, session));
  }
  getSession(project, sessionId) {
    return this.read(() => getSession(this.db, project, sessionId));
  }
  listSessions(project) {
    return this.read(() => listSessions(this.db, project));
  }
  /**
   * Creates or updates an artifact (and its project and session rows when missing), setting
   * idse_id and content_hash. Equal content writes nothing: `changed` is false.
   */
  saveArtifact(input) {
    return this.write(() => saveArtifact(this.db, input));
  }
  findByIdseId(idseId) {
    return this.read(() => findByIdseId(this.db, idseId));
  }
  getArtifact(project, session, stage) {
    return this.read(() => getArtifact(this.db, project, session, stage));
  }
  getArtifactById(id) {
    return this.read(() => getArtifactById(this.db, id));
  }
  /** Artifacts ordered by project, session and pipeline stage. */
  listArtifacts(filter = {}) {
    return this.read(() => listArtifacts(this.db, filter));
  }
  saveDependency(artifactId, dependsOnId, type = "upstream") {
    this.write(() => saveDependency(this.db, artifactId, dependsOnId, type));
  }
  replaceDependencies(artifactId, dependsOnIds, type = "upstream") {
    this.write(() => replaceDependencies(this.db, artifactId, dependsOnIds, type));
  }
  /** Upstream: the artifacts it depends on; downstream: the artifacts that depend on it. */
  getDependencies(artifactId, direction = "upstream") {
    return this.read(() => getDependencies(this.db, artifactId, direction));
  }
  /** Records a push; keeps the last pull's hash and time. `at` defaults to now. */
  recordPush(artifactId, push2) {
    this.write(() => recordPush(this.db, artifactId, push2));
  }
  /** Records a pull; keeps the last push's hash and time, and the remote id unless given. */
  recordPull(artifactId, pull) {
    this.write(() => recordPull(this.db, artifactId, pull));
  }
  getSyncMetadata(artifactId, backend) {
    return this.read(() => getSyncMetadata(this.db, artifactId, backend));
  }
  setRemoteId(artifactId, remoteId, backend) {
    this.write(() => setRemoteId(this.db, artifactId, remoteId, backend));
  }
  /** Matches hyphenated and undashed forms of the same page id. */
  findByRemoteId(remoteId, backend) {
    return this.read(() => findByRemoteId(this.db, remoteId, backend));
  }
  saveRemoteSnapshot(idseId, snapshot) {
    return this.write(() => saveRemoteSnapshot(this.db, idseId, snapshot));
  }
  getRemoteSnapshot(idseId, backend) {
    return this.read(() => getRemoteSnapshot(this.db, idseId, backend));
  }
  deleteRemoteSnapshot(idseId, backend) {
    return this.write(() => deleteRemoteSnapshot(this.db, idseId, backend));
  }
  getCursor(key) {
    return this.read(() => getCursor(this.db, key));
  }
  /** Sets a sync cursor (e.g. last pull time, last synced commit); null removes it. */
  setCursor(key, value2) {
    this.write(() => setCursor(this.db, key, value2));
  }
  listCursors() {
    return this.read(() => listCursors(this.db));
  }
  /** Records a conflict, or refreshes the open one of the same artifact. */
  recordConflict(conflict) {
    return this.write(() => recordConflict(this.db, conflict));
  }
  getOpenConflict(idseId) {
    return this.read(() => getOpenConflict(this.db, idseId));
  }
  listConflicts(options = {}) {
    return this.read(() => listConflicts(this.db, options));
  }
  /** Marks the artifact's open conflict resolved; false when there was none. */
  resolveConflict(idseId, at2) {
    return this.write(() => resolveConflict(this.db, idseId, at2));
  }
  read(fn2) {
    return this.guard("read", fn2);
  }
  write(fn2) {
    const probe = this.probe;
    const run = this.db.transaction(
      probe === void 0 || this.snapshot ? fn2 : () => {
        const result = fn2();
        probe("spine");
        return result;
      }
    );
    return this.guard("write", () => this.db.readonly ? run.deferred() : run.immediate());
  }
  guard(access, fn2) {
    try {
      return fn2();
    } catch (error) {
      throw toSpineError(error, this.path, access, this.busyTimeoutMs);
    }
  }
};
function configure(db) {
  db.pragma("foreign_keys = ON");
  db.prepare("SELECT count(*) FROM sqlite_master").get();
}

// src/workspace/safe-path.ts
import { constants, lstatSync, realpathSync } from "node:fs";
import { dirname as dirname3, isAbsolute, join as join2, relative, sep } from "node:path";
function unsafePathReason(root2, path2) {
  const inside = relative(root2, path2);
  if (inside === "") return void 0;
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return `${path2} is outside ${root2}`;
  }
  try {
    const dir = dirname3(path2);
    if (realpathSync.native(dir) === join2(realpathSync.native(root2), relative(root2, dir))) {
      return lstatSync(path2, { throwIfNoEntry: false })?.isSymbolicLink() === true ? linkReason(root2, path2) : void 0;
    }
  } catch {
  }
  return walk(root2, inside);
}
function walk(root2, inside) {
  let current = root2;
  let existing = root2;
  for (const part of inside.split(sep)) {
    current = join2(current, part);
    let linked;
    try {
      linked = lstatSync(current).isSymbolicLink();
    } catch (error) {
      const code4 = error.code;
      if (code4 === "ENOENT" || code4 === "ENOTDIR") break;
      return `${relative(root2, current) || current} cannot be examined (${code4 ?? "error"})`;
    }
    if (linked) return linkReason(root2, current);
    existing = current;
  }
  try {
    const realRoot = realpathSync.native(root2);
    const real = realpathSync.native(existing);
    if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) {
      return `${existing} resolves to ${real}, outside ${realRoot}`;
    }
  } catch (error) {
    return `${existing} cannot be resolved (${error.code ?? "error"})`;
  }
  return void 0;
}
function linkReason(root2, link2) {
  return `${relative(root2, link2).split(sep).join("/")} is a symbolic link (links are never followed)`;
}
function assertSafePath(root2, path2, what) {
  const reason = unsafePathReason(root2, path2);
  if (reason === void 0) return;
  throw new IdseError(
    "unsafe-path",
    `Refusing to use ${what}: ${reason}.`,
    "Replace the link with a regular file or folder inside the workspace (`git ls-files -s` shows links as mode 120000)."
  );
}
function assertWorkspaceUnlinked(root2) {
  const idse = join2(root2, ".idse");
  const files = ["idse.db", "idse.db-journal", "idse.db-wal", "idse.db-shm", ".idseconfig.json"];
  assertSafePath(root2, idse, ".idse/");
  for (const file of files) assertSafePath(root2, join2(idse, file), `.idse/${file}`);
}
var NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

// src/sync/report.ts
var CANCELLED_REASON = "not started: the run was cancelled";
function cancellationWarning(outcomes) {
  const left = outcomes.filter((o2) => o2.reason === CANCELLED_REASON).length;
  return left === 0 ? [] : [
    `cancelled: ${left} artifact(s) not started; the writes already under way finished and are recorded. Run the command again to finish.`
  ];
}
function emptyCounts() {
  return { pushed: 0, created: 0, updated: 0, skipped: 0, pulled: 0, failed: 0, conflicts: 0 };
}
function countOutcomes(outcomes) {
  const counts = emptyCounts();
  for (const { action } of outcomes) {
    if (action === "created") counts.created++;
    else if (action === "updated") counts.updated++;
    else if (action === "pulled") counts.pulled++;
    else if (action === "skipped") counts.skipped++;
    else if (action === "conflict") counts.conflicts++;
    else if (action === "failed") counts.failed++;
  }
  counts.pushed = counts.created + counts.updated;
  return counts;
}
function byIdseId(outcomes) {
  return outcomes.sort((a, b3) => a.idseId < b3.idseId ? -1 : a.idseId > b3.idseId ? 1 : 0);
}

// src/workspace/layout.ts
import { join as join3, relative as relative2, sep as sep2 } from "node:path";

// src/workspace/names.ts
import { isAbsolute as isAbsolute2 } from "node:path";
var MAX_NAME_BYTES = 255;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
var INVISIBLE = /[\p{Cf}\u115f\u1160\u180e\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5/u;
var GIT_DIR = /^(?:\.git[. ]*|git~\d+)$/i;
function unsafeNameReason(name) {
  if (name.length === 0) return "it is empty";
  if (name === "." || name === "..") return `"${name}" refers to a directory, not a name`;
  if (/^\.+$/.test(name)) return "it is only dots";
  if (name.includes("/") || name.includes("\\")) return "it contains a path separator";
  if (isAbsolute2(name)) return "it is an absolute path";
  if (name.includes("::")) return 'it contains "::", the idse_id separator';
  const control = CONTROL.exec(name);
  if (control !== null) return `it contains a control character (${codePoint(control[0])})`;
  const invisible = INVISIBLE.exec(name);
  if (invisible !== null) {
    return `it contains an invisible or text-direction character (${codePoint(invisible[0])})`;
  }
  if (name.normalize("NFC") !== name) return "it is not in Unicode NFC form";
  if (GIT_DIR.test(name)) return "git keeps its own data under that name";
  const bytes = Buffer.byteLength(name, "utf8");
  if (bytes > MAX_NAME_BYTES) {
    return `it is longer than ${MAX_NAME_BYTES} bytes in UTF-8 (${bytes} bytes)`;
  }
  return void 0;
}
function codePoint(char) {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

// src/workspace/layout.ts
var STAGE_FILES = {
  intent: "intents/intent.md",
  context: "contexts/context.md",
  spec: "specs/spec.md",
  plan: "plans/plan.md",
  tasks: "tasks/tasks.md",
  implementation: "implementation/README.md",
  feedback: "feedback/feedback.md"
};
var IDSE_DIR = ".idse";
var SPINE_FILE = "idse.db";
var WorkspaceLayout = class {
  constructor(root2) {
    this.root = root2;
  }
  root;
  get idseDir() {
    return join3(this.root, IDSE_DIR);
  }
  get spinePath() {
    return join3(this.idseDir, SPINE_FILE);
  }
  get projectsDir() {
    return join3(this.idseDir, "projects");
  }
  projectDir(project) {
    return join3(this.projectsDir, safeName("project", project));
  }
  sessionsDir(project) {
    return join3(this.projectDir(project), "sessions");
  }
  sessionDir(project, session) {
    return join3(this.sessionsDir(project), safeName("session", session));
  }
  sessionMetadataPath(project, session) {
    return join3(this.sessionDir(project, session), "metadata", "session.json");
  }
  artifactPath(project, session, stage) {
    return join3(this.sessionDir(project, session), STAGE_FILES[stage]);
  }
  /** Where a conflicting Notion version is kept (ARCHITECTURE.md "Contracts"). */
  conflictPath(project, session, stage) {
    return join3(
      this.idseDir,
      "conflicts",
      safeName("project", project),
      safeName("session", session),
      `${stage}.notion.md`
    );
  }
  /** Any path under the workspace, relative to its root with forward slashes, for reports. */
  relativePath(absolute) {
    return relative2(this.root, absolute).split(sep2).join("/");
  }
  /** Path relative to the workspace root, with forward slashes, for reports. */
  relative(project, session, stage) {
    return [IDSE_DIR, "projects", project, "sessions", session, STAGE_FILES[stage]].join("/");
  }
};
function safeName(kind, name) {
  const reason = unsafeNameReason(name);
  if (reason !== void 0) {
    throw new IdseError(
      "unsafe-name",
      `Refusing ${kind} name ${JSON.stringify(name)}: ${reason}.`,
      `Rename the ${kind} to plain letters, digits, dashes or underscores.`
    );
  }
  return name;
}

// src/workspace/discover.ts
import { existsSync as existsSync5, lstatSync as lstatSync2, readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname4, join as join4, resolve as resolve2 } from "node:path";
function findWorkspaceRoot(from, explicit) {
  if (explicit !== void 0) {
    const root2 = resolve2(from, explicit);
    if (!isDirectory(join4(root2, IDSE_DIR))) {
      throw new IdseError(
        "workspace-missing",
        `${root2} is not an IDSE workspace: it has no ${IDSE_DIR}/ folder.`,
        "Pass --workspace with the folder that holds .idse/, or run `idse init` there first."
      );
    }
    return root2;
  }
  let dir = resolve2(from);
  for (; ; ) {
    if (isDirectory(join4(dir, IDSE_DIR))) return dir;
    const parent = dirname4(dir);
    if (parent === dir) {
      throw new IdseError(
        "workspace-missing",
        `No IDSE workspace here: neither ${resolve2(from)} nor any folder above it has ${IDSE_DIR}/.`,
        "Run the command inside a repository with a .idse/ folder, or pass --workspace DIR."
      );
    }
    dir = parent;
  }
}
function discoverWorkspace(root2, filter = {}) {
  const layout = new WorkspaceLayout(root2);
  const problems = [];
  const projects = [];
  const sessions = [];
  for (const project of listDirectories(layout.projectsDir, problems)) {
    if (filter.project !== void 0 && project !== filter.project) continue;
    const reason = unsafeNameReason(project);
    if (reason !== void 0) {
      problems.push({ path: join4(layout.projectsDir, project), problem: `skipped: ${reason}` });
      continue;
    }
    projects.push(project);
    const sessionsDir = layout.sessionsDir(project);
    if (!existsSync5(sessionsDir)) continue;
    for (const session of listDirectories(sessionsDir, problems)) {
      if (filter.session !== void 0 && session !== filter.session) continue;
      const sessionReason = unsafeNameReason(session);
      if (sessionReason !== void 0) {
        problems.push({ path: join4(sessionsDir, session), problem: `skipped: ${sessionReason}` });
        continue;
      }
      const artifacts = [];
      for (const stage of STAGES) {
        const path2 = layout.artifactPath(project, session, stage);
        if (isFile(path2)) artifacts.push({ project, session, stage, path: path2 });
      }
      sessions.push({
        project,
        session,
        dir: layout.sessionDir(project, session),
        metadataPath: layout.sessionMetadataPath(project, session),
        artifacts
      });
    }
  }
  return { layout, projects, sessions, problems };
}
function listDirectories(dir, problems) {
  try {
    if (lstatSync2(dir).isSymbolicLink()) {
      problems.push({ path: dir, problem: "skipped: it is a symbolic link (never followed)" });
      return [];
    }
    const entries = readdirSync2(dir, { withFileTypes: true });
    for (const entry of entries.filter((e) => e.isSymbolicLink())) {
      problems.push({
        path: join4(dir, entry.name),
        problem: "skipped: it is a symbolic link (never followed)"
      });
    }
    return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  } catch (error) {
    const code4 = error.code;
    if (code4 !== "ENOENT") problems.push({ path: dir, problem: `cannot list: ${code4}` });
    return [];
  }
}
function isDirectory(path2) {
  try {
    return statSync2(path2).isDirectory();
  } catch {
    return false;
  }
}
function isFile(path2) {
  try {
    return !lstatSync2(path2).isDirectory();
  } catch {
    return false;
  }
}

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist(), 1);
var import_debug = __toESM(require_src2(), 1);
var import_promise_deferred = __toESM(require_dist2(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/git/commit-pulled.ts
async function assertRepository(root2) {
  if (!await wo({ baseDir: root2 }).checkIsRepo()) {
    throw new IdseError(
      "not-a-repository",
      `--commit needs a git repository; ${root2} is not in one.`,
      "Run the pull without --commit, or inside the repository."
    );
  }
}
function literalPathspec(path2) {
  return `:(literal)${path2}`;
}
var MAX_NAME_IN_MESSAGE = 100;
async function assertCanCommit(root2) {
  try {
    await wo({ baseDir: root2 }).raw(["var", "GIT_COMMITTER_IDENT"]);
    await wo({ baseDir: root2 }).raw(["var", "GIT_AUTHOR_IDENT"]);
  } catch (error) {
    throw new IdseError(
      "git-identity-missing",
      `--commit needs a git identity to commit the pulled files, and git has none in ${root2}.`,
      'Set one (git config user.name "Your Name" and git config user.email you@example.com, with --global for every repository), or run the pull without --commit.',
      { cause: error }
    );
  }
}
async function commitPulledFiles(root2, files, message) {
  await assertRepository(root2);
  const git = wo({ baseDir: root2 });
  const all2 = [.../* @__PURE__ */ new Set([...files, ".idse/idse.db"])];
  const ignored = new Set(await git.checkIgnore(all2));
  const paths = all2.filter((path2) => !ignored.has(path2));
  if (paths.length === 0) return null;
  const pathspecs = paths.map(literalPathspec);
  await git.raw(["add", "--", ...pathspecs]);
  const staged = await git.raw(["diff", "--cached", "--name-only", "--", ...pathspecs]);
  if (staged.trim() === "") return null;
  const lines = [
    `Pull Notion edits into ${message.artifacts.length} artifact${message.artifacts.length === 1 ? "" : "s"}`,
    "",
    ...message.artifacts.map((artifact) => `- ${oneLine(artifact)}`)
  ];
  if (message.editors.length > 0) {
    const names = message.editors.map((name) => oneLine(name).slice(0, MAX_NAME_IN_MESSAGE));
    lines.push("", `Edited in Notion by: ${names.join(", ")}`);
  }
  await git.raw([
    "commit",
    "--quiet",
    "--cleanup=verbatim",
    "-m",
    lines.join("\n"),
    "--",
    ...pathspecs
  ]);
  return (await git.revparse(["HEAD"])).trim();
}
function oneLine(text5) {
  return inertText(text5).trim();
}

// src/git/show-at.ts
var HISTORY_DEPTH = 50;
var COMMIT_SHA = /^[0-9a-f]{40}$/;
function createVersionLookup(root2) {
  const git = wo({ baseDir: root2 });
  let prefix;
  const isCommit = async (sha) => {
    if (!COMMIT_SHA.test(sha)) return false;
    try {
      await git.raw(["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  };
  const show = async (commit, path2) => {
    try {
      return await git.raw(["show", "--end-of-options", `${commit}:${path2}`]);
    } catch {
      return null;
    }
  };
  return async (path2, matches, hint) => {
    prefix ??= git.revparse(["--show-prefix"]).then(
      (value2) => value2.trim(),
      () => null
    );
    const base = await prefix;
    if (base === null) return null;
    const full = `${base}${path2}`;
    if (hint !== null && await isCommit(hint)) {
      const text5 = await show(hint, full);
      if (text5 !== null && matches(text5)) return text5;
    }
    let commits;
    try {
      const log = await git.raw([
        "log",
        `-n${HISTORY_DEPTH}`,
        "--format=%H",
        "HEAD",
        "--",
        literalPathspec(path2)
      ]);
      commits = log.split("\n").filter((line) => line.trim() !== "");
    } catch {
      return null;
    }
    for (const commit of commits) {
      if (commit === hint) continue;
      const text5 = await show(commit, full);
      if (text5 !== null && matches(text5)) return text5;
    }
    return null;
  };
}

// src/notion/design-store.ts
var import_client3 = __toESM(require_src(), 1);

// src/notion/bounds.ts
var MAX_QUERY_PAGES = 101;
var MAX_RELATION_IDS = 1e3;
var MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
var PaginationGuard = class {
  constructor(what, maxItems = Infinity) {
    this.what = what;
    this.maxItems = maxItems;
  }
  what;
  maxItems;
  pages = 0;
  items = 0;
  seen = /* @__PURE__ */ new Set();
  /** The cursor of the next page, or undefined when the listing is complete. */
  next(answer, items) {
    this.pages++;
    this.items += items;
    const pages = MAX_QUERY_PAGES;
    const maxItems = this.maxItems;
    if (this.items > maxItems) {
      throw endless(`${this.what} has more than ${maxItems} items, the most this tool reads`);
    }
    if (answer.has_more !== true || typeof answer.next_cursor !== "string") return void 0;
    if (this.seen.has(answer.next_cursor)) {
      throw endless(`${this.what}: Notion answered a cursor it had answered before`);
    }
    if (this.pages >= pages) {
      throw endless(
        `${this.what} still had more after ${this.pages} pages of results, more than a Notion listing can have (${pages - 1} pages)`
      );
    }
    this.seen.add(answer.next_cursor);
    return answer.next_cursor;
  }
};
function endless(problem) {
  return new IdseError(
    "notion-listing-endless",
    `${problem}; stopped reading it.`,
    "Check NOTION_BASE_URL (unset it for api.notion.com) and run again; if Notion itself answers so, report it with this message.",
    { exitCode: ExitCode.ArtifactsFailed }
  );
}
async function boundedResponse(response, what) {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw tooLarge(what);
  }
  if (response.body === null) return response;
  const chunks = [];
  let total = 0;
  const reader = response.body.getReader();
  for (; ; ) {
    const { done, value: value2 } = await reader.read();
    if (done) break;
    total += value2.byteLength;
    if (total > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw tooLarge(what);
    }
    chunks.push(value2);
  }
  const empty2 = [204, 205, 304].includes(response.status);
  return new Response(empty2 ? null : Buffer.concat(chunks), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers
  });
}
function tooLarge(what) {
  return new IdseError(
    "notion-response-too-large",
    `Notion's answer to ${what} is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, the most this tool reads; it was not read.`,
    "Split the page in Notion if it really is that large; otherwise check NOTION_BASE_URL.",
    { exitCode: ExitCode.ArtifactsFailed }
  );
}

// src/notion/notion-errors.ts
var import_client2 = __toESM(require_src(), 1);
var RUN_STOPPING_CODES = /* @__PURE__ */ new Set(["notion-blocked", "notion-query-incomplete"]);
function isNotionCode(error, code4) {
  return import_client2.APIResponseError.isAPIResponseError(error) && error.code === code4;
}
function isSavedButUnavailable(error) {
  return import_client2.APIResponseError.isAPIResponseError(error) && error.status === 503;
}
function runStoppingError(error, what) {
  if (error instanceof IdseError && RUN_STOPPING_CODES.has(error.code)) return error;
  if (!import_client2.APIResponseError.isAPIResponseError(error)) return void 0;
  if (error.code === "unauthorized") {
    return new IdseError(
      "notion-unauthorized",
      "Notion refused the token (401 unauthorized).",
      "Check NOTION_TOKEN: it must be the internal integration secret of an active integration.",
      { exitCode: ExitCode.UsageOrConfig }
    );
  }
  if (what.databaseId !== void 0 && (error.code === "object_not_found" || error.code === "restricted_resource")) {
    return new IdseError(
      "database-not-found",
      `Notion has no database ${what.databaseId} that this integration can see (${error.status} ${error.code}).`,
      "Check the database id, and share the database with the integration (\u2022\u2022\u2022 \u2192 Connections).",
      { exitCode: ExitCode.UsageOrConfig }
    );
  }
  return void 0;
}
function describeNotionError(error, secrets) {
  if (import_client2.APIResponseError.isAPIResponseError(error)) {
    return redactSecrets(`Notion ${error.status} ${error.code}: ${error.message}`, secrets);
  }
  if ((0, import_client2.isNotionClientError)(error)) return redactSecrets(`Notion client: ${error.message}`, secrets);
  if (error instanceof IdseError) return redactSecrets(error.message, secrets);
  const message = error instanceof Error ? error.message : String(error);
  return redactSecrets(`network: ${message}`, secrets);
}

// src/notion/page-listing.ts
var MINUTE_MS = 6e4;
async function listEveryRow(run, request) {
  const rows = /* @__PURE__ */ new Map();
  let from;
  for (; ; ) {
    const window2 = from === void 0 ? [] : [createdOnOrAfter(from)];
    const answer = await readAll(run, request, [...request.conditions, ...window2]);
    for (const row of answer.rows) rows.set(row.id, row);
    if (answer.complete) break;
    const first = createdMinute(answer.rows[0]);
    const last = createdMinute(answer.rows.at(-1));
    if (first === void 0 || last === void 0) throw incomplete(request);
    if (last > first) {
      from = last;
      continue;
    }
    for (const row of await listMinute(run, request, last)) rows.set(row.id, row);
    from = last + MINUTE_MS;
  }
  return [...rows.values()];
}
async function listMinute(run, request, minute) {
  if (request.split === void 0) throw incomplete(request);
  const { property, options } = request.split;
  const minuteWindow = [
    createdOnOrAfter(minute),
    { timestamp: "created_time", created_time: { before: iso(minute + MINUTE_MS) } }
  ];
  const parts = [
    ...options.map((name) => ({ property, select: { equals: name } })),
    { property, select: { is_empty: true } }
  ];
  const rows = [];
  for (const part of parts) {
    const answer = await readAll(run, request, [...request.conditions, ...minuteWindow, part]);
    if (!answer.complete) throw incomplete(request);
    rows.push(...answer.rows);
  }
  return rows;
}
async function readAll(run, request, conditions) {
  const rows = [];
  let complete = true;
  let cursor;
  const guard = new PaginationGuard(request.what);
  do {
    const answer = await run({
      page_size: 100,
      sorts: [{ timestamp: "created_time", direction: "ascending" }],
      ...conditions.length === 1 ? { filter: conditions[0] } : {},
      ...conditions.length > 1 ? { filter: { and: conditions } } : {},
      ...request.archived ? { is_archived: true } : {},
      ...cursor !== void 0 ? { start_cursor: cursor } : {}
    });
    rows.push(...answer.results);
    if (answer.request_status?.type === "incomplete") complete = false;
    cursor = guard.next(answer, answer.results.length);
  } while (cursor !== void 0);
  return { rows, complete };
}
function createdOnOrAfter(ms2) {
  return { timestamp: "created_time", created_time: { on_or_after: iso(ms2) } };
}
function createdMinute(row) {
  const ms2 = row?.created_time === void 0 ? NaN : Date.parse(row.created_time);
  return Number.isNaN(ms2) ? void 0 : Math.floor(ms2 / MINUTE_MS) * MINUTE_MS;
}
function iso(ms2) {
  return new Date(ms2).toISOString();
}
function incomplete(request) {
  return new IdseError(
    "notion-query-incomplete",
    `Notion cut the listing of ${request.what} short at its query result limit (10,000 rows), even narrowed to one minute of page creation${request.split ? ` and one ${request.split.property}` : ""}; nothing was written from an incomplete listing.`,
    "Move some pages out of this database (for example archive old sessions into another database), then run again.",
    { exitCode: ExitCode.UsageOrConfig }
  );
}

// src/notion/schema-map.ts
var PROPERTIES = {
  title: { name: "Title", type: "title", mode: "create_only", required: true },
  stage: { name: "Stage", type: "select", mode: "always_sync", required: true },
  session: { name: "Session", type: "rich_text", mode: "create_only", required: true },
  status: { name: "Status", type: "status", mode: "always_sync", required: true },
  layer: { name: "Layer", type: "select", mode: "optional", required: false },
  runScope: { name: "Run Scope", type: "select", mode: "optional", required: false },
  version: { name: "Version", type: "rich_text", mode: "optional", required: false },
  feature: { name: "Feature / Capability", type: "rich_text", mode: "optional", required: false },
  upstream: { name: "Upstream Artifact", type: "relation", mode: "optional", required: false },
  sync: { name: "Sync", type: "rich_text", mode: "ledger", required: false }
};
var DOWNSTREAM_PROPERTY = "Downstream Artifact(s)";
var STAGE_LABELS = {
  intent: "Intent",
  context: "Context",
  spec: "Specification",
  plan: "Plan",
  tasks: "Tasks",
  implementation: "Implementation",
  feedback: "Feedback"
};
var STAGE_ALIASES = new Map([
  ...Object.entries(STAGE_LABELS).flatMap(([stage, label2]) => [
    [stage, stage],
    [label2.toLowerCase(), stage]
  ]),
  ["spec", "spec"],
  ["specs", "spec"],
  ["test plan", "implementation"],
  ["task", "tasks"],
  ["intents", "intent"],
  ["contexts", "context"],
  ["plans", "plan"]
]);
function stageFromNotion(value2) {
  return STAGE_ALIASES.get(value2.trim().toLowerCase());
}
var STATUS_LABELS = {
  draft: "Draft",
  in_progress: "In Review",
  review: "In Review",
  complete: "Locked",
  archived: "Superseded"
};
var LAYERS = ["application", "domain", "data", "infrastructure", "platform", "ui"];
var RUN_SCOPES = ["full", "feature", "module", "component", "task", "hotfix"];
function desiredValues(facts) {
  const values = /* @__PURE__ */ new Map();
  values.set("title", { type: "title", text: `${STAGE_LABELS[facts.stage]} \u2013 ${facts.session}` });
  values.set("stage", { type: "select", name: STAGE_LABELS[facts.stage] });
  values.set("session", { type: "rich_text", text: facts.session });
  values.set("status", { type: "status", name: STATUS_LABELS[facts.status] });
  const layer = facts.tags.find((tag) => LAYERS.includes(tag.toLowerCase()));
  if (layer !== void 0) values.set("layer", { type: "select", name: titleCase(layer) });
  const scope = facts.tags.find((tag) => RUN_SCOPES.includes(tag.toLowerCase()));
  if (scope !== void 0) values.set("runScope", { type: "select", name: titleCase(scope) });
  const version = /(?:^|[-_.])(v\d+)$/i.exec(facts.session)?.[1];
  if (version !== void 0) values.set("version", { type: "rich_text", text: version });
  if (facts.description) values.set("feature", { type: "rich_text", text: facts.description });
  if (facts.upstreamPageIds !== void 0) {
    values.set("upstream", { type: "relation", ids: [...facts.upstreamPageIds].sort() });
  }
  return values;
}
function titleCase(word) {
  const lower = word.toLowerCase();
  return lower === "ui" ? "UI" : lower.charAt(0).toUpperCase() + lower.slice(1);
}
function valueKey(value2) {
  switch (value2.type) {
    case "title":
    case "rich_text":
      return `${value2.type}:${value2.text}`;
    case "select":
    case "status":
      return `${value2.type}:${value2.name}`;
    case "relation":
      return `relation:${[...value2.ids].map(compactId).sort().join(",")}`;
  }
}
function compactId(id) {
  return id.replace(/-/g, "").toLowerCase();
}
var RICH_TEXT_CHUNK = 2e3;
function toRequestValue(value2) {
  switch (value2.type) {
    case "title":
    case "rich_text":
      return { [value2.type]: chunkText(value2.text) };
    case "select":
      return { select: { name: value2.name } };
    case "status":
      return { status: { name: value2.name } };
    case "relation":
      return { relation: value2.ids.map((id) => ({ id })) };
  }
}
function chunkText(text5) {
  const chunks = [];
  let start = 0;
  while (start < text5.length) {
    let end = Math.min(start + RICH_TEXT_CHUNK, text5.length);
    if (end < text5.length && /[\uD800-\uDBFF]/.test(text5.charAt(end - 1))) end--;
    chunks.push({ type: "text", text: { content: text5.slice(start, end) } });
    start = end;
  }
  if (chunks.length > 100) {
    throw new IdseError(
      "property-too-long",
      `A property value of ${text5.length} characters is over Notion's limit (100 \xD7 2000).`,
      "Shorten the session description.",
      { exitCode: 1 }
    );
  }
  return chunks;
}

// src/notion/design-store.ts
var MARKDOWN_VERSION = "v2";
var NotionDesignStore = class {
  constructor(gateway) {
    this.gateway = gateway;
  }
  gateway;
  botId;
  get client() {
    return this.gateway.client;
  }
  /** The bot user of our integration: pages it created are the only ones we may trash. */
  async botUserId() {
    if (this.botId === void 0) {
      try {
        const me2 = await this.client.users.me({});
        this.botId = me2.id;
      } catch (error) {
        throw runStoppingError(error, {}) ?? error;
      }
    }
    return this.botId;
  }
  /** The database's data source and its properties; stops the run if it cannot be read. */
  async openDatabase(databaseId, dataSourceId) {
    try {
      let id = dataSourceId;
      if (id === void 0) {
        const database = await this.client.databases.retrieve({ database_id: databaseId });
        id = database.data_sources?.[0]?.id;
        if (id === void 0) throw new Error(`database ${databaseId} has no data source`);
      }
      const source = await this.client.dataSources.retrieve({ data_source_id: id });
      return { dataSourceId: id, properties: source.properties };
    } catch (error) {
      throw runStoppingError(error, { databaseId }) ?? error;
    }
  }
  /**
   * Every page of the data source's live partition, or with `archived` its archive partition:
   * ⌈pages/100⌉ requests while the result stays under Notion's query result limit, narrowed
   * further when it does not (see {@link listEveryRow}); never an incomplete list. With
   * `editedSince`, only pages edited on or after it: `last_edited_time` is rounded down to the
   * minute, so callers pass an `editedSince` that overlaps the previous read. Trashed pages are
   * in neither partition: a page known and missing is retrieved to learn why.
   */
  async listPages(dataSourceId, options = {}) {
    const rows = await listEveryRow(
      (body) => this.client.request({
        path: `data_sources/${dataSourceId}/query`,
        method: "post",
        body
      }),
      {
        conditions: options.editedSince === void 0 ? [] : [
          {
            timestamp: "last_edited_time",
            last_edited_time: { on_or_after: options.editedSince }
          }
        ],
        archived: options.archived === true,
        ...options.stageOptions !== void 0 ? { split: { property: PROPERTIES.stage.name, options: options.stageOptions } } : {},
        what: `the ${options.archived === true ? "archived" : "live"} pages of data source ${dataSourceId}`
      }
    );
    return rows.filter((row) => row.object === "page" && "properties" in row).map((row) => toRemotePage(row));
  }
  /** One page, or undefined when it does not exist for us (deleted, never shared). */
  async getPage(pageId) {
    try {
      const page = await this.client.pages.retrieve({ page_id: pageId });
      return "properties" in page ? toRemotePage(page) : void 0;
    } catch (error) {
      if (isNotionCode(error, "object_not_found") || isNotionCode(error, "validation_error")) {
        return void 0;
      }
      throw error;
    }
  }
  /** Display names of Notion users (for commit messages); an id stands in for one it cannot read. */
  async userNames(ids) {
    const names = [];
    for (const id of ids) {
      try {
        const user = await this.client.users.retrieve({ user_id: id });
        names.push(user.name ?? id);
      } catch {
        names.push(id);
      }
    }
    return names;
  }
  /** All ids of a relation property: the page object lists 25 at most. */
  async relationIds(pageId, propertyId) {
    const ids = [];
    const guard = new PaginationGuard(`the relation of page ${pageId}`, MAX_RELATION_IDS);
    let cursor;
    do {
      const response = await this.client.pages.properties.retrieve({
        page_id: pageId,
        property_id: propertyId,
        ...cursor !== void 0 ? { start_cursor: cursor } : {}
      });
      for (const item of response.results ?? []) if (item.relation) ids.push(item.relation.id);
      cursor = guard.next(response, response.results?.length ?? 0);
    } while (cursor !== void 0);
    return ids;
  }
  /**
   * A block's subtree from an earlier read's `unknown_block_ids`
   * (https://developers.notion.com/reference/retrieve-page-markdown), or undefined when Notion
   * answers 404: the block is content not shared with the integration.
   */
  async readSubtree(blockId) {
    try {
      return await this.readMarkdown(blockId);
    } catch (error) {
      if (isNotionCode(error, "object_not_found")) return void 0;
      throw error;
    }
  }
  async readMarkdown(pageId) {
    const response = await this.client.request({
      path: `pages/${pageId}/markdown`,
      method: "get",
      query: { markdown_version: MARKDOWN_VERSION }
    });
    return {
      markdown: response.markdown,
      truncated: response.truncated === true,
      unknownBlockIds: response.unknown_block_ids ?? []
    };
  }
  /**
   * Creates a row with its body. A create answered 503 may have been saved all the same
   * (`additional_data.committed_resource_id`): that page is returned instead of an error, so
   * the caller never creates twice.
   */
  async createPage(dataSourceId, properties, markdown) {
    try {
      const page = await this.client.request({
        path: "pages",
        method: "post",
        body: {
          parent: { type: "data_source_id", data_source_id: dataSourceId },
          properties,
          markdown,
          markdown_version: MARKDOWN_VERSION
        }
      });
      return toRemotePage(page);
    } catch (error) {
      const committed = committedResourceId(error);
      if (committed !== void 0) {
        const page = await this.getPage(committed);
        if (page !== void 0) return page;
      }
      throw error;
    }
  }
  /**
   * Replaces the body; Notion keeps the ids of unchanged blocks. Returns the new rendering and
   * the `warnings` a synchronous v2 answer carries "when the parser changed or ignored part of
   * your content" (https://developers.notion.com/reference/update-page-markdown).
   */
  async replaceMarkdown(pageId, markdown) {
    const response = await this.client.request({
      path: `pages/${pageId}/markdown`,
      method: "patch",
      body: {
        type: "replace_content",
        replace_content: { new_str: markdown },
        markdown_version: MARKDOWN_VERSION
      }
    });
    return { markdown: response.markdown, warnings: (response.warnings ?? []).map(warningText) };
  }
  async updateProperties(pageId, properties) {
    const page = await this.client.pages.update({
      page_id: pageId,
      properties
    });
    return toRemotePage(page);
  }
  /** Moves a page to the trash (Notion keeps it 30 days; nothing is deleted for good). */
  async trashPage(pageId) {
    await this.client.pages.update({ page_id: pageId, in_trash: true });
  }
};
function warningText(entry) {
  if (typeof entry === "string") return entry;
  if (typeof entry === "object" && entry !== null) {
    const { message, code: code4 } = entry;
    if (typeof message === "string") return message;
    if (typeof code4 === "string") return code4;
  }
  return JSON.stringify(entry);
}
function committedResourceId(error) {
  if (!import_client3.APIResponseError.isAPIResponseError(error) || error.status !== 503) return void 0;
  const id = error.additional_data?.committed_resource_id;
  return typeof id === "string" ? id : void 0;
}
function toRemotePage(raw) {
  const page = raw;
  return {
    id: page.id,
    url: page.url ?? null,
    createdTime: page.created_time,
    createdBy: page.created_by?.id ?? "",
    lastEditedTime: page.last_edited_time,
    lastEditedBy: page.last_edited_by?.id ?? "",
    inTrash: page.in_trash === true || page.archived === true,
    isArchived: page.is_archived === true,
    properties: page.properties
  };
}

// src/sync/checked-run.ts
import { existsSync as existsSync8 } from "node:fs";

// src/workspace/leftovers.ts
import { readdirSync as readdirSync3, rmSync as rmSync2 } from "node:fs";
import { join as join5 } from "node:path";
var TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;
function removeInterruptedWrites(root2) {
  const removed = [];
  const walk2 = (dir, depth) => {
    if (depth > 8) return;
    let entries;
    try {
      entries = readdirSync3(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path2 = join5(dir, entry.name);
      if (entry.isDirectory()) walk2(path2, depth + 1);
      else if (entry.isFile() && TEMP_FILE.test(entry.name)) {
        rmSync2(path2, { force: true });
        removed.push(path2);
      }
    }
  };
  walk2(root2, 0);
  return removed;
}

// src/notion/ledger.ts
import { createHash as createHash2 } from "node:crypto";
var PREFIX = "idse-sync/1 ";
var UNSYNCED_SOURCE = "unsynced";
function shortHash(text5) {
  return createHash2("sha256").update(text5, "utf8").digest("hex").slice(0, 16);
}
function encodeLedger(ledger) {
  const properties = Object.fromEntries(
    Object.entries(ledger.properties).sort(([a], [b3]) => a < b3 ? -1 : a > b3 ? 1 : 0)
  );
  return PREFIX + JSON.stringify({ s: ledger.source, m: ledger.markdown, c: ledger.commit, p: properties });
}
function parseLedger(text5) {
  if (text5 === void 0 || !text5.startsWith(PREFIX)) return void 0;
  let data;
  try {
    data = JSON.parse(text5.slice(PREFIX.length));
  } catch {
    return void 0;
  }
  if (typeof data !== "object" || data === null) return void 0;
  const { s, m: m2, c: c3, p: p2 } = data;
  if (typeof s !== "string" || typeof m2 !== "string") return void 0;
  if (c3 !== null && typeof c3 !== "string") return void 0;
  const commit = typeof c3 === "string" && /^[0-9a-f]{40}$/.test(c3) ? c3 : null;
  if (typeof p2 !== "object" || p2 === null || Array.isArray(p2)) return void 0;
  const properties = {};
  for (const [name, hash] of Object.entries(p2)) {
    if (typeof hash !== "string") return void 0;
    properties[name] = hash;
  }
  return { source: s, markdown: m2, commit, properties };
}

// src/workspace/files.ts
import { randomBytes } from "node:crypto";
import {
  closeSync as closeSync2,
  constants as constants2,
  fstatSync,
  fsyncSync as fsyncSync2,
  mkdirSync as mkdirSync2,
  openSync as openSync2,
  readFileSync as readFileSync2,
  renameSync,
  rmSync as rmSync3,
  writeSync
} from "node:fs";
import { basename as basename4, dirname as dirname5, join as join6 } from "node:path";
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readArtifactText(path2, root2) {
  assertSafePath(root2, path2, path2);
  let bytes;
  try {
    bytes = readRegularFile(path2);
  } catch (error) {
    if (error instanceof IdseError) throw error;
    throw new IdseError(
      "file-unreadable",
      `Cannot read ${path2}: ${error.code ?? String(error)}.`,
      "Check that the file exists and that you may read it.",
      { cause: error }
    );
  }
  return decodeArtifactBytes(bytes, path2);
}
function decodeArtifactBytes(bytes, path2) {
  let text5;
  try {
    text5 = strictUtf8.decode(bytes);
  } catch {
    throw new IdseError(
      "file-not-utf8",
      `${path2} is not valid UTF-8 text (${describeOffset(bytes, firstInvalidUtf8Offset(bytes))}).`,
      "Save the file as UTF-8, or move it out of the workspace if it is not an artifact."
    );
  }
  const nul = text5.indexOf("\0");
  if (nul !== -1) {
    throw new IdseError(
      "file-has-nul",
      `${path2} contains a NUL character (line ${lineOf(text5, nul)}).`,
      "Remove the NUL bytes; artifacts are plain markdown text."
    );
  }
  return text5;
}
var TEMP_SUFFIX = ".tmp";
function readRegularFile(path2) {
  const fd = openSync2(path2, constants2.O_RDONLY | NO_FOLLOW | constants2.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) {
      throw new IdseError(
        "unsafe-path",
        `Refusing to read ${path2}: it is not a regular file.`,
        "Replace it with a regular file."
      );
    }
    return readFileSync2(fd);
  } finally {
    closeSync2(fd);
  }
}
function writeFileAtomic(path2, content3, root2, probe) {
  const dir = dirname5(path2);
  assertSafePath(root2, path2, path2);
  mkdirSync2(dir, { recursive: true });
  assertSafePath(root2, path2, path2);
  const temp = join6(dir, `.${basename4(path2)}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`);
  let fd;
  try {
    fd = openSync2(temp, "wx", 420);
    const bytes = Buffer.from(content3, "utf8");
    const half = Math.floor(bytes.length / 2);
    writeSync(fd, bytes, 0, half);
    probe?.("file");
    writeSync(fd, bytes, half, bytes.length - half);
    fsyncSync2(fd);
    closeSync2(fd);
    fd = void 0;
    probe?.("file");
    renameSync(temp, path2);
  } catch (error) {
    if (fd !== void 0) closeSync2(fd);
    rmSync3(temp, { force: true });
    throw new IdseError(
      "file-unwritable",
      `Cannot write ${path2}: ${error.code ?? String(error)}.`,
      "Check that the directory exists and is writable.",
      { cause: error }
    );
  }
}
function lineOf(text5, index2) {
  let line = 1;
  for (let i = 0; i < index2; i++) if (text5.charCodeAt(i) === 10) line++;
  return line;
}
function describeOffset(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return `line ${line}, near byte ${offset}`;
}
function firstInvalidUtf8Offset(bytes) {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = low + high >>> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid + 1), {
        stream: true
      });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

// src/workspace/session-metadata.ts
function readSessionMetadata(path2, root2) {
  const unsafe2 = unsafePathReason(root2, path2);
  if (unsafe2 !== void 0) return { ok: false, problem: `refused: ${unsafe2}` };
  let raw;
  try {
    raw = readRegularFile(path2).toString("utf8");
  } catch (error) {
    if (error instanceof IdseError) return { ok: false, problem: error.message };
    const code4 = error.code;
    if (code4 === "ENOENT") return { ok: true, metadata: {} };
    return { ok: false, problem: `cannot read ${path2}: ${code4 ?? String(error)}` };
  }
  let data;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: `${path2} is not valid JSON: ${error.message}` };
  }
  return parseSessionMetadata(data, path2);
}
function parseSessionMetadata(data, path2) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, problem: `${path2} must hold a JSON object` };
  }
  const record = data;
  const metadata = {};
  const problems = [];
  const text5 = (key, nullable) => {
    const value2 = record[key];
    if (value2 === void 0) return void 0;
    if (value2 === null && nullable) return null;
    if (typeof value2 === "string") return value2;
    problems.push(`"${key}" must be a string${nullable ? " or null" : ""}`);
    return void 0;
  };
  const sessionId = text5("session_id", false);
  if (typeof sessionId === "string") metadata.sessionId = sessionId;
  const name = text5("name", false);
  if (typeof name === "string") metadata.name = name;
  const sessionType = text5("session_type", false);
  if (typeof sessionType === "string") metadata.sessionType = sessionType;
  const owner = text5("owner", false);
  if (typeof owner === "string") metadata.owner = owner;
  const description = text5("description", true);
  if (description !== void 0) metadata.description = description;
  const parent = text5("parent_session", true);
  if (parent !== void 0) metadata.parentSession = parent;
  const status = record["status"];
  if (status !== void 0) {
    if (typeof status === "string" && isSessionStatus(status)) {
      metadata.status = status;
    } else {
      problems.push(`"status" must be one of ${SESSION_STATUSES.join(", ")}`);
    }
  }
  const blueprint = record["is_blueprint"];
  if (blueprint !== void 0) {
    if (typeof blueprint === "boolean") metadata.isBlueprint = blueprint;
    else problems.push('"is_blueprint" must be true or false');
  }
  const tags = record["tags"];
  if (tags !== void 0) {
    if (Array.isArray(tags) && tags.every((tag) => typeof tag === "string")) {
      metadata.tags = [...new Set(tags)];
    } else {
      problems.push('"tags" must be a list of strings');
    }
  }
  if (problems.length > 0) return { ok: false, problem: `${path2}: ${problems.join("; ")}` };
  return { ok: true, metadata };
}

// src/workspace/import.ts
function importWorkspace(db, workspace) {
  const artifacts = [];
  const sessionProblems = [];
  const known = new Map(db.listArtifacts().map((record) => [record.idseId, record.contentHash]));
  db.transaction(() => {
    for (const session of workspace.sessions) {
      const metadata = readSessionMetadata(session.metadataPath, workspace.layout.root);
      if (!metadata.ok) {
        sessionProblems.push({ path: session.metadataPath, problem: metadata.problem });
      } else {
        const { sessionId, name: _name, owner: _owner, ...fields } = metadata.metadata;
        if (sessionId !== void 0 && sessionId !== session.session) {
          sessionProblems.push({
            path: session.metadataPath,
            problem: `session_id ${JSON.stringify(sessionId)} differs from its folder name; the folder name is used`
          });
        }
        db.upsertSession(session.project, { sessionId: session.session, ...fields });
      }
      for (const file of session.artifacts) {
        const idseId = makeIdseId(file.project, file.session, file.stage);
        try {
          const content3 = readArtifactText(file.path, workspace.layout.root);
          const knownHash = known.get(idseId);
          if (knownHash === contentHash(content3)) {
            artifacts.push({ idseId, path: file.path, action: "unchanged" });
            continue;
          }
          db.saveArtifact({
            project: file.project,
            session: file.session,
            stage: file.stage,
            content: content3
          });
          const action = knownHash === void 0 ? "created" : "updated";
          artifacts.push({ idseId, path: file.path, action });
        } catch (error) {
          if (!isIdseError(error)) throw error;
          artifacts.push({ idseId, path: file.path, action: "failed", reason: error.message });
        }
      }
    }
  });
  return { artifacts, sessionProblems };
}

// src/sync/pull-page.ts
import { existsSync as existsSync6 } from "node:fs";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value2) => {
      value2 = this.postProcess(value2, options);
      if (callback) {
        setTimeout(function() {
          callback(value2);
        }, 0);
        return void 0;
      } else {
        return value2;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path2, added, removed, oldPosInc, options) {
    const last = path2.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path2.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path2.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value2, options) {
    return value2;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value2, options) {
    return Array.from(value2);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value2 = newTokens.slice(newPos, newPos + component.count);
          value2 = value2.map(function(value3, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value3.length ? oldValue : value3;
          });
          component.value = this.join(value2);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value2) {
    return value2.slice();
  }
  join(value2) {
    return value2;
  }
  removeEmpty(value2) {
    return value2;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// src/markdown/align.ts
function alignBlocks(a, b3) {
  const raw = [];
  let ia = 0;
  let ib = 0;
  for (const change2 of diffArrays(
    a.map((block) => block.key),
    b3.map((block) => block.key)
  )) {
    for (let k2 = 0; k2 < change2.count; k2 += 1) {
      if (change2.removed) raw.push({ type: "removed", a: ia++ });
      else if (change2.added) raw.push({ type: "added", b: ib++ });
      else raw.push({ type: "equal", a: ia++, b: ib++ });
    }
  }
  slideOverDuplicates(raw, a, b3);
  const ops = [];
  let removed = [];
  let added = [];
  for (const op of raw) {
    if (op.type === "removed") removed.push(op.a);
    else if (op.type === "added") added.push(op.b);
    else {
      ops.push(...pairStretch(removed, added, a, b3), op);
      removed = [];
      added = [];
    }
  }
  ops.push(...pairStretch(removed, added, a, b3));
  return ops;
}
function slideOverDuplicates(ops, a, b3) {
  const keyOf = (op, side) => side === "a" ? op.type === "added" ? void 0 : a[op.a]?.key : op.type === "removed" ? void 0 : b3[op.b]?.key;
  for (let i = 0; i < ops.length; i += 1) {
    const op = ops[i];
    if (op.type === "equal") continue;
    const side = op.type === "removed" ? "a" : "b";
    const counterpart = op.type === "removed" ? "added" : "removed";
    const key = keyOf(op, side);
    if (ops[i - 1]?.type === counterpart || ops[i + 1]?.type === counterpart) continue;
    for (const direction of [1, -1]) {
      let j3 = i + direction;
      while (ops[j3]?.type === "equal" && keyOf(ops[j3], side) === key) j3 += direction;
      if (j3 === i + direction || ops[j3]?.type !== counterpart) continue;
      const from = Math.min(i, j3 - direction);
      const to2 = Math.max(i, j3 - direction);
      const slice = ops.slice(from, to2 + 1);
      const sides = slice.map(
        (entry) => side === "a" ? entry.a : entry.b
      );
      const others = slice.filter((entry) => entry.type === "equal").map((entry) => side === "a" ? entry.b : entry.a);
      const rotated = [];
      const moving = direction === 1 ? sides[sides.length - 1] : sides[0];
      const staying = direction === 1 ? sides.slice(0, -1) : sides.slice(1);
      if (direction === -1)
        rotated.push(
          op.type === "removed" ? { type: "removed", a: moving } : { type: "added", b: moving }
        );
      staying.forEach((index2, k2) => {
        const other = others[k2];
        rotated.push(
          side === "a" ? { type: "equal", a: index2, b: other } : { type: "equal", a: other, b: index2 }
        );
      });
      if (direction === 1)
        rotated.push(
          op.type === "removed" ? { type: "removed", a: moving } : { type: "added", b: moving }
        );
      ops.splice(from, to2 - from + 1, ...rotated);
      break;
    }
  }
}
var ITEM_KINDS = /* @__PURE__ */ new Set(["bullet-item", "numbered-item", "todo-item"]);
var MIN_SIMILARITY = 0.3;
function pairStretch(removed, added, a, b3) {
  const rows = removed.length;
  const cols = added.length;
  if (rows === 0) return added.map((index2) => ({ type: "added", b: index2 }));
  if (cols === 0) return removed.map((index2) => ({ type: "removed", a: index2 }));
  const single = rows === 1 && cols === 1;
  const score = (i2, j4) => {
    const left = a[removed[i2]];
    const right = b3[added[j4]];
    const sameKind = left.kind === right.kind;
    if (!sameKind && !(ITEM_KINDS.has(left.kind) && ITEM_KINDS.has(right.kind))) return -1;
    const similarity = dice(left.key, right.key);
    if (similarity < MIN_SIMILARITY && !(single && sameKind)) return -1;
    return similarity + (sameKind ? 0.3 : 0);
  };
  const best = Array.from(
    { length: rows + 1 },
    () => new Array(cols + 1).fill(0)
  );
  for (let i2 = rows - 1; i2 >= 0; i2 -= 1) {
    for (let j4 = cols - 1; j4 >= 0; j4 -= 1) {
      const row = best[i2];
      const below = best[i2 + 1];
      const pair2 = score(i2, j4);
      row[j4] = Math.max(
        below[j4],
        row[j4 + 1],
        pair2 < 0 ? -Infinity : pair2 + below[j4 + 1]
      );
    }
  }
  const ops = [];
  let i = 0;
  let j3 = 0;
  while (i < rows && j3 < cols) {
    const here = best[i][j3];
    const pair2 = score(i, j3);
    if (pair2 >= 0 && here === pair2 + best[i + 1][j3 + 1]) {
      ops.push({ type: "changed", a: removed[i], b: added[j3] });
      i += 1;
      j3 += 1;
    } else if (here === best[i + 1][j3]) {
      ops.push({ type: "removed", a: removed[i] });
      i += 1;
    } else {
      ops.push({ type: "added", b: added[j3] });
      j3 += 1;
    }
  }
  for (; i < rows; i += 1) ops.push({ type: "removed", a: removed[i] });
  for (; j3 < cols; j3 += 1) ops.push({ type: "added", b: added[j3] });
  return ops;
}
function dice(left, right) {
  const words = (text5) => text5.toLowerCase().split(/[\s\u241e]+/).filter(Boolean);
  const a = words(left);
  const b3 = words(right);
  if (a.length === 0 && b3.length === 0) return 1;
  const counts = /* @__PURE__ */ new Map();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b3) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(word, count - 1);
    }
  }
  return 2 * shared / (a.length + b3.length);
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code4) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code4 !== null && (code4 < 32 || code4 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code4) {
  return code4 !== null && code4 < -2;
}
function markdownLineEndingOrSpace(code4) {
  return code4 !== null && (code4 < 0 || code4 === 32);
}
function markdownSpace(code4) {
  return code4 === -2 || code4 === -1 || code4 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check2;
  function check2(code4) {
    return code4 !== null && code4 > -1 && regex.test(String.fromCharCode(code4));
  }
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own.call(result, "fence") && !own.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code4 = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code4];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code4] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok3, nok) {
    const self = this;
    return start;
    function start(code4) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code4 === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code4);
        }
      }
      return nok(code4);
    }
    function openSequence(code4) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code4)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code4);
        }
        return openAfter(code4);
      }
      if (code4 === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code4);
        return openSequence;
      }
      return nok(code4);
    }
    function openSequenceWhitespace(code4) {
      if (markdownSpace(code4)) {
        effects.consume(code4);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code4);
    }
    function openAfter(code4) {
      if (markdownLineEnding(code4)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code4);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code4);
    }
    function contentStart(code4) {
      if (code4 === null || markdownLineEnding(code4)) {
        return contentEnd(code4);
      }
      effects.enter(valueType);
      return contentInside(code4);
    }
    function contentInside(code4) {
      if (code4 === null || markdownLineEnding(code4)) {
        effects.exit(valueType);
        return contentEnd(code4);
      }
      effects.consume(code4);
      return contentInside;
    }
    function contentEnd(code4) {
      if (code4 === null) {
        return nok(code4);
      }
      effects.enter("lineEnding");
      effects.consume(code4);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code4) {
      effects.exit(frontmatterType);
      return ok3(code4);
    }
  }
  function tokenizeClosingFence(effects, ok3, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code4) {
      if (code4 === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code4);
      }
      return nok(code4);
    }
    function closeSequence(code4) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code4)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code4);
        }
        return closeAfter(code4);
      }
      if (code4 === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code4);
        return closeSequence;
      }
      return nok(code4);
    }
    function closeSequenceWhitespace(code4) {
      if (markdownSpace(code4)) {
        effects.consume(code4);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code4);
    }
    function closeAfter(code4) {
      if (code4 === null || markdownLineEnding(code4)) {
        effects.exit(fenceType);
        return ok3(code4);
      }
      return nok(code4);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/mdast-util-frontmatter/node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit3[matter2.type] = close;
    exit3[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit3 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}
function frontmatterToMarkdown(options) {
  const unsafe2 = [];
  const handlers = {};
  const matters = toMatters(options);
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    handlers[matter2.type] = handler(matter2);
    const open = fence2(matter2, "open");
    unsafe2.push({
      atBreak: true,
      character: open.charAt(0),
      after: escapeStringRegexp(open.charAt(1))
    });
  }
  return { unsafe: unsafe2, handlers };
}
function handler(matter2) {
  const open = fence2(matter2, "open");
  const close2 = fence2(matter2, "close");
  return handle2;
  function handle2(node2) {
    return open + (node2.value ? "\n" + node2.value : "") + "\n" + close2;
  }
}
function fence2(matter2, prop) {
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/remark-frontmatter/lib/index.js
var emptyOptions = "yaml";
function remarkFrontmatter(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(frontmatter(settings));
  fromMarkdownExtensions.push(frontmatterFromMarkdown(settings));
  toMarkdownExtensions.push(frontmatterToMarkdown(settings));
}

// node_modules/ccount/index.js
function ccount(value2, character) {
  const source = String(value2);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count = 0;
  let index2 = source.indexOf(character);
  while (index2 !== -1) {
    count++;
    index2 = source.indexOf(character, index2 + character.length);
  }
  return count;
}

// node_modules/mdast-util-find-and-replace/node_modules/escape-string-regexp/index.js
function escapeStringRegexp2(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check2) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check2
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check2) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check2) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check2;
  }
}
function castFactory(testFunction) {
  return check2;
  function check2(value2, index2, parent) {
    return Boolean(
      looksLikeANode(value2) && testFunction.call(
        this,
        value2,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value2) {
  return value2 !== null && typeof value2 === "object" && "type" in value2;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d2) {
  return "\x1B[33m" + d2 + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check2;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is3 = convert(check2);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value2 = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value2.type === "string") {
      const name = (
        // `hast`
        typeof value2.tagName === "string" ? value2.tagName : (
          // `xast`
          typeof value2.name === "string" ? value2.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check2 || is3(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value2) {
  if (Array.isArray(value2)) {
    return value2;
  }
  if (typeof value2 === "number") {
    return [CONTINUE, value2];
  }
  return value2 === null || value2 === void 0 ? empty : [value2];
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list4, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list4);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler2(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler2(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace2 = pairs[pairIndex][1];
    let start = 0;
    let change2 = false;
    let nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node2.value);
    while (match) {
      const position2 = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value2 = replace2(...match, matchObject);
      if (typeof value2 === "string") {
        value2 = value2.length > 0 ? { type: "text", value: value2 } : void 0;
      }
      if (value2 === false) {
        find.lastIndex = position2 + 1;
      } else {
        if (start !== position2) {
          add({ type: "text", value: node2.value.slice(start, position2) });
        }
        if (Array.isArray(value2)) {
          for (const child of value2) add(child);
        } else if (value2) {
          add(value2);
        }
        start = position2 + match[0].length;
        change2 = true;
      }
      if (!find.global) {
        break;
      }
      match = find.exec(node2.value);
    }
    if (change2) {
      if (start < node2.value.length) {
        add({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add(child) {
      const previous4 = nodes[nodes.length - 1];
      if (previous4 && previous4.type === "text" && child.type === "text") {
        previous4.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list4 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list4.length) {
    const tuple = list4[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp2(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
var inConstruct = "phrasing";
var notInConstruct = ["autolink", "link", "image", "label"];
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function gfmAutolinkLiteralToMarkdown() {
  return {
    unsafe: [
      {
        character: "@",
        before: "[+\\-.\\w]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ".",
        before: "[Ww]",
        after: "[\\-.\\w]",
        inConstruct,
        notInConstruct
      },
      {
        character: ":",
        before: "[ps]",
        after: "\\/",
        inConstruct,
        notInConstruct
      }
    ]
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_3, protocol, domain2, path2, match) {
  if (!previous(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path2);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_3, atext, label2) {
  if (/[\d\-_]$/.test(label2)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label2,
    children: [{ type: "text", value: atext + "@" + label2, position: void 0 }],
    position: void 0
  };
}
function findMailto(_3, atext, label2) {
  if (/[\d\-_]$/.test(label2)) {
    return false;
  }
  const value2 = "mailto:" + atext + "@" + label2;
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label2, resource, match) {
  if (/[\d\-_]$/.test(label2) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value2 = "xmpp:" + atext + "@" + label2 + (resource || "");
  return {
    type: "link",
    title: null,
    url: value2,
    children: [{ type: "text", value: value2, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code4 = url.charCodeAt(index2 - 1);
    if (code4 === 33 || code4 === 34 || code4 === 38 || code4 === 39 || code4 === 41 || code4 === 44 || code4 === 46 || code4 === 58 || code4 === 59 || code4 === 60 || code4 === 62 || code4 === 63 || code4 === 93 || code4 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous(match) {
  const code4 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code4) || unicodePunctuation(code4);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label2 = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label2;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label2 = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label2;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _3, state, info) {
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value2 += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value2 })
  );
  subexit();
  exit3();
  value2 += tracker.move("]");
  return value2;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}
function gfmFootnoteToMarkdown(options) {
  let firstLineBlank = false;
  if (options && options.firstLineBlank) {
    firstLineBlank = true;
  }
  return {
    handlers: { footnoteDefinition, footnoteReference },
    // This is on by default already.
    unsafe: [{ character: "[", inConstruct: ["label", "phrasing", "reference"] }]
  };
  function footnoteDefinition(node2, _3, state, info) {
    const tracker = state.createTracker(info);
    let value2 = tracker.move("[^");
    const exit3 = state.enter("footnoteDefinition");
    const subexit = state.enter("label");
    value2 += tracker.move(
      state.safe(state.associationId(node2), { before: value2, after: "]" })
    );
    subexit();
    value2 += tracker.move("]:");
    if (node2.children && node2.children.length > 0) {
      tracker.shift(4);
      value2 += tracker.move(
        (firstLineBlank ? "\n" : " ") + state.indentLines(
          state.containerFlow(node2, tracker.current()),
          firstLineBlank ? mapAll : mapExceptFirst
        )
      );
    }
    exit3();
    return value2;
  }
}
function mapExceptFirst(line, index2, blank) {
  return index2 === 0 ? line : mapAll(line, index2, blank);
}
function mapAll(line, index2, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
var constructsWithoutStrikethrough = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function gfmStrikethroughToMarkdown() {
  return {
    handlers: { delete: handleDelete },
    unsafe: [
      {
        character: "~",
        inConstruct: "phrasing",
        notInConstruct: constructsWithoutStrikethrough
      }
    ]
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _3, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value2 = tracker.move(sequence);
  value2 += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value2,
    after: "~"
  });
  value2 += tracker.move(sequence);
  exit3();
  return value2;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/markdown-table/index.js
function defaultStringLength(value2) {
  return value2.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code4 = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code4;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code4 = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code4 === 99) {
      before = ":";
      after = ":";
    } else if (code4 === 108) {
      before = ":";
    } else if (code4 === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code4 = alignments[columnIndex];
        if (code4 === 114) {
          before = " ".repeat(size);
        } else if (code4 === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value2) {
  return value2 === null || value2 === void 0 ? "" : String(value2);
}
function toAlignment(value2) {
  const code4 = typeof value2 === "string" ? value2.codePointAt(0) : 0;
  return code4 === 67 || code4 === 99 ? 99 : code4 === 76 || code4 === 108 ? 108 : code4 === 82 || code4 === 114 ? 114 : 0;
}

// node_modules/mdast-util-phrasing/lib/index.js
var phrasing = (
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  convert([
    "break",
    "delete",
    "emphasis",
    // To do: next major: removed since footnotes were added to GFM.
    "footnote",
    "footnoteReference",
    "image",
    "imageReference",
    "inlineCode",
    // Enabled by `mdast-util-math`:
    "inlineMath",
    "link",
    "linkReference",
    // Enabled by `mdast-util-mdx`:
    "mdxJsxTextElement",
    // Enabled by `mdast-util-mdx`:
    "mdxTextExpression",
    "strong",
    "text",
    // Enabled by `mdast-util-directive`:
    "textDirective"
  ])
);

// node_modules/zwitch/index.js
var own2 = {}.hasOwnProperty;
function zwitch(key, options) {
  const settings = options || {};
  function one2(value2, ...parameters) {
    let fn2 = one2.invalid;
    const handlers = one2.handlers;
    if (value2 && own2.call(value2, key)) {
      const id = String(value2[key]);
      fn2 = own2.call(handlers, id) ? handlers[id] : one2.unknown;
    }
    if (fn2) {
      return fn2.call(this, value2, ...parameters);
    }
  }
  one2.handlers = settings.handlers || {};
  one2.invalid = settings.invalid;
  one2.unknown = settings.unknown;
  return one2;
}

// node_modules/mdast-util-to-markdown/lib/configure.js
var own3 = {}.hasOwnProperty;
function configure2(base, extension2) {
  let index2 = -1;
  let key;
  if (extension2.extensions) {
    while (++index2 < extension2.extensions.length) {
      configure2(base, extension2.extensions[index2]);
    }
  }
  for (key in extension2) {
    if (own3.call(extension2, key)) {
      switch (key) {
        case "extensions": {
          break;
        }
        /* c8 ignore next 4 */
        case "unsafe": {
          list(base[key], extension2[key]);
          break;
        }
        case "join": {
          list(base[key], extension2[key]);
          break;
        }
        case "handlers": {
          map(base[key], extension2[key]);
          break;
        }
        default: {
          base.options[key] = extension2[key];
        }
      }
    }
  }
  return base;
}
function list(left, right) {
  if (right) {
    left.push(...right);
  }
}
function map(left, right) {
  if (right) {
    Object.assign(left, right);
  }
}

// node_modules/mdast-util-to-markdown/lib/handle/blockquote.js
function blockquote(node2, _3, state, info) {
  const exit3 = state.enter("blockquote");
  const tracker = state.createTracker(info);
  tracker.move("> ");
  tracker.shift(2);
  const value2 = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map2
  );
  exit3();
  return value2;
}
function map2(line, _3, blank) {
  return ">" + (blank ? "" : " ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/pattern-in-scope.js
function patternInScope(stack, pattern) {
  return listInScope(stack, pattern.inConstruct, true) && !listInScope(stack, pattern.notInConstruct, false);
}
function listInScope(stack, list4, none) {
  if (typeof list4 === "string") {
    list4 = [list4];
  }
  if (!list4 || list4.length === 0) {
    return none;
  }
  let index2 = -1;
  while (++index2 < list4.length) {
    if (stack.includes(list4[index2])) {
      return true;
    }
  }
  return false;
}

// node_modules/mdast-util-to-markdown/lib/handle/break.js
function hardBreak(_3, _1, state, info) {
  let index2 = -1;
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    if (pattern.character === "\n" && !pattern.before && !pattern.after && patternInScope(state.stack, pattern)) {
      return /[\t ]/.test(info.before) ? "" : " ";
    }
  }
  return "\\\n";
}

// node_modules/longest-streak/index.js
function longestStreak(value2, substring) {
  const source = String(value2);
  let index2 = source.indexOf(substring);
  let expected = index2;
  let count = 0;
  let max = 0;
  if (typeof substring !== "string") {
    throw new TypeError("Expected substring");
  }
  while (index2 !== -1) {
    if (index2 === expected) {
      if (++count > max) {
        max = count;
      }
    } else {
      count = 1;
    }
    expected = index2 + substring.length;
    index2 = source.indexOf(substring, expected);
  }
  return max;
}

// node_modules/mdast-util-to-markdown/lib/util/format-code-as-indented.js
function formatCodeAsIndented(node2, state) {
  return Boolean(
    state.options.fences === false && node2.value && // If there’s no info…
    !node2.lang && // And there’s a non-whitespace character…
    /[^\n\r ]/.test(node2.value) && // And the value doesn’t start or end in a blank…
    !/^[\t ]*(?:[\n\r]|$)|(?:^|[\n\r])[\t ]*$/.test(node2.value)
  );
}

// node_modules/mdast-util-to-markdown/lib/util/check-fence.js
function checkFence(state) {
  const marker = state.options.fence || "`";
  if (marker !== "`" && marker !== "~") {
    throw new Error(
      "Cannot serialize code with `" + marker + "` for `options.fence`, expected `` ` `` or `~`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/code.js
function code(node2, _3, state, info) {
  const marker = checkFence(state);
  const raw = node2.value || "";
  if (formatCodeAsIndented(node2, state)) {
    const exit4 = state.enter("codeIndented");
    const value3 = state.indentLines(raw, map3);
    exit4();
    return value3;
  }
  const tracker = state.createTracker(info);
  const sequence = marker.repeat(Math.max(longestStreak(raw, marker) + 1, 3));
  const exit3 = state.enter("codeFenced");
  const suffix = marker === "`" ? "GraveAccent" : "Tilde";
  let value2 = tracker.move(sequence);
  if (node2.lang) {
    const subexit = state.enter(`codeFencedLang${suffix}`);
    value2 += tracker.move(
      state.safe(node2.lang, {
        before: value2,
        after: " ",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  if (node2.lang && node2.meta) {
    const subexit = state.enter(`codeFencedMeta${suffix}`);
    value2 += tracker.move(" ");
    value2 += tracker.move(
      state.safe(node2.meta, {
        before: value2,
        after: "\n",
        encode: ["`"],
        ...tracker.current()
      })
    );
    subexit();
  }
  value2 += tracker.move("\n");
  if (raw) {
    value2 += tracker.move(raw + "\n");
  }
  value2 += tracker.move(sequence);
  exit3();
  return value2;
}
function map3(line, _3, blank) {
  return (blank ? "" : "    ") + line;
}

// node_modules/mdast-util-to-markdown/lib/util/check-quote.js
function checkQuote(state) {
  const marker = state.options.quote || '"';
  if (marker !== '"' && marker !== "'") {
    throw new Error(
      "Cannot serialize title with `" + marker + "` for `options.quote`, expected `\"`, or `'`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/definition.js
function definition(node2, _3, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? "Quote" : "Apostrophe";
  const exit3 = state.enter("definition");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[");
  value2 += tracker.move(
    state.safe(state.associationId(node2), {
      before: value2,
      after: "]",
      ...tracker.current()
    })
  );
  value2 += tracker.move("]: ");
  subexit();
  if (
    // If there’s no url, or…
    !node2.url || // If there are control characters, whitespace, or a leading `<`.
    /^<|[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: node2.title ? " " : "\n",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote);
    value2 += tracker.move(
      state.safe(node2.title, {
        before: value2,
        after: quote,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote);
    subexit();
  }
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-emphasis.js
function checkEmphasis(state) {
  const marker = state.options.emphasis || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize emphasis with `" + marker + "` for `options.emphasis`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code4) {
  if (code4 === null || markdownLineEndingOrSpace(code4) || unicodeWhitespace(code4)) {
    return 1;
  }
  if (unicodePunctuation(code4)) {
    return 2;
  }
}

// node_modules/mdast-util-to-markdown/lib/util/character.js
function firstCharacter(value2) {
  const code4 = value2.codePointAt(0);
  return code4 === void 0 ? "" : String.fromCodePoint(code4);
}
function lastCharacter(value2) {
  const code4 = value2.codePointAt(value2.length - 2);
  return code4 !== void 0 && code4 > 65535 ? value2.slice(-2) : value2.slice(-1);
}

// node_modules/mdast-util-to-markdown/lib/util/encode-character-reference.js
function encodeCharacterReference(code4) {
  return "&#x" + code4.toString(16).toUpperCase() + ";";
}

// node_modules/mdast-util-to-markdown/lib/util/encode-info.js
function encodeInfo(outside, inside, marker) {
  const outsideKind = classifyCharacter(outside);
  const insideKind = classifyCharacter(inside);
  if (outsideKind === void 0) {
    return insideKind === void 0 ? (
      // Letter inside:
      // we have to encode *both* letters for `_` as it is looser.
      // it already forms for `*` (and GFMs `~`).
      marker === "_" ? { inside: true, outside: true } : { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (letter, whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: encode outer (letter)
      { inside: false, outside: true }
    );
  }
  if (outsideKind === 1) {
    return insideKind === void 0 ? (
      // Letter inside: already forms.
      { inside: false, outside: false }
    ) : insideKind === 1 ? (
      // Whitespace inside: encode both (whitespace).
      { inside: true, outside: true }
    ) : (
      // Punctuation inside: already forms.
      { inside: false, outside: false }
    );
  }
  return insideKind === void 0 ? (
    // Letter inside: already forms.
    { inside: false, outside: false }
  ) : insideKind === 1 ? (
    // Whitespace inside: encode inner (whitespace).
    { inside: true, outside: false }
  ) : (
    // Punctuation inside: already forms.
    { inside: false, outside: false }
  );
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/mdast-util-to-markdown/lib/util/html-kind.js
function htmlKind(value2) {
  if (value2.charCodeAt(0) !== 60) return;
  const next = value2.charCodeAt(1);
  if (next === 33) {
    const code5 = value2.charCodeAt(2);
    if (code5 === 45) return 2;
    if (code5 === 91) return 5;
    if (asciiAlpha(code5)) return 4;
    return;
  }
  if (next === 63) return 3;
  const closing = next === 47;
  const start = closing ? 2 : 1;
  let end = start;
  let code4 = value2.charCodeAt(end);
  if (!asciiAlpha(code4)) return;
  while (code4 === 45 || asciiAlphanumeric(code4)) {
    code4 = value2.charCodeAt(++end);
  }
  const name = value2.slice(start, end).toLowerCase();
  if (!closing && code4 !== 47 && htmlRawNames.includes(name)) {
    return 1;
  }
  return htmlBlockNames.includes(name) ? 6 : 7;
}

// node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js
var builtins = /* @__PURE__ */ new Map([
  ["*", false],
  ["_", true]
]);
function candidates(tokens, involved, runOf) {
  const related = /* @__PURE__ */ new Set();
  for (const token of tokens) {
    const siblings = runOf.get(token);
    if (siblings && token.attention && involved.some((d2) => d2.attention === token.attention)) {
      for (const sibling of siblings.tokens) {
        related.add(sibling.attention);
      }
    }
  }
  const ordered = [];
  for (const token of tokens) {
    if (token.attention && related.delete(token.attention)) {
      ordered.push(token.attention);
    }
  }
  ordered.reverse();
  return ordered;
}
function check(tokens, before, after) {
  const runs = [];
  const wrong = /* @__PURE__ */ new Map();
  const runOf = /* @__PURE__ */ new Map();
  let index2 = 0;
  while (index2 < tokens.length) {
    if (!tokens[index2].attention) {
      index2++;
      continue;
    }
    const marker = tokens[index2].value.charAt(0);
    const strict = builtins.get(marker);
    let end = index2 + 1;
    while (end < tokens.length && tokens[end].attention && tokens[end].value.charAt(0) === marker) {
      end++;
    }
    const head = index2 ? tokens[index2 - 1].value : before;
    const previous4 = classifyCharacter(head.charCodeAt(head.length - 1));
    const next = classifyCharacter(
      (end < tokens.length ? tokens[end].value : after).charCodeAt(0)
    );
    const open = !next || next === 2 && Boolean(previous4);
    const close2 = !previous4 || previous4 === 2 && Boolean(next);
    const run = {
      tokens: tokens.slice(index2, end),
      markers: [],
      start: 0,
      end: 0,
      // Underscores are strict, they cannot open or close inside words.
      open: strict ? open && (Boolean(previous4) || !close2) : open,
      close: strict ? close2 && (Boolean(next) || !open) : close2,
      // All builtins can split runs.
      split: strict !== void 0
    };
    for (const token of run.tokens) {
      wrong.set(token, [...run.tokens]);
      runOf.set(token, run);
      let size = token.value.length;
      while (size--) run.markers.push(token);
    }
    run.end = run.markers.length;
    runs.push(run);
    index2 = end;
  }
  pair(runs, wrong);
  index2 = -1;
  while (++index2 < tokens.length) {
    const involved = wrong.get(tokens[index2]);
    if (involved) return { attention: candidates(tokens, involved, runOf), index: index2 };
  }
}
function containerPhrasing(parent, state, info) {
  return serialize2(phrasing2(parent, state, info), info.before, info.after);
}
function encode(tokens, start) {
  const token = tokens[start ? 0 : tokens.length - 1];
  if (!token || token.attention) return;
  const character = start ? firstCharacter(token.value) : lastCharacter(token.value);
  const reference = encodeCharacterReference(
    /** @type {number} */
    character.codePointAt(0)
  );
  if (start) {
    token.value = reference + token.value.slice(character.length);
  } else {
    let value2 = token.value.slice(0, token.value.length - character.length);
    let escapes = 0;
    while (value2.charCodeAt(value2.length - 1 - escapes) === 92) {
      escapes++;
    }
    if (escapes % 2) value2 += "\\";
    token.value = value2 + reference;
  }
}
function improve(items, chosen, mistake, before, after) {
  for (const attention4 of mistake.attention) {
    const current = chosen.get(attention4) || attention4.sequences[0];
    for (const sequence of attention4.sequences) {
      if (sequence === current) continue;
      const trial = new Map(chosen);
      trial.set(attention4, sequence);
      const tokens = render(items, trial, before, after);
      const next = check(tokens, before, after);
      if (!next || next.index > mistake.index) {
        return { chosen: trial, mistake: next, tokens };
      }
    }
  }
}
function pair(runs, wrong) {
  const openersByMarker = /* @__PURE__ */ new Map();
  for (const closer of runs) {
    const marker = closer.tokens[0].value.charAt(0);
    let openers = openersByMarker.get(marker);
    if (!openers) {
      openers = [];
      openersByMarker.set(marker, openers);
    }
    let open = closer.close ? openers.length : 0;
    while (open-- && closer.start < closer.end) {
      const opener2 = openers[open];
      const openerSize = opener2.end - opener2.start;
      const closerSize = closer.end - closer.start;
      if (closer.split ? (
        // The rule of 3, on the sizes that are left.
        (opener2.close || closer.open) && closerSize % 3 && !((openerSize + closerSize) % 3)
      ) : (
        // Others pair whole runs of the same size.
        openerSize !== opener2.markers.length || openerSize !== closerSize
      )) {
        continue;
      }
      const size = closer.split ? openerSize > 1 && closerSize > 1 ? 2 : 1 : closerSize;
      const opening = opener2.markers.slice(opener2.end - size, opener2.end);
      const closing = closer.markers.slice(closer.start, closer.start + size);
      const openToken = opening[0];
      const closeToken = closing[0];
      if (
        // Whole sequences:
        // the markers of a sequence are next to each other,
        // so if the first and last marker are of one sequence of that size,
        // all markers are exactly that sequence.
        openToken === opening[size - 1] && openToken.value.length === size && closeToken === closing[size - 1] && closeToken.value.length === size && // Of the same attention, so its opening and closing sequence.
        openToken.attention === closeToken.attention
      ) {
        wrong.delete(openToken);
        wrong.delete(closeToken);
      } else {
        const involved = [.../* @__PURE__ */ new Set([...opening, ...closing])];
        for (const token of involved) {
          const list4 = wrong.get(token);
          if (list4) list4.push(...involved);
        }
      }
      opener2.end -= size;
      closer.start += size;
      if (opener2.start === opener2.end) openers.splice(open, 1);
      open = openers.length;
    }
    if (closer.open && closer.start < closer.end) openers.push(closer);
  }
}
function attentionSequences(type, markers2, sizes) {
  if (markers2.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without markers, expected one or more markers"
    );
  }
  if (sizes.length === 0) {
    throw new Error(
      "Cannot serialize `" + type + "` as attention without sizes, expected one or more sizes"
    );
  }
  for (const size of sizes) {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + size + "` as size, expected positive integer"
      );
    }
  }
  const sequences = [];
  for (const marker of markers2) {
    if (marker.length !== 1) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected a single ascii character"
      );
    }
    if (!asciiPunctuation(marker.charCodeAt(0))) {
      throw new Error(
        "Cannot serialize `" + type + "` as attention with `" + marker + "` as marker, expected ascii punctuation"
      );
    }
    for (const size of sizes) {
      sequences.push(marker.repeat(size));
    }
  }
  return sequences;
}
function phrasing2(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  const results = [];
  let index2 = -1;
  let before = info.before;
  indexStack.push(-1);
  let tracker = state.createTracker(info);
  while (++index2 < children.length) {
    const child = children[index2];
    let after;
    indexStack[indexStack.length - 1] = index2;
    if (index2 + 1 < children.length) {
      let handle3 = state.handle.handlers[children[index2 + 1].type];
      if (handle3 && handle3.peek) handle3 = handle3.peek;
      after = handle3 ? firstCharacter(
        handle3(children[index2 + 1], parent, state, {
          before: "",
          after: "",
          ...tracker.current()
        })
      ) : "";
    } else {
      after = info.after;
    }
    const previous4 = results[results.length - 1];
    if (typeof previous4 === "string" && (before === "\r" || before === "\n") && child.type === "html" && htmlKind(child.value) !== 7) {
      results[results.length - 1] = previous4.replace(/(\r?\n|\r)$/, " ");
      before = " ";
      tracker = state.createTracker(info);
      tracker.move(serialize2(results, info.before, info.after));
    }
    const handle2 = state.handle.handlers[child.type];
    if (handle2 && handle2.attention) {
      const item = attentionItem(
        /** @type {PhrasingParents} */
        child,
        handle2.attention,
        state,
        tracker
      );
      if (!item) continue;
      results.push(item);
      before = lastCharacter(item.sequences[0]);
    } else {
      const value2 = state.handle(child, parent, state, {
        ...tracker.current(),
        after,
        before
      });
      if (!value2) continue;
      tracker.move(value2);
      results.push(value2);
      before = lastCharacter(value2);
    }
  }
  indexStack.pop();
  return results;
}
function attentionItem(node2, attention4, state, tracker) {
  const { construct, markers: markers2, sizes } = attention4(node2, state);
  const sequences = attentionSequences(node2.type, markers2, sizes);
  const sequence = sequences[0];
  const exit3 = state.enter(construct);
  const inside = state.createTracker(tracker.current());
  inside.move(sequence);
  const children = phrasing2(node2, state, {
    ...inside.current(),
    before: sequence,
    after: sequence
  });
  exit3();
  if (children.length === 0) return;
  tracker.move(sequence);
  tracker.move(serialize2(children, sequence, sequence));
  tracker.move(sequence);
  return { children, sequences };
}
function fix(items, chosen, before, after) {
  let tokens = render(items, chosen, before, after);
  let mistake = check(tokens, before, after);
  while (mistake) {
    const next = improve(items, chosen, mistake, before, after);
    if (!next) return;
    chosen = next.chosen;
    tokens = next.tokens;
    mistake = next.mistake;
  }
  return tokens;
}
function guess(items, chosen, before, after) {
  let previous4 = before;
  let index2 = -1;
  while (++index2 < items.length) {
    const item = items[index2];
    if (typeof item === "string") {
      previous4 = "";
      continue;
    }
    const next = index2 === items.length - 1 ? after : "";
    const sequence = item.sequences.find(function(value2) {
      const marker = value2.charAt(0);
      return marker !== previous4.charAt(0) && marker !== next.charAt(0) || items.length === 1 && builtins.has(marker) && value2.length > before.length;
    }) || item.sequences[0];
    if (sequence !== item.sequences[0]) chosen.set(item, sequence);
    guess(item.children, chosen, sequence, sequence);
    previous4 = sequence;
  }
}
function render(items, chosen, before, after) {
  const tokens = [];
  let encodeAfter;
  let previous4 = lastCharacter(before);
  let index2 = -1;
  while (++index2 < items.length) {
    const item = items[index2];
    if (typeof item === "string") {
      const token = { value: item, attention: void 0 };
      if (encodeAfter && encodeAfter === firstCharacter(item)) {
        encode([token], true);
      }
      encodeAfter = void 0;
      tokens.push(token);
      if (token.value) previous4 = lastCharacter(token.value);
      continue;
    }
    const sequence = chosen.get(item) || item.sequences[0];
    const marker = sequence.charAt(0);
    const next = items[index2 + 1];
    const outsideBefore = previous4;
    const outsideAfter = firstCharacter(
      next === void 0 ? after : typeof next === "string" ? next : chosen.get(next) || next.sequences[0]
    );
    const inside = render(item.children, chosen, sequence, sequence);
    const head = inside[0].value;
    const open = encodeInfo(
      outsideBefore.charCodeAt(outsideBefore.length - 1),
      head.charCodeAt(0),
      marker
    );
    if (open.inside) encode(inside, true);
    const tail = lastCharacter(inside[inside.length - 1].value);
    const close2 = encodeInfo(
      outsideAfter.charCodeAt(0),
      tail.charCodeAt(tail.length - 1),
      marker
    );
    if (close2.inside) encode(inside, false);
    if (open.outside && outsideBefore !== "\n" && outsideBefore !== "\r") {
      encode(tokens, false);
    }
    if (close2.outside) encodeAfter = outsideAfter;
    tokens.push({ value: sequence, attention: item }, ...inside, {
      value: sequence,
      attention: item
    });
    previous4 = sequence.charAt(sequence.length - 1);
  }
  return tokens;
}
function serialize2(items, before, after) {
  const guessed = /* @__PURE__ */ new Map();
  guess(items, guessed, before, after);
  const tokens = (
    // Start from guesses (based on the preferred sequences).
    (guessed.size > 0 ? fix(items, guessed, before, after) : void 0) || // If stuck, start from the preferred sequences instead.
    fix(items, /* @__PURE__ */ new Map(), before, after) || // If stuck again, use the preferred sequences as they are.
    render(items, /* @__PURE__ */ new Map(), before, after)
  );
  let result = "";
  for (const token of tokens) result += token.value;
  return result;
}

// node_modules/mdast-util-to-markdown/lib/handle/emphasis.js
emphasis.attention = attention;
emphasis.peek = peek;
function emphasis(node2, _3, state, info) {
  const exit3 = state.enter("phrasing");
  const item = attentionItem(node2, attention, state, state.createTracker(info));
  const value2 = item ? serialize2([item], info.before, info.after) : "";
  exit3();
  return value2;
}
function attention(_3, state) {
  const marker = checkEmphasis(state);
  return {
    construct: "emphasis",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [1]
  };
}
function peek(_3, _1, state) {
  return state.options.emphasis || "*";
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check2;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check2 = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check2, wrap(visitors), reverse);
  } else {
    visitParents(tree, check2, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap(visitors.exit) : visitors.exit
  };
}
function wrap(visitor) {
  return overload;
  function overload(node2, parents, index2) {
    return visitor(node2, index2, parents[parents.length - 1]);
  }
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions2 = {};
function toString(value2, options) {
  const settings = options || emptyOptions2;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/mdast-util-to-markdown/lib/util/format-heading-as-setext.js
function formatHeadingAsSetext(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if ("value" in node3 && /\r?\n|\r/.test(node3.value) || node3.type === "break") {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/heading.js
function heading(node2, _3, state, info) {
  const rank = Math.max(Math.min(6, node2.depth || 1), 1);
  const tracker = state.createTracker(info);
  if (formatHeadingAsSetext(node2, state)) {
    const exit4 = state.enter("headingSetext");
    const subexit2 = state.enter("phrasing");
    const value3 = state.containerPhrasing(node2, {
      ...tracker.current(),
      before: "\n",
      after: "\n"
    });
    subexit2();
    exit4();
    return value3 + "\n" + (rank === 1 ? "=" : "-").repeat(
      // The whole size…
      value3.length - // Minus the position of the character after the last EOL (or
      // 0 if there is none)…
      (Math.max(value3.lastIndexOf("\r"), value3.lastIndexOf("\n")) + 1)
    );
  }
  const sequence = "#".repeat(rank);
  const exit3 = state.enter("headingAtx");
  const subexit = state.enter("phrasing");
  tracker.move(sequence + " ");
  let value2 = state.containerPhrasing(node2, {
    before: "# ",
    after: "\n",
    ...tracker.current()
  });
  const head = value2.charCodeAt(0);
  if (head === 9 || head === 32) {
    value2 = encodeCharacterReference(head) + value2.slice(1);
  }
  value2 = value2 ? sequence + " " + value2 : sequence;
  if (state.options.closeAtx) {
    value2 += " " + sequence;
  }
  subexit();
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/html.js
html.peek = htmlPeek;
function html(node2) {
  return node2.value || "";
}
function htmlPeek() {
  return "<";
}

// node_modules/mdast-util-to-markdown/lib/handle/image.js
image.peek = imagePeek;
function image(node2, _3, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? "Quote" : "Apostrophe";
  const exit3 = state.enter("image");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("![");
  value2 += tracker.move(
    state.safe(node2.alt, { before: value2, after: "]", ...tracker.current() })
  );
  value2 += tracker.move("](");
  subexit();
  if (
    // If there’s no url but there is a title…
    !node2.url && node2.title || // If there are control characters, whitespace, or a leading `<`.
    /^<|[\0- \u007F]/.test(node2.url)
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: node2.title ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (node2.title) {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote);
    value2 += tracker.move(
      state.safe(node2.title, {
        before: value2,
        after: quote,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote);
    subexit();
  }
  value2 += tracker.move(")");
  exit3();
  return value2;
}
function imagePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/image-reference.js
imageReference.peek = imageReferencePeek;
function imageReference(node2, _3, state, info) {
  const type = node2.referenceType;
  const exit3 = state.enter("imageReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("![");
  const alt = state.safe(node2.alt, {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  value2 += tracker.move(alt + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d2) {
    return d2 !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit3();
  if (type === "full" || !alt || alt !== reference) {
    value2 += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value2 = value2.slice(0, -1);
  } else {
    value2 += tracker.move("]");
  }
  return value2;
}
function imageReferencePeek() {
  return "!";
}

// node_modules/mdast-util-to-markdown/lib/handle/inline-code.js
inlineCode.peek = inlineCodePeek;
function inlineCode(node2, _3, state) {
  let value2 = node2.value || "";
  let sequence = "`";
  let index2 = -1;
  while (new RegExp("(^|[^`])" + sequence + "([^`]|$)").test(value2)) {
    sequence += "`";
  }
  if (/[^\n\r ]/.test(value2) && (/^[\n\r ]/.test(value2) && /[\n\r ]$/.test(value2) || /^`|`$/.test(value2))) {
    value2 = " " + value2 + " ";
  }
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    const expression = state.compilePattern(pattern);
    if (!pattern.atBreak) continue;
    let match;
    while (match = expression.exec(value2)) {
      let position2 = match.index;
      if (value2.charCodeAt(position2) === 10 && value2.charCodeAt(position2 - 1) === 13) {
        position2--;
      }
      value2 = value2.slice(0, position2) + " " + value2.slice(match.index + 1);
    }
  }
  return sequence + value2 + sequence;
}
function inlineCodePeek() {
  return "`";
}

// node_modules/mdast-util-to-markdown/lib/util/format-link-as-autolink.js
function formatLinkAsAutolink(node2, state) {
  const raw = toString(node2);
  return Boolean(
    !state.options.resourceLink && // If there’s a url…
    node2.url && // And there’s no title…
    !node2.title && // And the content of `node` is a single text node…
    node2.children && node2.children.length === 1 && node2.children[0].type === "text" && // And if the url is the same as the content…
    (raw === node2.url || "mailto:" + raw === node2.url) && // And that starts w/ a protocol…
    /^[a-z][+\-.a-z]+:/i.test(node2.url) && // And that doesn’t contain ASCII control codes (character escapes and
    // references don’t work), space, or angle brackets…
    !/[\0- <>\u007F]/.test(node2.url)
  );
}

// node_modules/mdast-util-to-markdown/lib/handle/link.js
link.peek = linkPeek;
function link(node2, _3, state, info) {
  const quote = checkQuote(state);
  const suffix = quote === '"' ? "Quote" : "Apostrophe";
  const tracker = state.createTracker(info);
  if (formatLinkAsAutolink(node2, state)) {
    const stack = state.stack;
    state.stack = stack.filter(function(d2) {
      return d2 !== "phrasing";
    });
    const exit4 = state.enter("autolink");
    let value3 = tracker.move("<");
    value3 += tracker.move(
      state.containerPhrasing(node2, {
        before: value3,
        after: ">",
        ...tracker.current()
      })
    );
    value3 += tracker.move(">");
    exit4();
    state.stack = stack;
    return value3;
  }
  const exit3 = state.enter("link");
  let subexit = state.enter("label");
  let value2 = tracker.move("[");
  const text5 = state.containerPhrasing(node2, {
    before: value2,
    after: "](",
    ...tracker.current()
  });
  value2 += tracker.move(text5);
  subexit();
  value2 += tracker.move("](");
  const enclose = /^<|[\0- \u007F]/.test(node2.url);
  const last = info.before.charAt(info.before.length - 1);
  let title = node2.title || void 0;
  if (!title && !enclose && (last === "\n" || last === "\r")) {
    let index2 = 0;
    while (index2 < text5.length && text5.charCodeAt(index2) !== 93) {
      index2 += text5.charCodeAt(index2) === 92 ? 2 : 1;
    }
    if (text5.charCodeAt(index2 + 1) === 58) title = "";
  }
  if (
    // If there’s no url but there is a title…
    !node2.url && typeof title === "string" || // If there are control characters or whitespace.
    enclose
  ) {
    subexit = state.enter("destinationLiteral");
    value2 += tracker.move("<");
    value2 += tracker.move(
      state.safe(node2.url, { before: value2, after: ">", ...tracker.current() })
    );
    value2 += tracker.move(">");
  } else {
    subexit = state.enter("destinationRaw");
    value2 += tracker.move(
      state.safe(node2.url, {
        before: value2,
        after: typeof title === "string" ? " " : ")",
        ...tracker.current()
      })
    );
  }
  subexit();
  if (typeof title === "string") {
    subexit = state.enter(`title${suffix}`);
    value2 += tracker.move(" " + quote);
    value2 += tracker.move(
      state.safe(title, {
        before: value2,
        after: quote,
        ...tracker.current()
      })
    );
    value2 += tracker.move(quote);
    subexit();
  }
  value2 += tracker.move(")");
  exit3();
  return value2;
}
function linkPeek(node2, _3, state) {
  return formatLinkAsAutolink(node2, state) ? "<" : "[";
}

// node_modules/mdast-util-to-markdown/lib/handle/link-reference.js
linkReference.peek = linkReferencePeek;
function linkReference(node2, _3, state, info) {
  const type = node2.referenceType;
  const exit3 = state.enter("linkReference");
  let subexit = state.enter("label");
  const tracker = state.createTracker(info);
  let value2 = tracker.move("[");
  const text5 = state.containerPhrasing(node2, {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  value2 += tracker.move(text5 + "][");
  subexit();
  const stack = state.stack;
  state.stack = stack.filter(function(d2) {
    return d2 !== "phrasing";
  });
  subexit = state.enter("reference");
  const reference = state.safe(state.associationId(node2), {
    before: value2,
    after: "]",
    ...tracker.current()
  });
  subexit();
  state.stack = stack;
  exit3();
  if (type === "full" || !text5 || text5 !== reference) {
    value2 += tracker.move(reference + "]");
  } else if (type === "shortcut") {
    value2 = value2.slice(0, -1);
  } else {
    value2 += tracker.move("]");
  }
  return value2;
}
function linkReferencePeek() {
  return "[";
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet.js
function checkBullet(state) {
  const marker = state.options.bullet || "*";
  if (marker !== "*" && marker !== "+" && marker !== "-") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bullet`, expected `*`, `+`, or `-`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-other.js
function checkBulletOther(state) {
  const bullet = checkBullet(state);
  const bulletOther = state.options.bulletOther;
  if (!bulletOther) {
    return bullet === "*" ? "-" : "*";
  }
  if (bulletOther !== "*" && bulletOther !== "+" && bulletOther !== "-") {
    throw new Error(
      "Cannot serialize items with `" + bulletOther + "` for `options.bulletOther`, expected `*`, `+`, or `-`"
    );
  }
  if (bulletOther === bullet) {
    throw new Error(
      "Expected `bullet` (`" + bullet + "`) and `bulletOther` (`" + bulletOther + "`) to be different"
    );
  }
  return bulletOther;
}

// node_modules/mdast-util-to-markdown/lib/util/check-bullet-ordered.js
function checkBulletOrdered(state) {
  const marker = state.options.bulletOrdered || ".";
  if (marker !== "." && marker !== ")") {
    throw new Error(
      "Cannot serialize items with `" + marker + "` for `options.bulletOrdered`, expected `.` or `)`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule.js
function checkRule(state) {
  const marker = state.options.rule || "*";
  if (marker !== "*" && marker !== "-" && marker !== "_") {
    throw new Error(
      "Cannot serialize rules with `" + marker + "` for `options.rule`, expected `*`, `-`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/list.js
function list2(node2, parent, state, info) {
  const exit3 = state.enter("list");
  const bulletCurrent = state.bulletCurrent;
  let bullet = node2.ordered ? checkBulletOrdered(state) : checkBullet(state);
  const bulletOther = node2.ordered ? bullet === "." ? ")" : "." : checkBulletOther(state);
  let useDifferentMarker = parent && state.bulletLastUsed ? bullet === state.bulletLastUsed : false;
  if (!node2.ordered) {
    const firstListItem = node2.children ? node2.children[0] : void 0;
    if (
      // Bullet could be used as a thematic break marker:
      (bullet === "*" || bullet === "-") && // Empty first list item:
      firstListItem && (!firstListItem.children || !firstListItem.children[0]) && // Directly in two other list items:
      state.stack[state.stack.length - 1] === "list" && state.stack[state.stack.length - 2] === "listItem" && state.stack[state.stack.length - 3] === "list" && state.stack[state.stack.length - 4] === "listItem" && // That are each the first child.
      state.indexStack[state.indexStack.length - 1] === 0 && state.indexStack[state.indexStack.length - 2] === 0 && state.indexStack[state.indexStack.length - 3] === 0
    ) {
      useDifferentMarker = true;
    }
    if (checkRule(state) === bullet && firstListItem) {
      let index2 = -1;
      while (++index2 < node2.children.length) {
        const item = node2.children[index2];
        if (item && item.type === "listItem" && item.children && item.children[0] && item.children[0].type === "thematicBreak") {
          useDifferentMarker = true;
          break;
        }
      }
    }
  }
  if (useDifferentMarker) {
    bullet = bulletOther;
  }
  state.bulletCurrent = bullet;
  const value2 = state.containerFlow(node2, info);
  state.bulletLastUsed = bullet;
  state.bulletCurrent = bulletCurrent;
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-list-item-indent.js
function checkListItemIndent(state) {
  const style = state.options.listItemIndent || "one";
  if (style !== "tab" && style !== "one" && style !== "mixed") {
    throw new Error(
      "Cannot serialize items with `" + style + "` for `options.listItemIndent`, expected `tab`, `one`, or `mixed`"
    );
  }
  return style;
}

// node_modules/mdast-util-to-markdown/lib/handle/list-item.js
function listItem(node2, parent, state, info) {
  const listItemIndent = checkListItemIndent(state);
  let bullet = state.bulletCurrent || checkBullet(state);
  if (parent && parent.type === "list" && parent.ordered) {
    bullet = (typeof parent.start === "number" && parent.start > -1 ? parent.start : 1) + (state.options.incrementListMarker === false ? 0 : parent.children.indexOf(node2)) + bullet;
  }
  let size = bullet.length + 1;
  if (listItemIndent === "tab" || listItemIndent === "mixed" && (parent && parent.type === "list" && parent.spread || node2.spread)) {
    size = Math.ceil(size / 4) * 4;
  }
  const tracker = state.createTracker(info);
  tracker.move(bullet + " ".repeat(size - bullet.length));
  tracker.shift(size);
  const exit3 = state.enter("listItem");
  const value2 = state.indentLines(
    state.containerFlow(node2, tracker.current()),
    map4
  );
  exit3();
  return value2;
  function map4(line, index2, blank) {
    if (index2) {
      return (blank ? "" : " ".repeat(size)) + line;
    }
    return (blank ? bullet : bullet + " ".repeat(size - bullet.length)) + line;
  }
}

// node_modules/mdast-util-to-markdown/lib/handle/paragraph.js
function paragraph(node2, _3, state, info) {
  const exit3 = state.enter("paragraph");
  const subexit = state.enter("phrasing");
  const value2 = state.containerPhrasing(node2, info);
  subexit();
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/root.js
function root(node2, _3, state, info) {
  const hasPhrasing = node2.children.some(function(d2) {
    return phrasing(d2);
  });
  if (!hasPhrasing) return state.containerFlow(node2, info);
  const exit3 = state.enter("phrasing");
  const value2 = state.containerPhrasing(node2, info);
  exit3();
  return value2;
}

// node_modules/mdast-util-to-markdown/lib/util/check-strong.js
function checkStrong(state) {
  const marker = state.options.strong || "*";
  if (marker !== "*" && marker !== "_") {
    throw new Error(
      "Cannot serialize strong with `" + marker + "` for `options.strong`, expected `*`, or `_`"
    );
  }
  return marker;
}

// node_modules/mdast-util-to-markdown/lib/handle/strong.js
strong.attention = attention2;
strong.peek = peek2;
function strong(node2, _3, state, info) {
  const exit3 = state.enter("phrasing");
  const item = attentionItem(node2, attention2, state, state.createTracker(info));
  const value2 = item ? serialize2([item], info.before, info.after) : "";
  exit3();
  return value2;
}
function attention2(_3, state) {
  const marker = checkStrong(state);
  return {
    construct: "strong",
    markers: marker === "*" ? ["*", "_"] : ["_", "*"],
    sizes: [2]
  };
}
function peek2(_3, _1, state) {
  return state.options.strong || "*";
}

// node_modules/mdast-util-to-markdown/lib/handle/text.js
function text(node2, parent, state, info) {
  const siblings = parent ? parent.children : [];
  const index2 = state.indexStack[state.indexStack.length - 1];
  return state.safe(node2.value, {
    ...info,
    afterNode: siblings[index2 + 1],
    beforeNode: siblings[index2 - 1]
  });
}

// node_modules/mdast-util-to-markdown/lib/util/check-rule-repetition.js
function checkRuleRepetition(state) {
  const repetition = state.options.ruleRepetition || 3;
  if (repetition < 3) {
    throw new Error(
      "Cannot serialize rules with repetition `" + repetition + "` for `options.ruleRepetition`, expected `3` or more"
    );
  }
  return repetition;
}

// node_modules/mdast-util-to-markdown/lib/handle/thematic-break.js
function thematicBreak(_3, _1, state) {
  const value2 = (checkRule(state) + (state.options.ruleSpaces ? " " : "")).repeat(checkRuleRepetition(state));
  return state.options.ruleSpaces ? value2.slice(0, -1) : value2;
}

// node_modules/mdast-util-to-markdown/lib/handle/index.js
var handle = {
  blockquote,
  break: hardBreak,
  code,
  definition,
  emphasis,
  hardBreak,
  heading,
  html,
  image,
  imageReference,
  inlineCode,
  link,
  linkReference,
  list: list2,
  listItem,
  paragraph,
  root,
  strong,
  text,
  thematicBreak
};

// node_modules/mdast-util-to-markdown/lib/join.js
var join7 = [joinDefaults];
function joinDefaults(left, right, parent, state) {
  if (right.type === "code" && formatCodeAsIndented(right, state) && (left.type === "list" || left.type === right.type && formatCodeAsIndented(left, state))) {
    return false;
  }
  if ("spread" in parent && typeof parent.spread === "boolean") {
    if (parent.spread) return 1;
    if (left.type === "html") {
      const kind = htmlKind(left.value);
      if (kind === void 0 || kind === 6 || kind === 7) return 1;
    }
    if (left.type === "blockquote" && right.type === "blockquote") return 1;
    if ((left.type === "definition" || left.type === "paragraph") && right.type === "list" && (right.ordered && typeof right.start === "number" && right.start !== 1 || right.children.length > 0 && right.children[0].children.length === 0)) {
      return 1;
    }
    if (left.type === "paragraph" && right.type === "thematicBreak" && checkRule(state) === "-" && !state.options.ruleSpaces) {
      return 1;
    }
    let tail = left;
    while ((tail.type === "blockquote" || tail.type === "list" || tail.type === "listItem") && tail.children.length > 0) {
      tail = tail.children[tail.children.length - 1];
    }
    if (tail.type !== "definition" && tail.type !== "paragraph") return 0;
    if (right.type === "code" && formatCodeAsIndented(right, state)) return 1;
    if (right.type === "html") {
      const kind = htmlKind(right.value);
      if (kind === void 0 || kind === 7) return 1;
    }
    if ((left.type === "paragraph" || left !== tail) && (right.type === "definition" || right.type === "heading" && formatHeadingAsSetext(right, state) || right.type === "paragraph")) {
      return 1;
    }
    return 0;
  }
}

// node_modules/mdast-util-to-markdown/lib/unsafe.js
var fullPhrasingSpans = [
  "autolink",
  "destinationLiteral",
  "destinationRaw",
  "reference",
  "titleQuote",
  "titleApostrophe"
];
var unsafe = [
  { character: "	", after: "[\\r\\n]", inConstruct: "phrasing" },
  { character: "	", before: "[\\r\\n]", inConstruct: "phrasing" },
  {
    character: "	",
    inConstruct: ["codeFencedLangGraveAccent", "codeFencedLangTilde"]
  },
  {
    character: "\r",
    inConstruct: [
      "codeFencedLangGraveAccent",
      "codeFencedLangTilde",
      "codeFencedMetaGraveAccent",
      "codeFencedMetaTilde",
      "destinationLiteral",
      "headingAtx"
    ]
  },
  {
    character: "\n",
    inConstruct: [
      "codeFencedLangGraveAccent",
      "codeFencedLangTilde",
      "codeFencedMetaGraveAccent",
      "codeFencedMetaTilde",
      "destinationLiteral",
      "headingAtx"
    ]
  },
  { character: "\r", before: "[\\r\\n]", inConstruct: "phrasing" },
  { character: "\r", after: "\\r", inConstruct: "phrasing" },
  { character: "\n", before: "\\n", inConstruct: "phrasing" },
  { character: "\n", after: "[\\r\\n]", inConstruct: "phrasing" },
  { character: " ", after: "[\\r\\n]", inConstruct: "phrasing" },
  { character: " ", before: "[\\r\\n]", inConstruct: "phrasing" },
  {
    character: " ",
    inConstruct: ["codeFencedLangGraveAccent", "codeFencedLangTilde"]
  },
  // An exclamation mark can start an image, if it is followed by a link or
  // a link reference.
  {
    character: "!",
    after: "\\[",
    inConstruct: "phrasing",
    notInConstruct: fullPhrasingSpans
  },
  // A quote can break out of a title.
  { character: '"', inConstruct: "titleQuote" },
  // A number sign could start an ATX heading if it starts a line.
  { atBreak: true, character: "#" },
  { character: "#", inConstruct: "headingAtx", after: "(?:[\r\n]|$)" },
  // Dollar sign and percentage are not used in markdown.
  // An ampersand could start a character reference.
  // Labels match on their source.
  {
    character: "&",
    after: "[#A-Za-z]",
    inConstruct: [
      "codeFencedLangGraveAccent",
      "codeFencedLangTilde",
      "codeFencedMetaGraveAccent",
      "codeFencedMetaTilde",
      "destinationLiteral",
      "destinationRaw",
      "phrasing",
      "titleApostrophe",
      "titleQuote"
    ]
  },
  // An apostrophe can break out of a title.
  { character: "'", inConstruct: "titleApostrophe" },
  // A left paren could break out of a destination raw.
  { character: "(", inConstruct: "destinationRaw" },
  // A left paren followed by `]` could make something into a link or image.
  {
    before: "\\]",
    character: "(",
    inConstruct: "phrasing",
    notInConstruct: fullPhrasingSpans
  },
  // A right paren could start a list item or break out of a destination
  // raw.
  { atBreak: true, before: "\\d+", character: ")" },
  { character: ")", inConstruct: "destinationRaw" },
  // An asterisk can start thematic breaks, list items, emphasis, strong.
  { atBreak: true, character: "*", after: "(?:[ 	\r\n*])" },
  { character: "*", inConstruct: "phrasing", notInConstruct: fullPhrasingSpans },
  // A plus sign could start a list item.
  { atBreak: true, character: "+", after: "(?:[ 	\r\n])" },
  // A dash can start thematic breaks, list items, and setext heading
  // underlines.
  { atBreak: true, character: "-", after: "(?:[ 	\r\n-])" },
  // A dot could start a list item.
  { atBreak: true, before: "\\d+", character: ".", after: "(?:[ 	\r\n]|$)" },
  // Slash, colon, and semicolon are not used in markdown for constructs.
  // A less than can start html (flow or text) or an autolink.
  // HTML could start with an exclamation mark (declaration, cdata, comment),
  // slash (closing tag), question mark (instruction), or a letter (tag).
  // An autolink also starts with a letter.
  // It could break out of a destination literal,
  // or start one at the start of a destination raw.
  { atBreak: true, character: "<", after: "[!/?A-Za-z]" },
  {
    character: "<",
    after: "[!/?A-Za-z]",
    inConstruct: "phrasing",
    notInConstruct: fullPhrasingSpans
  },
  { character: "<", inConstruct: "destinationLiteral" },
  { character: "<", before: "[( ]", inConstruct: "destinationRaw" },
  // An equals to can start setext heading underlines.
  { atBreak: true, character: "=" },
  // A greater than can start block quotes and it can break out of a
  // destination literal.
  { atBreak: true, character: ">" },
  { character: ">", inConstruct: "destinationLiteral" },
  // Question mark and at sign are not used in markdown for constructs.
  // A left bracket can start definitions, references, labels,
  { atBreak: true, character: "[" },
  { character: "[", inConstruct: "phrasing", notInConstruct: fullPhrasingSpans },
  { character: "[", inConstruct: ["label", "reference"] },
  // A backslash can start an escape (when followed by punctuation) or a
  // hard break (when followed by an eol).
  // Note: typical escapes are handled in `safe`!
  { character: "\\", after: "[\\r\\n]", inConstruct: "phrasing" },
  // A right bracket can exit labels.
  { character: "]", inConstruct: ["label", "reference"] },
  // Caret is not used in markdown for constructs.
  // An underscore can start emphasis, strong, or a thematic break.
  { atBreak: true, character: "_" },
  { character: "_", inConstruct: "phrasing", notInConstruct: fullPhrasingSpans },
  // A grave accent can start code (fenced or text), or it can break out of
  // a grave accent code fence.
  { atBreak: true, character: "`" },
  {
    character: "`",
    inConstruct: ["codeFencedLangGraveAccent", "codeFencedMetaGraveAccent"]
  },
  { character: "`", inConstruct: "phrasing", notInConstruct: fullPhrasingSpans },
  // Left brace, vertical bar, right brace are not used in markdown for
  // constructs.
  // A tilde can start code (fenced).
  { atBreak: true, character: "~" },
  { character: "<", inConstruct: "autolink" },
  { character: ">", inConstruct: "autolink" },
  { character: "\x7F", inConstruct: "autolink" }
];
var code2 = -1;
while (++code2 < 33) {
  unsafe.push({ character: String.fromCharCode(code2), inConstruct: "autolink" });
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own4 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own4.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code4 = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code4 < 9 || code4 === 11 || code4 > 13 && code4 < 32 || // Control character (DEL) of C0, and C1 controls.
    code4 > 126 && code4 < 160 || // Lone high surrogates and low surrogates.
    code4 > 55295 && code4 < 57344 || // Noncharacters.
    code4 > 64975 && code4 < 65008 || /* eslint-disable no-bitwise */
    (code4 & 65535) === 65535 || (code4 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code4 > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code4);
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $22) {
  if ($1) {
    return $1;
  }
  const head = $22.charCodeAt(0);
  if (head === 35) {
    const head2 = $22.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($22.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($22) || $0;
}

// node_modules/mdast-util-to-markdown/lib/util/association.js
function association(node2) {
  if (node2.label || !node2.identifier) {
    return node2.label || "";
  }
  return decodeString(node2.identifier);
}

// node_modules/mdast-util-to-markdown/lib/util/compile-pattern.js
function compilePattern(pattern) {
  if (!pattern._compiled) {
    const before = (pattern.atBreak ? "[\\r\\n][\\t ]*" : "") + (pattern.before ? "(?:" + pattern.before + ")" : "");
    pattern._compiled = new RegExp(
      (pattern.beforeNode ? "^" : before ? "(" + before + ")" : "") + (/[$()*+.?[\\\]^{|}]/.test(pattern.character) ? "\\" : "") + pattern.character + (pattern.afterNode ? "$" : pattern.after ? "(?=" + pattern.after + ")" : ""),
      pattern.unicode ? "gu" : "g"
    );
  }
  return pattern._compiled;
}

// node_modules/mdast-util-to-markdown/lib/util/container-flow.js
function containerFlow(parent, state, info) {
  const indexStack = state.indexStack;
  const children = parent.children || [];
  const tracker = state.createTracker(info);
  const results = [];
  let index2 = -1;
  indexStack.push(-1);
  while (++index2 < children.length) {
    const child = children[index2];
    indexStack[indexStack.length - 1] = index2;
    results.push(
      tracker.move(
        state.handle(child, parent, state, {
          before: "\n",
          after: "\n",
          ...tracker.current()
        })
      )
    );
    if (child.type !== "list") {
      state.bulletLastUsed = void 0;
    }
    if (index2 < children.length - 1) {
      results.push(
        tracker.move(between(child, children[index2 + 1], parent, state))
      );
    }
  }
  indexStack.pop();
  return results.join("");
}
function between(left, right, parent, state) {
  let index2 = state.join.length;
  while (index2--) {
    const result = state.join[index2](left, right, parent, state);
    if (result === true || result === 1) {
      break;
    }
    if (typeof result === "number") {
      return "\n".repeat(1 + result);
    }
    if (result === false) {
      return "\n\n<!---->\n\n";
    }
  }
  return "\n\n";
}

// node_modules/mdast-util-to-markdown/lib/util/indent-lines.js
var eol = /\r?\n|\r/g;
function indentLines(value2, map4) {
  const result = [];
  let start = 0;
  let line = 0;
  let match;
  while (match = eol.exec(value2)) {
    one2(value2.slice(start, match.index));
    result.push(match[0]);
    start = match.index + match[0].length;
    line++;
  }
  one2(value2.slice(start));
  return result.join("");
  function one2(value3) {
    result.push(map4(value3, line, !value3));
  }
}

// node_modules/mdast-util-to-markdown/lib/util/safe.js
var own5 = {}.hasOwnProperty;
function safe(state, input, config) {
  const value2 = (config.before || "") + (input || "") + (config.after || "");
  const positions = [];
  const result = [];
  const infos = {};
  const percentEncode = state.stack.includes("autolink");
  const offset = config.before ? config.before.length : 0;
  const end = value2.length - (config.after ? config.after.length : 0);
  let index2 = -1;
  while (++index2 < state.unsafe.length) {
    const pattern = state.unsafe[index2];
    if (!patternInScope(state.stack, pattern) || !nodeInScope(pattern.beforeNode, config.beforeNode) || !nodeInScope(pattern.afterNode, config.afterNode)) {
      continue;
    }
    const expression = state.compilePattern(pattern);
    const from = pattern.beforeNode ? offset : 0;
    const subject = value2.slice(from, pattern.afterNode ? end : void 0);
    let match;
    while (match = expression.exec(subject)) {
      const before = Boolean(pattern.before || pattern.atBreak);
      const after = Boolean(pattern.after);
      const character = match.index + (before ? match[1].length : 0);
      const position2 = from + character;
      expression.lastIndex = Math.max(character, match.index + 1);
      if (own5.call(infos, position2)) {
        if (infos[position2].before && !before) {
          infos[position2].before = false;
        }
        if (infos[position2].after && !after) {
          infos[position2].after = false;
        }
      } else {
        positions.push(position2);
        infos[position2] = { before, after };
      }
    }
  }
  positions.sort(numerical);
  let start = offset;
  index2 = -1;
  while (++index2 < positions.length) {
    const position2 = positions[index2];
    if (position2 < start || position2 >= end) {
      continue;
    }
    if (value2.charAt(position2) === "_" && // Preceded by an unescaped character that is not punctuation or whitespace:
    position2 > 0 && classifyCharacter(value2.charCodeAt(position2 - 1)) === void 0 && !own5.call(infos, position2 - 1) && // Characters next to attention markers can become character references
    // later, turning `a` into `&#x61;`, so those do not count.
    !(position2 - 1 === offset && /[*_]/.test(value2.charAt(offset - 1)))) {
      let sequenceEnd = position2 + 1;
      while (sequenceEnd < end && value2.charAt(sequenceEnd) === "_") {
        sequenceEnd++;
      }
      const skip = sequenceEnd - position2 - 1;
      if (
        // All underscores in the run are unsafe positions, so they can be
        // skipped.
        positions[index2 + skip] === sequenceEnd - 1 && // Rest as above.
        sequenceEnd < value2.length && classifyCharacter(value2.charCodeAt(sequenceEnd)) === void 0 && !own5.call(infos, sequenceEnd) && !(sequenceEnd === end - 1 && /[*_]/.test(value2.charAt(end)))
      ) {
        index2 += skip;
        continue;
      }
    }
    if (position2 + 1 < end && positions[index2 + 1] === position2 + 1 && infos[position2].after && !infos[position2 + 1].before && !infos[position2 + 1].after || position2 - 1 >= offset && positions[index2 - 1] === position2 - 1 && infos[position2].before && !infos[position2 - 1].before && !infos[position2 - 1].after) {
      continue;
    }
    if (start !== position2) {
      const slice = value2.slice(start, position2);
      result.push(percentEncode ? slice : escapeBackslashes(slice, "\\"));
    }
    start = position2 + 1;
    if (percentEncode) {
      result.push(
        "%" + value2.charCodeAt(position2).toString(16).toUpperCase().padStart(2, "0")
      );
    } else if (/[!-/:-@[-`{-~]/.test(value2.charAt(position2)) && (!config.encode || !config.encode.includes(value2.charAt(position2)))) {
      result.push("\\" + value2.charAt(position2));
    } else {
      result.push(encodeCharacterReference(value2.charCodeAt(position2)));
    }
  }
  const rest = value2.slice(start, end);
  result.push(percentEncode ? rest : escapeBackslashes(rest, config.after));
  return result.join("");
}
function nodeInScope(types, node2) {
  if (!types) return true;
  if (!node2) return false;
  return typeof types === "string" ? types === node2.type : types.includes(node2.type);
}
function numerical(a, b3) {
  return a - b3;
}
function escapeBackslashes(value2, after) {
  const expression = /\\(?=[!-/:-@[-`{-~])/g;
  const positions = [];
  const results = [];
  const whole = value2 + after;
  let index2 = -1;
  let start = 0;
  let match;
  while (match = expression.exec(whole)) {
    positions.push(match.index);
  }
  while (++index2 < positions.length) {
    if (start !== positions[index2]) {
      results.push(value2.slice(start, positions[index2]));
    }
    results.push("\\");
    start = positions[index2];
  }
  results.push(value2.slice(start));
  return results.join("");
}

// node_modules/mdast-util-to-markdown/lib/util/track.js
function track(config) {
  const options = config || {};
  const now = options.now || {};
  let lineShift = options.lineShift || 0;
  let line = now.line || 1;
  let column = now.column || 1;
  return { move, current, shift };
  function current() {
    return { now: { line, column }, lineShift };
  }
  function shift(value2) {
    lineShift += value2;
  }
  function move(input) {
    const value2 = input || "";
    const chunks = value2.split(/\r?\n|\r/g);
    const tail = chunks[chunks.length - 1];
    line += chunks.length - 1;
    column = chunks.length === 1 ? column + tail.length : 1 + tail.length + lineShift;
    return value2;
  }
}

// node_modules/mdast-util-to-markdown/lib/index.js
function toMarkdown(tree, options) {
  const settings = options || {};
  const state = {
    associationId: association,
    bulletCurrent: void 0,
    bulletLastUsed: void 0,
    containerPhrasing: containerPhrasingBound,
    containerFlow: containerFlowBound,
    createTracker: track,
    compilePattern,
    enter,
    // @ts-expect-error: GFM / frontmatter are typed in `mdast` but not defined
    // here.
    handlers: { ...handle },
    // @ts-expect-error: add `handle` in a second.
    handle: void 0,
    indentLines,
    indexStack: [],
    join: [...join7],
    options: {},
    safe: safeBound,
    stack: [],
    unsafe: [...unsafe]
  };
  configure2(state, settings);
  if (state.options.tightDefinitions) {
    state.join.push(joinDefinition);
  }
  state.handle = zwitch("type", {
    invalid,
    unknown,
    handlers: state.handlers
  });
  let result = state.handle(
    phrasing(tree) ? { type: "root", children: [tree] } : tree,
    void 0,
    state,
    { before: "\n", after: "\n", now: { line: 1, column: 1 }, lineShift: 0 }
  );
  if (result && result.charCodeAt(result.length - 1) !== 10 && result.charCodeAt(result.length - 1) !== 13) {
    result += "\n";
  }
  return result;
  function enter(name) {
    state.stack.push(name);
    return exit3;
    function exit3() {
      state.stack.pop();
    }
  }
}
function invalid(value2) {
  throw new Error("Cannot handle value `" + value2 + "`, expected node");
}
function unknown(value2) {
  const node2 = (
    /** @type {Nodes} */
    value2
  );
  throw new Error("Cannot handle unknown node `" + node2.type + "`");
}
function joinDefinition(left, right) {
  if (left.type === "definition" && left.type === right.type) {
    return 0;
  }
}
function containerPhrasingBound(parent, info) {
  return containerPhrasing(parent, this, info);
}
function containerFlowBound(parent, info) {
  return containerFlow(parent, this, info);
}
function safeBound(value2, config) {
  return safe(this, value2, config);
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit,
      tableHeader: exit,
      tableRow: exit
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d2) {
        return d2 === "none" ? null : d2;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  if (this.data.inTable) {
    value2 = value2.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value2;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}
function gfmTableToMarkdown(options) {
  const settings = options || {};
  const {
    tableCellPadding: padding,
    tablePipeAlign: alignDelimiters,
    stringLength
  } = settings;
  const around = padding ? " " : "|";
  return {
    handlers: {
      inlineCode: inlineCodeWithTable,
      table: handleTable,
      tableCell: handleTableCell,
      tableRow: handleTableRow
    },
    join: [joinTable],
    unsafe: [
      { character: "\r", inConstruct: "tableCell" },
      { character: "\n", inConstruct: "tableCell" },
      // A pipe, when followed by a tab or space (padding), or a dash or colon
      // (unpadded delimiter row), could result in a table.
      { atBreak: true, character: "|", after: "[	 :-]" },
      // A pipe in a cell must be encoded.
      { character: "|", inConstruct: "tableCell" },
      // A colon must be followed by a dash, in which case it could start a
      // delimiter row.
      { atBreak: true, character: ":", after: "-" },
      // A delimiter row can also start with a dash, when followed by more
      // dashes, a colon, or a pipe.
      // This is a stricter version than the built in check for lists, thematic
      // breaks, and setex heading underlines though:
      // <https://github.com/syntax-tree/mdast-util-to-markdown/blob/51a2038/lib/unsafe.js#L57>
      { atBreak: true, character: "-", after: "[:|-]" }
    ]
  };
  function handleTable(node2, _3, state, info) {
    const matrix = handleTableAsData(node2, state, info);
    const head = matrix[0];
    if (head) {
      let columns = node2.align ? node2.align.length : 0;
      let index2 = -1;
      if (!columns) {
        while (++index2 < matrix.length) {
          if (matrix[index2].length > columns) columns = matrix[index2].length;
        }
      }
      while (head.length < columns) head.push("");
    }
    return serializeData(matrix, node2.align);
  }
  function handleTableRow(node2, _3, state, info) {
    const row = handleTableRowAsData(node2, state, info);
    const value2 = serializeData([row]);
    return value2.slice(0, value2.indexOf("\n"));
  }
  function handleTableCell(node2, _3, state, info) {
    const exit3 = state.enter("tableCell");
    const subexit = state.enter("phrasing");
    const value2 = state.containerPhrasing(node2, {
      ...info,
      before: around,
      after: around
    });
    subexit();
    exit3();
    return value2;
  }
  function serializeData(matrix, align) {
    return markdownTable(matrix, {
      align,
      alignDelimiters,
      fillRows: false,
      padding,
      stringLength
    });
  }
  function handleTableAsData(node2, state, info) {
    const { children } = node2;
    let index2 = -1;
    const result = [];
    const subexit = state.enter("table");
    while (++index2 < children.length) {
      result[index2] = handleTableRowAsData(children[index2], state, info);
    }
    subexit();
    return result;
  }
  function handleTableRowAsData(node2, state, info) {
    const { children } = node2;
    let index2 = -1;
    const result = [];
    const subexit = state.enter("tableRow");
    while (++index2 < children.length) {
      result[index2] = handleTableCell(children[index2], node2, state, info);
    }
    subexit();
    return result;
  }
  function inlineCodeWithTable(node2, parent, state) {
    const value2 = handle.inlineCode(node2, parent, state);
    if (!state.stack.includes("tableCell")) return value2;
    const result = [];
    let start = 0;
    let index2 = value2.indexOf("|");
    while (index2 !== -1) {
      let before = index2;
      while (before > start && value2.charCodeAt(before - 1) === 92) {
        before--;
      }
      result.push(value2.slice(start, index2));
      if ((index2 - before) % 2 === 0) result.push("\\");
      start = index2;
      index2 = value2.indexOf("|", index2 + 1);
    }
    result.push(value2.slice(start));
    return result.join("");
  }
}
function joinTable(left, right, parent, state) {
  if (left.type === "table" && parent.type === "listItem" && parent.spread === false && (right.type === "definition" || right.type === "heading" && formatHeadingAsSetext2(right, state) || right.type === "paragraph" || right.type === "table")) {
    return 1;
  }
}
function formatHeadingAsSetext2(node2, state) {
  let literalWithBreak = false;
  visit(node2, function(node3) {
    if (node3.type === "break" || "value" in node3 && /\r?\n|\r/.test(node3.value)) {
      literalWithBreak = true;
      return EXIT;
    }
  });
  return Boolean(
    (!node2.depth || node2.depth < 3) && toString(node2) && (state.options.setext || literalWithBreak)
  );
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function gfmTaskListItemToMarkdown() {
  return {
    handlers: { paragraph: paragraphWithTaskListItem },
    join: [joinDefinitionsBeforeTaskListItemParagraph]
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "paragraph");
    const head = node2.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index2 = -1;
      let firstParagraph;
      while (++index2 < siblings.length) {
        const sibling = siblings[index2];
        if (sibling.type === "paragraph") {
          firstParagraph = sibling;
          break;
        }
      }
      if (firstParagraph === node2) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node2.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}
function paragraphWithTaskListItem(node2, parent, state, info) {
  if (!parent || parent.type !== "listItem" || taskListItemParagraph(parent) !== node2) {
    return handle.paragraph(node2, parent, state, info);
  }
  const checkbox = "[" + (parent.checked ? "x" : " ") + "] ";
  const tracker = state.createTracker(info);
  tracker.move(checkbox);
  const value2 = handle.paragraph(
    node2.children.length > 0 ? node2 : { type: "paragraph", children: [{ type: "text", value: " " }] },
    parent,
    state,
    { ...info, ...tracker.current() }
  );
  return checkbox + value2;
}
function joinDefinitionsBeforeTaskListItemParagraph(left, _3, parent) {
  if (!(left.type === "definition" && parent.type === "listItem")) {
    return;
  }
  const paragraph2 = taskListItemParagraph(parent);
  if (paragraph2 && parent.children.indexOf(left) < parent.children.indexOf(paragraph2)) {
    return 0;
  }
}
function taskListItemParagraph(node2) {
  if (typeof node2.checked !== "boolean") {
    return;
  }
  for (const child of node2.children) {
    if (child.type === "paragraph") {
      return child;
    }
    if (child.type !== "definition") {
      return;
    }
  }
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}
function gfmToMarkdown(options) {
  return {
    extensions: [
      gfmAutolinkLiteralToMarkdown(),
      gfmFootnoteToMarkdown(options),
      gfmStrikethroughToMarkdown(),
      gfmTableToMarkdown(options),
      gfmTaskListItemToMarkdown()
    ]
  };
}

// node_modules/micromark-util-chunked/index.js
function splice(list4, start, remove, items) {
  const end = list4.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list4.splice(...parameters);
  } else {
    if (remove) list4.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list4.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list4, items) {
  if (list4.length > 0) {
    splice(list4, list4.length, 0, items);
    return list4;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code4;
    if (right) {
      for (code4 in right) {
        if (!hasOwnProperty.call(left, code4)) left[code4] = [];
        const value2 = right[code4];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code4],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list4) {
  let index2 = -1;
  const before = [];
  while (++index2 < list4.length) {
    ;
    (list4[index2].add === "after" ? existing : before).push(list4[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text2 = {};
function gfmAutolinkLiteral() {
  return {
    text: text2
  };
}
var code3 = 48;
while (code3 < 123) {
  text2[code3] = emailAutolink;
  code3++;
  if (code3 === 58) code3 = 65;
  else if (code3 === 91) code3 = 97;
}
text2[43] = emailAutolink;
text2[45] = emailAutolink;
text2[46] = emailAutolink;
text2[95] = emailAutolink;
text2[72] = [emailAutolink, protocolAutolink];
text2[104] = [emailAutolink, protocolAutolink];
text2[87] = [emailAutolink, wwwAutolink];
text2[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code4) {
    if (!gfmAtext(code4) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code4);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code4);
  }
  function atext(code4) {
    if (gfmAtext(code4)) {
      effects.consume(code4);
      return atext;
    }
    if (code4 === 64) {
      effects.consume(code4);
      return emailDomain;
    }
    return nok(code4);
  }
  function emailDomain(code4) {
    if (code4 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code4);
    }
    if (code4 === 45 || code4 === 95 || asciiAlphanumeric(code4)) {
      data = true;
      effects.consume(code4);
      return emailDomain;
    }
    return emailDomainAfter(code4);
  }
  function emailDomainDot(code4) {
    effects.consume(code4);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code4) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code4);
    }
    return nok(code4);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code4) {
    if (code4 !== 87 && code4 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code4);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code4);
  }
  function wwwAfter(code4) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code4);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code4) {
    if ((code4 === 72 || code4 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code4);
      effects.consume(code4);
      return protocolPrefixInside;
    }
    return nok(code4);
  }
  function protocolPrefixInside(code4) {
    if (asciiAlpha(code4) && buffer.length < 5) {
      buffer += String.fromCodePoint(code4);
      effects.consume(code4);
      return protocolPrefixInside;
    }
    if (code4 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code4);
        return protocolSlashesInside;
      }
    }
    return nok(code4);
  }
  function protocolSlashesInside(code4) {
    if (code4 === 47) {
      effects.consume(code4);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code4);
  }
  function afterProtocol(code4) {
    return code4 === null || asciiControl(code4) || markdownLineEndingOrSpace(code4) || unicodeWhitespace(code4) || unicodePunctuation(code4) ? nok(code4) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code4);
  }
  function protocolAfter(code4) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code4);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code4) {
    if ((code4 === 87 || code4 === 119) && size < 3) {
      size++;
      effects.consume(code4);
      return wwwPrefixInside;
    }
    if (code4 === 46 && size === 3) {
      effects.consume(code4);
      return wwwPrefixAfter;
    }
    return nok(code4);
  }
  function wwwPrefixAfter(code4) {
    return code4 === null ? nok(code4) : ok3(code4);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code4) {
    if (code4 === 46 || code4 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code4);
    }
    if (code4 === null || markdownLineEndingOrSpace(code4) || unicodeWhitespace(code4) || code4 !== 45 && unicodePunctuation(code4)) {
      return domainAfter(code4);
    }
    seen = true;
    effects.consume(code4);
    return domainInside;
  }
  function domainAtPunctuation(code4) {
    if (code4 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code4);
    return domainInside;
  }
  function domainAfter(code4) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code4);
    }
    return ok3(code4);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code4) {
    if (code4 === 40) {
      sizeOpen++;
      effects.consume(code4);
      return pathInside;
    }
    if (code4 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code4);
    }
    if (code4 === 33 || code4 === 34 || code4 === 38 || code4 === 39 || code4 === 41 || code4 === 42 || code4 === 44 || code4 === 46 || code4 === 58 || code4 === 59 || code4 === 60 || code4 === 63 || code4 === 93 || code4 === 95 || code4 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code4);
    }
    if (code4 === null || markdownLineEndingOrSpace(code4) || unicodeWhitespace(code4)) {
      return ok3(code4);
    }
    effects.consume(code4);
    return pathInside;
  }
  function pathAtPunctuation(code4) {
    if (code4 === 41) {
      sizeClose++;
    }
    effects.consume(code4);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code4) {
    if (code4 === 33 || code4 === 34 || code4 === 39 || code4 === 41 || code4 === 42 || code4 === 44 || code4 === 46 || code4 === 58 || code4 === 59 || code4 === 63 || code4 === 95 || code4 === 126) {
      effects.consume(code4);
      return trail2;
    }
    if (code4 === 38) {
      effects.consume(code4);
      return trailCharacterReferenceStart;
    }
    if (code4 === 93) {
      effects.consume(code4);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code4 === 60 || // So is whitespace.
      code4 === null || markdownLineEndingOrSpace(code4) || unicodeWhitespace(code4)
    ) {
      return ok3(code4);
    }
    return nok(code4);
  }
  function trailBracketAfter(code4) {
    if (code4 === null || code4 === 40 || code4 === 91 || markdownLineEndingOrSpace(code4) || unicodeWhitespace(code4)) {
      return ok3(code4);
    }
    return trail2(code4);
  }
  function trailCharacterReferenceStart(code4) {
    return asciiAlpha(code4) ? trailCharacterReferenceInside(code4) : nok(code4);
  }
  function trailCharacterReferenceInside(code4) {
    if (code4 === 59) {
      effects.consume(code4);
      return trail2;
    }
    if (asciiAlpha(code4)) {
      effects.consume(code4);
      return trailCharacterReferenceInside;
    }
    return nok(code4);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code4) {
    effects.consume(code4);
    return after;
  }
  function after(code4) {
    return asciiAlphanumeric(code4) ? nok(code4) : ok3(code4);
  }
}
function previousWww(code4) {
  return code4 === null || code4 === 40 || code4 === 42 || code4 === 95 || code4 === 91 || code4 === 93 || code4 === 126 || markdownLineEndingOrSpace(code4);
}
function previousProtocol(code4) {
  return !asciiAlpha(code4);
}
function previousEmail(code4) {
  return !(code4 === 47 || gfmAtext(code4));
}
function gfmAtext(code4) {
  return code4 === 43 || code4 === 45 || code4 === 46 || code4 === 95 || asciiAlphanumeric(code4);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve4 = constructs2[index2].resolveAll;
    if (resolve4 && !called.includes(resolve4)) {
      events = resolve4(events, context);
      called.push(resolve4);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention3 = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text5 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text5, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text5, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous4 = this.previous;
  const before = classifyCharacter(previous4);
  let marker;
  return start;
  function start(code4) {
    marker = code4;
    effects.enter("attentionSequence");
    return inside(code4);
  }
  function inside(code4) {
    if (code4 === marker) {
      effects.consume(code4);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code4);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code4) && code4 !== 42 && code4 !== 95;
    const close2 = !before || before === 2 && after || attentionMarkers2.includes(previous4) && previous4 !== 42 && previous4 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close2));
    token._close = Boolean(marker === 42 ? close2 : close2 && (after || !open));
    return ok3(code4);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code4) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code4);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code4) {
    if (asciiAlpha(code4)) {
      effects.consume(code4);
      return schemeOrEmailAtext;
    }
    if (code4 === 64) {
      return nok(code4);
    }
    return emailAtext(code4);
  }
  function schemeOrEmailAtext(code4) {
    if (code4 === 43 || code4 === 45 || code4 === 46 || asciiAlphanumeric(code4)) {
      size = 1;
      return schemeInsideOrEmailAtext(code4);
    }
    return emailAtext(code4);
  }
  function schemeInsideOrEmailAtext(code4) {
    if (code4 === 58) {
      effects.consume(code4);
      size = 0;
      return urlInside;
    }
    if ((code4 === 43 || code4 === 45 || code4 === 46 || asciiAlphanumeric(code4)) && size++ < 32) {
      effects.consume(code4);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code4);
  }
  function urlInside(code4) {
    if (code4 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code4);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code4 === null || code4 === 32 || code4 === 60 || asciiControl(code4)) {
      return nok(code4);
    }
    effects.consume(code4);
    return urlInside;
  }
  function emailAtext(code4) {
    if (code4 === 64) {
      effects.consume(code4);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code4)) {
      effects.consume(code4);
      return emailAtext;
    }
    return nok(code4);
  }
  function emailAtSignOrDot(code4) {
    return asciiAlphanumeric(code4) ? emailLabel(code4) : nok(code4);
  }
  function emailLabel(code4) {
    if (code4 === 46) {
      effects.consume(code4);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code4 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code4);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code4);
  }
  function emailValue(code4) {
    if ((code4 === 45 || asciiAlphanumeric(code4)) && size++ < 63) {
      const next = code4 === 45 ? emailValue : emailLabel;
      effects.consume(code4);
      return next;
    }
    return nok(code4);
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code4) {
    if (markdownSpace(code4)) {
      effects.enter(type);
      return prefix(code4);
    }
    return ok3(code4);
  }
  function prefix(code4) {
    if (markdownSpace(code4) && size++ < limit) {
      effects.consume(code4);
      return prefix;
    }
    effects.exit(type);
    return ok3(code4);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code4) {
    if (max > 0 && markdownSpace(code4)) {
      effects.enter(type);
      return prefix(code4);
    }
    return after(code4);
  }
  function prefix(code4) {
    if (markdownSpace(code4) && size < max) {
      effects.consume(code4);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code4);
  }
  function after(code4) {
    return size >= min ? ok3(code4) : nok(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code4) {
    return markdownSpace(code4) ? factorySpace(effects, after, "linePrefix")(code4) : after(code4);
  }
  function after(code4) {
    return code4 === null || markdownLineEnding(code4) ? ok3(code4) : nok(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit: exit2,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code4) {
    if (code4 === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code4);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code4);
  }
  function after(code4) {
    if (markdownSpace(code4)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code4);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code4);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self = this;
  return contStart;
  function contStart(code4) {
    if (markdownSpace(code4)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code4);
    }
    return contBefore(code4);
  }
  function contBefore(code4) {
    return effects.attempt(blockQuote, ok3, nok)(code4);
  }
}
function exit2(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code4) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code4);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code4) {
    if (asciiPunctuation(code4)) {
      effects.enter("characterEscapeValue");
      effects.consume(code4);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code4) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code4);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code4) {
    if (code4 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code4);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code4);
  }
  function numeric(code4) {
    if (code4 === 88 || code4 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code4);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code4);
  }
  function value2(code4) {
    if (code4 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code4);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code4);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code4) && size++ < max) {
      effects.consume(code4);
      return value2;
    }
    return nok(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code4) {
    if (code4 === null) {
      return nok(code4);
    }
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return after;
  }
  function after(code4) {
    return self.parser.lazy[self.now().line] ? nok(code4) : ok3(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code4) {
    return beforeSequenceOpen(code4);
  }
  function beforeSequenceOpen(code4) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code4;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code4);
  }
  function sequenceOpen(code4) {
    if (code4 === marker) {
      sizeOpen++;
      effects.consume(code4);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code4);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code4) ? factorySpace(effects, infoBefore, "whitespace")(code4) : infoBefore(code4);
  }
  function infoBefore(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok3(code4) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code4);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code4);
  }
  function info(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code4);
    }
    if (markdownSpace(code4)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code4);
    }
    if (code4 === 96 && code4 === marker) {
      return nok(code4);
    }
    effects.consume(code4);
    return info;
  }
  function metaBefore(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      return infoBefore(code4);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code4);
  }
  function meta(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code4);
    }
    if (code4 === 96 && code4 === marker) {
      return nok(code4);
    }
    effects.consume(code4);
    return meta;
  }
  function atNonLazyBreak(code4) {
    return effects.attempt(closeStart, after, contentBefore)(code4);
  }
  function contentBefore(code4) {
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code4) {
    return initialPrefix > 0 && markdownSpace(code4) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code4) : beforeContentChunk(code4);
  }
  function beforeContentChunk(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code4);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code4);
  }
  function contentChunk(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code4);
    }
    effects.consume(code4);
    return contentChunk;
  }
  function after(code4) {
    effects.exit("codeFenced");
    return ok3(code4);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code4) {
      effects2.enter("lineEnding");
      effects2.consume(code4);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code4) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code4) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code4) : beforeSequenceClose(code4);
    }
    function beforeSequenceClose(code4) {
      if (code4 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code4);
      }
      return nok2(code4);
    }
    function sequenceClose(code4) {
      if (code4 === marker) {
        size++;
        effects2.consume(code4);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code4) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code4) : sequenceCloseAfter(code4);
      }
      return nok2(code4);
    }
    function sequenceCloseAfter(code4) {
      if (code4 === null || markdownLineEnding(code4)) {
        effects2.exit("codeFencedFence");
        return ok4(code4);
      }
      return nok2(code4);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code4) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code4);
  }
  function atBreak(code4) {
    if (code4 === null) {
      return after(code4);
    }
    if (markdownLineEnding(code4)) {
      return effects.attempt(furtherStart, atBreak, after)(code4);
    }
    effects.enter("codeFlowValue");
    return inside(code4);
  }
  function inside(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("codeFlowValue");
      return atBreak(code4);
    }
    effects.consume(code4);
    return inside;
  }
  function after(code4) {
    effects.exit("codeIndented");
    return ok3(code4);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code4) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code4);
    }
    if (markdownLineEnding(code4)) {
      effects.enter("lineEnding");
      effects.consume(code4);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code4);
  }
  function onNotEnoughPrefix(code4) {
    return markdownLineEnding(code4) ? furtherStart2(code4) : nok(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous: previous2,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous2(code4) {
  return code4 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code4) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code4);
  }
  function sequenceOpen(code4) {
    if (code4 === 96) {
      effects.consume(code4);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between2(code4);
  }
  function between2(code4) {
    if (code4 === null) {
      return nok(code4);
    }
    if (code4 === 32) {
      effects.enter("space");
      effects.consume(code4);
      effects.exit("space");
      return between2;
    }
    if (code4 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code4);
    }
    if (markdownLineEnding(code4)) {
      effects.enter("lineEnding");
      effects.consume(code4);
      effects.exit("lineEnding");
      return between2;
    }
    effects.enter("codeTextData");
    return data(code4);
  }
  function data(code4) {
    if (code4 === null || code4 === 32 || code4 === 96 || markdownLineEnding(code4)) {
      effects.exit("codeTextData");
      return between2(code4);
    }
    effects.consume(code4);
    return data;
  }
  function sequenceClose(code4) {
    if (code4 === 96) {
      effects.consume(code4);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code4);
    }
    token.type = "codeTextData";
    return data(code4);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list4, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list4.push(...right);
  } else {
    while (chunkStart < right.length) {
      list4.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous4;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous4) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous4 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous4;
  return chunkStart;
  function chunkStart(code4) {
    effects.enter("content");
    previous4 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code4);
  }
  function chunkInside(code4) {
    if (code4 === null) {
      return contentEnd(code4);
    }
    if (markdownLineEnding(code4)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code4);
    }
    effects.consume(code4);
    return chunkInside;
  }
  function contentEnd(code4) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code4);
  }
  function contentContinue(code4) {
    effects.consume(code4);
    effects.exit("chunkContent");
    previous4.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous4
    });
    previous4 = previous4.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code4) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      return nok(code4);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code4);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok3)(code4);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code4) {
    if (code4 === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code4);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code4 === null || code4 === 32 || code4 === 41 || asciiControl(code4)) {
      return nok(code4);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code4);
  }
  function enclosedBefore(code4) {
    if (code4 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code4);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code4);
  }
  function enclosed(code4) {
    if (code4 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code4);
    }
    if (code4 === null || code4 === 60 || markdownLineEnding(code4)) {
      return nok(code4);
    }
    effects.consume(code4);
    return code4 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code4) {
    if (code4 === 60 || code4 === 62 || code4 === 92) {
      effects.consume(code4);
      return enclosed;
    }
    return enclosed(code4);
  }
  function raw(code4) {
    if (!balance && (code4 === null || code4 === 41 || markdownLineEndingOrSpace(code4))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok3(code4);
    }
    if (balance < limit && code4 === 40) {
      effects.consume(code4);
      balance++;
      return raw;
    }
    if (code4 === 41) {
      effects.consume(code4);
      balance--;
      return raw;
    }
    if (code4 === null || code4 === 32 || code4 === 40 || asciiControl(code4)) {
      return nok(code4);
    }
    effects.consume(code4);
    return code4 === 92 ? rawEscape : raw;
  }
  function rawEscape(code4) {
    if (code4 === 40 || code4 === 41 || code4 === 92) {
      effects.consume(code4);
      return raw;
    }
    return raw(code4);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code4) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code4);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code4) {
    if (size > 999 || code4 === null || code4 === 91 || code4 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code4 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code4);
    }
    if (code4 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code4);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    if (markdownLineEnding(code4)) {
      effects.enter("lineEnding");
      effects.consume(code4);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code4);
  }
  function labelInside(code4) {
    if (code4 === null || code4 === 91 || code4 === 93 || markdownLineEnding(code4) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code4);
    }
    effects.consume(code4);
    if (!seen) seen = !markdownSpace(code4);
    return code4 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code4) {
    if (code4 === 91 || code4 === 92 || code4 === 93) {
      effects.consume(code4);
      size++;
      return labelInside;
    }
    return labelInside(code4);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code4) {
    if (code4 === 34 || code4 === 39 || code4 === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code4);
      effects.exit(markerType);
      marker = code4 === 40 ? 41 : code4;
      return begin;
    }
    return nok(code4);
  }
  function begin(code4) {
    if (code4 === marker) {
      effects.enter(markerType);
      effects.consume(code4);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code4);
  }
  function atBreak(code4) {
    if (code4 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code4 === null) {
      return nok(code4);
    }
    if (markdownLineEnding(code4)) {
      effects.enter("lineEnding");
      effects.consume(code4);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code4);
  }
  function inside(code4) {
    if (code4 === marker || code4 === null || markdownLineEnding(code4)) {
      effects.exit("chunkString");
      return atBreak(code4);
    }
    effects.consume(code4);
    return code4 === 92 ? escape : inside;
  }
  function escape(code4) {
    if (code4 === marker || code4 === 92) {
      effects.consume(code4);
      return inside;
    }
    return inside(code4);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code4) {
    if (markdownLineEnding(code4)) {
      effects.enter("lineEnding");
      effects.consume(code4);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code4)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code4);
    }
    return ok3(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition2 = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code4) {
    effects.enter("definition");
    return before(code4);
  }
  function before(code4) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code4);
  }
  function labelAfter(code4) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code4 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code4);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code4);
  }
  function markerAfter(code4) {
    return markdownLineEndingOrSpace(code4) ? factoryWhitespace(effects, destinationBefore)(code4) : destinationBefore(code4);
  }
  function destinationBefore(code4) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code4);
  }
  function destinationAfter(code4) {
    return effects.attempt(titleBefore, after, after)(code4);
  }
  function after(code4) {
    return markdownSpace(code4) ? factorySpace(effects, afterWhitespace, "whitespace")(code4) : afterWhitespace(code4);
  }
  function afterWhitespace(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok3(code4);
    }
    return nok(code4);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code4) {
    return markdownLineEndingOrSpace(code4) ? factoryWhitespace(effects, beforeMarker)(code4) : nok(code4);
  }
  function beforeMarker(code4) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code4);
  }
  function titleAfter(code4) {
    return markdownSpace(code4) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code4) : titleAfterOptionalWhitespace(code4);
  }
  function titleAfterOptionalWhitespace(code4) {
    return code4 === null || markdownLineEnding(code4) ? ok3(code4) : nok(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code4) {
    effects.enter("hardBreakEscape");
    effects.consume(code4);
    return after;
  }
  function after(code4) {
    if (markdownLineEnding(code4)) {
      effects.exit("hardBreakEscape");
      return ok3(code4);
    }
    return nok(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text5 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text5, context], ["exit", text5, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code4) {
    effects.enter("atxHeading");
    return before(code4);
  }
  function before(code4) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code4);
  }
  function sequenceOpen(code4) {
    if (code4 === 35 && size++ < 6) {
      effects.consume(code4);
      return sequenceOpen;
    }
    if (code4 === null || markdownLineEndingOrSpace(code4)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code4);
    }
    return nok(code4);
  }
  function atBreak(code4) {
    if (code4 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code4);
    }
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("atxHeading");
      return ok3(code4);
    }
    if (markdownSpace(code4)) {
      return factorySpace(effects, atBreak, "whitespace")(code4);
    }
    effects.enter("atxHeadingText");
    return data(code4);
  }
  function sequenceFurther(code4) {
    if (code4 === 35) {
      effects.consume(code4);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code4);
  }
  function data(code4) {
    if (code4 === null || code4 === 35 || markdownLineEndingOrSpace(code4)) {
      effects.exit("atxHeadingText");
      return atBreak(code4);
    }
    effects.consume(code4);
    return data;
  }
}

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code4) {
    return before(code4);
  }
  function before(code4) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code4);
    return open;
  }
  function open(code4) {
    if (code4 === 33) {
      effects.consume(code4);
      return declarationOpen;
    }
    if (code4 === 47) {
      effects.consume(code4);
      closingTag = true;
      return tagCloseStart;
    }
    if (code4 === 63) {
      effects.consume(code4);
      marker = 3;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code4)) {
      effects.consume(code4);
      buffer = String.fromCharCode(code4);
      return tagName;
    }
    return nok(code4);
  }
  function declarationOpen(code4) {
    if (code4 === 45) {
      effects.consume(code4);
      marker = 2;
      return commentOpenInside;
    }
    if (code4 === 91) {
      effects.consume(code4);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code4)) {
      effects.consume(code4);
      marker = 4;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code4);
  }
  function commentOpenInside(code4) {
    if (code4 === 45) {
      effects.consume(code4);
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code4);
  }
  function cdataOpenInside(code4) {
    const value2 = "CDATA[";
    if (code4 === value2.charCodeAt(index2++)) {
      effects.consume(code4);
      if (index2 === value2.length) {
        return self.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code4);
  }
  function tagCloseStart(code4) {
    if (asciiAlpha(code4)) {
      effects.consume(code4);
      buffer = String.fromCharCode(code4);
      return tagName;
    }
    return nok(code4);
  }
  function tagName(code4) {
    if (code4 === null || code4 === 47 || code4 === 62 || markdownLineEndingOrSpace(code4)) {
      const slash = code4 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok3(code4) : continuation(code4);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code4);
          return basicSelfClosing;
        }
        return self.interrupt ? ok3(code4) : continuation(code4);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code4) : closingTag ? completeClosingTagAfter(code4) : completeAttributeNameBefore(code4);
    }
    if (code4 === 45 || asciiAlphanumeric(code4)) {
      effects.consume(code4);
      buffer += String.fromCharCode(code4);
      return tagName;
    }
    return nok(code4);
  }
  function basicSelfClosing(code4) {
    if (code4 === 62) {
      effects.consume(code4);
      return self.interrupt ? ok3 : continuation;
    }
    return nok(code4);
  }
  function completeClosingTagAfter(code4) {
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return completeClosingTagAfter;
    }
    return completeEnd(code4);
  }
  function completeAttributeNameBefore(code4) {
    if (code4 === 47) {
      effects.consume(code4);
      return completeEnd;
    }
    if (code4 === 58 || code4 === 95 || asciiAlpha(code4)) {
      effects.consume(code4);
      return completeAttributeName;
    }
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return completeAttributeNameBefore;
    }
    return completeEnd(code4);
  }
  function completeAttributeName(code4) {
    if (code4 === 45 || code4 === 46 || code4 === 58 || code4 === 95 || asciiAlphanumeric(code4)) {
      effects.consume(code4);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code4);
  }
  function completeAttributeNameAfter(code4) {
    if (code4 === 61) {
      effects.consume(code4);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code4);
  }
  function completeAttributeValueBefore(code4) {
    if (code4 === null || code4 === 60 || code4 === 61 || code4 === 62 || code4 === 96) {
      return nok(code4);
    }
    if (code4 === 34 || code4 === 39) {
      effects.consume(code4);
      markerB = code4;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code4);
  }
  function completeAttributeValueQuoted(code4) {
    if (code4 === markerB) {
      effects.consume(code4);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code4 === null || markdownLineEnding(code4)) {
      return nok(code4);
    }
    effects.consume(code4);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code4) {
    if (code4 === null || code4 === 34 || code4 === 39 || code4 === 47 || code4 === 60 || code4 === 61 || code4 === 62 || code4 === 96 || markdownLineEndingOrSpace(code4)) {
      return completeAttributeNameAfter(code4);
    }
    effects.consume(code4);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code4) {
    if (code4 === 47 || code4 === 62 || markdownSpace(code4)) {
      return completeAttributeNameBefore(code4);
    }
    return nok(code4);
  }
  function completeEnd(code4) {
    if (code4 === 62) {
      effects.consume(code4);
      return completeAfter;
    }
    return nok(code4);
  }
  function completeAfter(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      return continuation(code4);
    }
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return completeAfter;
    }
    return nok(code4);
  }
  function continuation(code4) {
    if (code4 === 45 && marker === 2) {
      effects.consume(code4);
      return continuationCommentInside;
    }
    if (code4 === 60 && marker === 1) {
      effects.consume(code4);
      return continuationRawTagOpen;
    }
    if (code4 === 62 && marker === 4) {
      effects.consume(code4);
      return continuationClose;
    }
    if (code4 === 63 && marker === 3) {
      effects.consume(code4);
      return continuationDeclarationInside;
    }
    if (code4 === 93 && marker === 5) {
      effects.consume(code4);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code4) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code4);
    }
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("htmlFlowData");
      return continuationStart(code4);
    }
    effects.consume(code4);
    return continuation;
  }
  function continuationStart(code4) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code4);
  }
  function continuationStartNonLazy(code4) {
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      return continuationStart(code4);
    }
    effects.enter("htmlFlowData");
    return continuation(code4);
  }
  function continuationCommentInside(code4) {
    if (code4 === 45) {
      effects.consume(code4);
      return continuationDeclarationInside;
    }
    return continuation(code4);
  }
  function continuationRawTagOpen(code4) {
    if (code4 === 47) {
      effects.consume(code4);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code4);
  }
  function continuationRawEndTag(code4) {
    if (code4 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code4);
        return continuationClose;
      }
      return continuation(code4);
    }
    if (asciiAlpha(code4) && buffer.length < 8) {
      effects.consume(code4);
      buffer += String.fromCharCode(code4);
      return continuationRawEndTag;
    }
    return continuation(code4);
  }
  function continuationCdataInside(code4) {
    if (code4 === 93) {
      effects.consume(code4);
      return continuationDeclarationInside;
    }
    return continuation(code4);
  }
  function continuationDeclarationInside(code4) {
    if (code4 === 62) {
      effects.consume(code4);
      return continuationClose;
    }
    if (code4 === 45 && marker === 2) {
      effects.consume(code4);
      return continuationDeclarationInside;
    }
    return continuation(code4);
  }
  function continuationClose(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code4);
    }
    effects.consume(code4);
    return continuationClose;
  }
  function continuationAfter(code4) {
    effects.exit("htmlFlow");
    return ok3(code4);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code4) {
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code4) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code4);
    return open;
  }
  function open(code4) {
    if (code4 === 33) {
      effects.consume(code4);
      return declarationOpen;
    }
    if (code4 === 47) {
      effects.consume(code4);
      return tagCloseStart;
    }
    if (code4 === 63) {
      effects.consume(code4);
      return instruction;
    }
    if (asciiAlpha(code4)) {
      effects.consume(code4);
      return tagOpen;
    }
    return nok(code4);
  }
  function declarationOpen(code4) {
    if (code4 === 45) {
      effects.consume(code4);
      return commentOpenInside;
    }
    if (code4 === 91) {
      effects.consume(code4);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code4)) {
      effects.consume(code4);
      return declaration;
    }
    return nok(code4);
  }
  function commentOpenInside(code4) {
    if (code4 === 45) {
      effects.consume(code4);
      return commentEnd;
    }
    return nok(code4);
  }
  function comment(code4) {
    if (code4 === null) {
      return nok(code4);
    }
    if (code4 === 45) {
      effects.consume(code4);
      return commentClose;
    }
    if (markdownLineEnding(code4)) {
      returnState = comment;
      return lineEndingBefore(code4);
    }
    effects.consume(code4);
    return comment;
  }
  function commentClose(code4) {
    if (code4 === 45) {
      effects.consume(code4);
      return commentEnd;
    }
    return comment(code4);
  }
  function commentEnd(code4) {
    return code4 === 62 ? end(code4) : code4 === 45 ? commentClose(code4) : comment(code4);
  }
  function cdataOpenInside(code4) {
    const value2 = "CDATA[";
    if (code4 === value2.charCodeAt(index2++)) {
      effects.consume(code4);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code4);
  }
  function cdata(code4) {
    if (code4 === null) {
      return nok(code4);
    }
    if (code4 === 93) {
      effects.consume(code4);
      return cdataClose;
    }
    if (markdownLineEnding(code4)) {
      returnState = cdata;
      return lineEndingBefore(code4);
    }
    effects.consume(code4);
    return cdata;
  }
  function cdataClose(code4) {
    if (code4 === 93) {
      effects.consume(code4);
      return cdataEnd;
    }
    return cdata(code4);
  }
  function cdataEnd(code4) {
    if (code4 === 62) {
      return end(code4);
    }
    if (code4 === 93) {
      effects.consume(code4);
      return cdataEnd;
    }
    return cdata(code4);
  }
  function declaration(code4) {
    if (code4 === null || code4 === 62) {
      return end(code4);
    }
    if (markdownLineEnding(code4)) {
      returnState = declaration;
      return lineEndingBefore(code4);
    }
    effects.consume(code4);
    return declaration;
  }
  function instruction(code4) {
    if (code4 === null) {
      return nok(code4);
    }
    if (code4 === 63) {
      effects.consume(code4);
      return instructionClose;
    }
    if (markdownLineEnding(code4)) {
      returnState = instruction;
      return lineEndingBefore(code4);
    }
    effects.consume(code4);
    return instruction;
  }
  function instructionClose(code4) {
    return code4 === 62 ? end(code4) : instruction(code4);
  }
  function tagCloseStart(code4) {
    if (asciiAlpha(code4)) {
      effects.consume(code4);
      return tagClose;
    }
    return nok(code4);
  }
  function tagClose(code4) {
    if (code4 === 45 || asciiAlphanumeric(code4)) {
      effects.consume(code4);
      return tagClose;
    }
    return tagCloseBetween(code4);
  }
  function tagCloseBetween(code4) {
    if (markdownLineEnding(code4)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code4);
    }
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return tagCloseBetween;
    }
    return end(code4);
  }
  function tagOpen(code4) {
    if (code4 === 45 || asciiAlphanumeric(code4)) {
      effects.consume(code4);
      return tagOpen;
    }
    if (code4 === 47 || code4 === 62 || markdownLineEndingOrSpace(code4)) {
      return tagOpenBetween(code4);
    }
    return nok(code4);
  }
  function tagOpenBetween(code4) {
    if (code4 === 47) {
      effects.consume(code4);
      return end;
    }
    if (code4 === 58 || code4 === 95 || asciiAlpha(code4)) {
      effects.consume(code4);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code4)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code4);
    }
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return tagOpenBetween;
    }
    return end(code4);
  }
  function tagOpenAttributeName(code4) {
    if (code4 === 45 || code4 === 46 || code4 === 58 || code4 === 95 || asciiAlphanumeric(code4)) {
      effects.consume(code4);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code4);
  }
  function tagOpenAttributeNameAfter(code4) {
    if (code4 === 61) {
      effects.consume(code4);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code4)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code4);
    }
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code4);
  }
  function tagOpenAttributeValueBefore(code4) {
    if (code4 === null || code4 === 60 || code4 === 61 || code4 === 62 || code4 === 96) {
      return nok(code4);
    }
    if (code4 === 34 || code4 === 39) {
      effects.consume(code4);
      marker = code4;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code4)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code4);
    }
    if (markdownSpace(code4)) {
      effects.consume(code4);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code4);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code4) {
    if (code4 === marker) {
      effects.consume(code4);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code4 === null) {
      return nok(code4);
    }
    if (markdownLineEnding(code4)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code4);
    }
    effects.consume(code4);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code4) {
    if (code4 === null || code4 === 34 || code4 === 39 || code4 === 60 || code4 === 61 || code4 === 96) {
      return nok(code4);
    }
    if (code4 === 47 || code4 === 62 || markdownLineEndingOrSpace(code4)) {
      return tagOpenBetween(code4);
    }
    effects.consume(code4);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code4) {
    if (code4 === 47 || code4 === 62 || markdownLineEndingOrSpace(code4)) {
      return tagOpenBetween(code4);
    }
    return nok(code4);
  }
  function end(code4) {
    if (code4 === 62) {
      effects.consume(code4);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code4);
  }
  function lineEndingBefore(code4) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code4) {
    return markdownSpace(code4) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code4) : lineEndingAfterPrefix(code4);
  }
  function lineEndingAfterPrefix(code4) {
    effects.enter("htmlTextData");
    return returnState(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close2;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label2 = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text5 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label2, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text5, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close2 - 3), context));
  media = push(media, [["exit", text5, context], events[close2 - 2], events[close2 - 1], ["exit", label2, context]]);
  media = push(media, events.slice(close2 + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code4) {
    if (!labelStart) {
      return nok(code4);
    }
    if (labelStart._inactive) {
      return labelEndNok(code4);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code4);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code4) {
    if (code4 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code4);
    }
    if (code4 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code4);
    }
    return defined ? labelEndOk(code4) : labelEndNok(code4);
  }
  function referenceNotFull(code4) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code4);
  }
  function labelEndOk(code4) {
    labelStarts.pop();
    return ok3(code4);
  }
  function labelEndNok(code4) {
    labelStart._balanced = true;
    return nok(code4);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code4) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code4);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code4) {
    return markdownLineEndingOrSpace(code4) ? factoryWhitespace(effects, resourceOpen)(code4) : resourceOpen(code4);
  }
  function resourceOpen(code4) {
    if (code4 === 41) {
      return resourceEnd(code4);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code4);
  }
  function resourceDestinationAfter(code4) {
    return markdownLineEndingOrSpace(code4) ? factoryWhitespace(effects, resourceBetween)(code4) : resourceEnd(code4);
  }
  function resourceDestinationMissing(code4) {
    return nok(code4);
  }
  function resourceBetween(code4) {
    if (code4 === 34 || code4 === 39 || code4 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code4);
    }
    return resourceEnd(code4);
  }
  function resourceTitleAfter(code4) {
    return markdownLineEndingOrSpace(code4) ? factoryWhitespace(effects, resourceEnd)(code4) : resourceEnd(code4);
  }
  function resourceEnd(code4) {
    if (code4 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code4);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code4);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code4) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code4);
  }
  function referenceFullAfter(code4) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok3(code4) : nok(code4);
  }
  function referenceFullMissing(code4) {
    return nok(code4);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code4) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code4);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code4) {
    if (code4 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code4);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code4) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code4);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code4) {
    if (code4 === 91) {
      effects.enter("labelMarker");
      effects.consume(code4);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code4);
  }
  function after(code4) {
    if (code4 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code4);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok3(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code4) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code4);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code4) {
    if (code4 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code4);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok3(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code4) {
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak2 = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code4) {
    effects.enter("thematicBreak");
    return before(code4);
  }
  function before(code4) {
    marker = code4;
    return atBreak(code4);
  }
  function atBreak(code4) {
    if (code4 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code4);
    }
    if (size >= 3 && (code4 === null || markdownLineEnding(code4))) {
      effects.exit("thematicBreak");
      return ok3(code4);
    }
    return nok(code4);
  }
  function sequence(code4) {
    if (code4 === marker) {
      effects.consume(code4);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code4) ? factorySpace(effects, atBreak, "whitespace")(code4) : atBreak(code4);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list3 = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code4) {
    const kind = self.containerState.type || (code4 === 42 || code4 === 43 || code4 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code4 === self.containerState.marker : asciiDigit(code4)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code4 === 42 || code4 === 45 ? effects.check(thematicBreak2, nok, atMarker)(code4) : atMarker(code4);
      }
      if (!self.interrupt || code4 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code4);
      }
    }
    return nok(code4);
  }
  function inside(code4) {
    if (asciiDigit(code4) && ++size < 10) {
      effects.consume(code4);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code4 === self.containerState.marker : code4 === 41 || code4 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code4);
    }
    return nok(code4);
  }
  function atMarker(code4) {
    effects.enter("listItemMarker");
    effects.consume(code4);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code4;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code4) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code4);
  }
  function otherPrefix(code4) {
    if (markdownSpace(code4)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code4);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code4);
  }
  function endOfPrefix(code4) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code4);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code4) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self.containerState.size + 1)(code4);
  }
  function notBlank(code4) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code4)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code4);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code4);
  }
  function notInCurrentItem(code4) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list3, ok3, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code4);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code4) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok3(code4) : nok(code4);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code4) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code4) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code4) : nok(code4);
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b3) {
      return a[0] - b3[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at2, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at2);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change2 = [at2, remove, add];
  editMap.map.push(change2);
  editMap.index.set(at2, change2);
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text5;
  let definition3;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text5 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition3 && events[index2][1].type === "definition") {
        definition3 = index2;
      }
    }
  }
  const heading2 = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text5][1].type = "setextHeadingText";
  if (definition3) {
    editMap.add(text5, 0, [["enter", heading2, context]]);
    editMap.add(definition3 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition3][1].end
    };
  } else {
    events[content3][1] = heading2;
  }
  editMap.add(events.length, 0, [["exit", heading2, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self = this;
  let marker;
  return start;
  function start(code4) {
    let index2 = self.events.length;
    let paragraph2;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph2 = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph2)) {
      effects.enter("setextHeadingLine");
      marker = code4;
      return before(code4);
    }
    return nok(code4);
  }
  function before(code4) {
    effects.enter("setextHeadingLineSequence");
    return inside(code4);
  }
  function inside(code4) {
    if (code4 === marker) {
      effects.consume(code4);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code4) ? factorySpace(effects, after, "lineSuffix")(code4) : after(code4);
  }
  function after(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("setextHeadingLine");
      return ok3(code4);
    }
    return nok(code4);
  }
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  let index2 = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code4) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code4);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code4);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code4);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code4);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string3 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string3.start),
    end: Object.assign({}, string3.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string3, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string3, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code4) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code4);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code4) {
    if (code4 !== 94) return nok(code4);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code4);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code4) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code4 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code4 === null || code4 === 91 || markdownLineEndingOrSpace(code4)
    ) {
      return nok(code4);
    }
    if (code4 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code4);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code4);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code4)) {
      data = true;
    }
    size++;
    effects.consume(code4);
    return code4 === 92 ? callEscape : callData;
  }
  function callEscape(code4) {
    if (code4 === 91 || code4 === 92 || code4 === 93) {
      effects.consume(code4);
      size++;
      return callData;
    }
    return callData(code4);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code4) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code4);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code4) {
    if (code4 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code4);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code4);
  }
  function labelInside(code4) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code4 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code4 === null || code4 === 91 || markdownLineEndingOrSpace(code4)
    ) {
      return nok(code4);
    }
    if (code4 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code4);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code4)) {
      data = true;
    }
    size++;
    effects.consume(code4);
    return code4 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code4) {
    if (code4 === 91 || code4 === 92 || code4 === 93) {
      effects.consume(code4);
      size++;
      return labelInside;
    }
    return labelInside(code4);
  }
  function labelAfter(code4) {
    if (code4 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code4);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code4);
  }
  function whitespaceAfter(code4) {
    return ok3(code4);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code4) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code4) : nok(code4);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text5 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text5, context]];
            const insideSpan2 = context.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text5, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index2 - open + 3, nextEvents);
            index2 = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous4 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code4) {
      if (previous4 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code4);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code4);
    }
    function more(code4) {
      const before = classifyCharacter(previous4);
      if (code4 === 126) {
        if (size > 1) return nok(code4);
        effects.consume(code4);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code4);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code4);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code4);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation2(this, index2, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b3) {
      return a[0] - b3[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at2, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at2);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change2 = [at2, remove, add];
  editMap.map.push(change2);
  editMap.index.set(at2, change2);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code4) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code4);
    }
    return next(code4);
  }
  function headRowBefore(code4) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code4);
  }
  function headRowStart(code4) {
    if (code4 === 124) {
      return headRowBreak(code4);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code4);
  }
  function headRowBreak(code4) {
    if (code4 === null) {
      return nok(code4);
    }
    if (markdownLineEnding(code4)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code4);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code4);
    }
    if (markdownSpace(code4)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code4);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code4 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code4);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code4);
  }
  function headRowData(code4) {
    if (code4 === null || code4 === 124 || markdownLineEndingOrSpace(code4)) {
      effects.exit("data");
      return headRowBreak(code4);
    }
    effects.consume(code4);
    return code4 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code4) {
    if (code4 === 92 || code4 === 124) {
      effects.consume(code4);
      return headRowData;
    }
    return headRowData(code4);
  }
  function headDelimiterStart(code4) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code4);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code4)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code4);
    }
    return headDelimiterBefore(code4);
  }
  function headDelimiterBefore(code4) {
    if (code4 === 45 || code4 === 58) {
      return headDelimiterValueBefore(code4);
    }
    if (code4 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code4);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code4);
  }
  function headDelimiterCellBefore(code4) {
    if (markdownSpace(code4)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code4);
    }
    return headDelimiterValueBefore(code4);
  }
  function headDelimiterValueBefore(code4) {
    if (code4 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code4);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code4 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code4);
    }
    if (code4 === null || markdownLineEnding(code4)) {
      return headDelimiterCellAfter(code4);
    }
    return headDelimiterNok(code4);
  }
  function headDelimiterLeftAlignmentAfter(code4) {
    if (code4 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code4);
    }
    return headDelimiterNok(code4);
  }
  function headDelimiterFiller(code4) {
    if (code4 === 45) {
      effects.consume(code4);
      return headDelimiterFiller;
    }
    if (code4 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code4);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code4);
  }
  function headDelimiterRightAlignmentAfter(code4) {
    if (markdownSpace(code4)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code4);
    }
    return headDelimiterCellAfter(code4);
  }
  function headDelimiterCellAfter(code4) {
    if (code4 === 124) {
      return headDelimiterBefore(code4);
    }
    if (code4 === null || markdownLineEnding(code4)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code4);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code4);
    }
    return headDelimiterNok(code4);
  }
  function headDelimiterNok(code4) {
    return nok(code4);
  }
  function bodyRowStart(code4) {
    effects.enter("tableRow");
    return bodyRowBreak(code4);
  }
  function bodyRowBreak(code4) {
    if (code4 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code4);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("tableRow");
      return ok3(code4);
    }
    if (markdownSpace(code4)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code4);
    }
    effects.enter("data");
    return bodyRowData(code4);
  }
  function bodyRowData(code4) {
    if (code4 === null || code4 === 124 || markdownLineEndingOrSpace(code4)) {
      effects.exit("data");
      return bodyRowBreak(code4);
    }
    effects.consume(code4);
    return code4 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code4) {
    if (code4 === 92 || code4 === 124) {
      effects.consume(code4);
      return bodyRowData;
    }
    return bodyRowData(code4);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map4 = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map4, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map4.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map4.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map4, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map4, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map4, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map4, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map4, context, lastTableEnd, currentTable, currentBody);
  }
  map4.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map4, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map4.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map4.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map4.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b3 = range[3] - range[2] - 1;
        map4.add(a, b3, []);
      }
    }
    map4.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map4.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map4, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map4.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self = this;
  return open;
  function open(code4) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code4);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code4);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code4) {
    if (markdownLineEndingOrSpace(code4)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code4);
      effects.exit("taskListCheckValueUnchecked");
      return close2;
    }
    if (code4 === 88 || code4 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code4);
      effects.exit("taskListCheckValueChecked");
      return close2;
    }
    return nok(code4);
  }
  function close2(code4) {
    if (code4 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code4);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code4);
  }
  function after(code4) {
    if (markdownLineEnding(code4)) {
      return ok3(code4);
    }
    if (markdownSpace(code4)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code4);
    }
    return nok(code4);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code4) {
    return code4 === null ? nok(code4) : ok3(code4);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// node_modules/remark-gfm/lib/index.js
var emptyOptions3 = {};
function remarkGfm(options) {
  const self = (
    /** @type {Processor<Root>} */
    this
  );
  const settings = options || emptyOptions3;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(gfm(settings));
  fromMarkdownExtensions.push(gfmFromMarkdown());
  toMarkdownExtensions.push(gfmToMarkdown(settings));
}

// node_modules/mdast-util-math/lib/index.js
function mathFromMarkdown() {
  return {
    enter: {
      mathFlow: enterMathFlow,
      mathFlowFenceMeta: enterMathFlowMeta,
      mathText: enterMathText
    },
    exit: {
      mathFlow: exitMathFlow,
      mathFlowFence: exitMathFlowFence,
      mathFlowFenceMeta: exitMathFlowMeta,
      mathFlowValue: exitMathData,
      mathText: exitMathText,
      mathTextData: exitMathData
    }
  };
  function enterMathFlow(token) {
    const code4 = {
      type: "element",
      tagName: "code",
      properties: { className: ["language-math", "math-display"] },
      children: []
    };
    this.enter(
      {
        type: "math",
        meta: null,
        value: "",
        data: { hName: "pre", hChildren: [code4] }
      },
      token
    );
  }
  function enterMathFlowMeta() {
    this.buffer();
  }
  function exitMathFlowMeta() {
    const data = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "math");
    node2.meta = data;
  }
  function exitMathFlowFence() {
    if (this.data.mathFlowInside) return;
    this.buffer();
    this.data.mathFlowInside = true;
  }
  function exitMathFlow(token) {
    const data = this.resume().replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "math");
    this.exit(token);
    node2.value = data;
    const code4 = (
      /** @type {HastElement} */
      node2.data.hChildren[0]
    );
    ok(code4.type === "element");
    ok(code4.tagName === "code");
    code4.children.push({ type: "text", value: data });
    this.data.mathFlowInside = void 0;
  }
  function enterMathText(token) {
    this.enter(
      {
        type: "inlineMath",
        value: "",
        data: {
          hName: "code",
          hProperties: { className: ["language-math", "math-inline"] },
          hChildren: []
        }
      },
      token
    );
    this.buffer();
  }
  function exitMathText(token) {
    const data = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "inlineMath");
    this.exit(token);
    node2.value = data;
    const children = (
      /** @type {Array<HastElementContent>} */
      // @ts-expect-error: we defined it in `enterMathFlow`.
      node2.data.hChildren
    );
    children.push({ type: "text", value: data });
  }
  function exitMathData(token) {
    this.config.enter.data.call(this, token);
    this.config.exit.data.call(this, token);
  }
}
function mathToMarkdown(options) {
  let single = (options || {}).singleDollarTextMath;
  if (single === null || single === void 0) {
    single = true;
  }
  inlineMath.peek = inlineMathPeek;
  return {
    unsafe: [
      { character: "\r", inConstruct: "mathFlowMeta" },
      { character: "\n", inConstruct: "mathFlowMeta" },
      {
        character: "$",
        after: single ? void 0 : "\\$",
        inConstruct: "phrasing"
      },
      { character: "$", inConstruct: "mathFlowMeta" },
      { atBreak: true, character: "$", after: "\\$" }
    ],
    handlers: { math: math2, inlineMath }
  };
  function math2(node2, _3, state, info) {
    const raw = node2.value || "";
    const tracker = state.createTracker(info);
    const sequence = "$".repeat(Math.max(longestStreak(raw, "$") + 1, 2));
    const exit3 = state.enter("mathFlow");
    let value2 = tracker.move(sequence);
    if (node2.meta) {
      const subexit = state.enter("mathFlowMeta");
      value2 += tracker.move(
        state.safe(node2.meta, {
          after: "\n",
          before: value2,
          encode: ["$"],
          ...tracker.current()
        })
      );
      subexit();
    }
    value2 += tracker.move("\n");
    if (raw) {
      value2 += tracker.move(raw + "\n");
    }
    value2 += tracker.move(sequence);
    exit3();
    return value2;
  }
  function inlineMath(node2, _3, state) {
    let value2 = node2.value || "";
    let size = 1;
    if (!single) size++;
    while (new RegExp("(^|[^$])" + "\\$".repeat(size) + "([^$]|$)").test(value2)) {
      size++;
    }
    const sequence = "$".repeat(size);
    if (
      // Contains non-space.
      /[^ \r\n]/.test(value2) && // Starts with space and ends with space.
      (/^[ \r\n]/.test(value2) && /[ \r\n]$/.test(value2) || // Starts or ends with dollar.
      /^\$|\$$/.test(value2))
    ) {
      value2 = " " + value2 + " ";
    }
    let index2 = -1;
    while (++index2 < state.unsafe.length) {
      const pattern = state.unsafe[index2];
      if (!pattern.atBreak) continue;
      const expression = state.compilePattern(pattern);
      let match;
      while (match = expression.exec(value2)) {
        let position2 = match.index;
        if (value2.codePointAt(position2) === 10 && value2.codePointAt(position2 - 1) === 13) {
          position2--;
        }
        value2 = value2.slice(0, position2) + " " + value2.slice(match.index + 1);
      }
    }
    return sequence + value2 + sequence;
  }
  function inlineMathPeek() {
    return "$";
  }
}

// node_modules/micromark-extension-math/lib/math-flow.js
var mathFlow = {
  tokenize: tokenizeMathFenced,
  concrete: true,
  name: "mathFlow"
};
var nonLazyContinuation2 = {
  tokenize: tokenizeNonLazyContinuation2,
  partial: true
};
function tokenizeMathFenced(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  const initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let sizeOpen = 0;
  return start;
  function start(code4) {
    effects.enter("mathFlow");
    effects.enter("mathFlowFence");
    effects.enter("mathFlowFenceSequence");
    return sequenceOpen(code4);
  }
  function sequenceOpen(code4) {
    if (code4 === 36) {
      effects.consume(code4);
      sizeOpen++;
      return sequenceOpen;
    }
    if (sizeOpen < 2) {
      return nok(code4);
    }
    effects.exit("mathFlowFenceSequence");
    return factorySpace(effects, metaBefore, "whitespace")(code4);
  }
  function metaBefore(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      return metaAfter(code4);
    }
    effects.enter("mathFlowFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code4);
  }
  function meta(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("chunkString");
      effects.exit("mathFlowFenceMeta");
      return metaAfter(code4);
    }
    if (code4 === 36) {
      return nok(code4);
    }
    effects.consume(code4);
    return meta;
  }
  function metaAfter(code4) {
    effects.exit("mathFlowFence");
    if (self.interrupt) {
      return ok3(code4);
    }
    return effects.attempt(nonLazyContinuation2, beforeNonLazyContinuation, after)(code4);
  }
  function beforeNonLazyContinuation(code4) {
    return effects.attempt({
      tokenize: tokenizeClosingFence,
      partial: true
    }, after, contentStart)(code4);
  }
  function contentStart(code4) {
    return (initialSize ? factorySpace(effects, beforeContentChunk, "linePrefix", initialSize + 1) : beforeContentChunk)(code4);
  }
  function beforeContentChunk(code4) {
    if (code4 === null) {
      return after(code4);
    }
    if (markdownLineEnding(code4)) {
      return effects.attempt(nonLazyContinuation2, beforeNonLazyContinuation, after)(code4);
    }
    effects.enter("mathFlowValue");
    return contentChunk(code4);
  }
  function contentChunk(code4) {
    if (code4 === null || markdownLineEnding(code4)) {
      effects.exit("mathFlowValue");
      return beforeContentChunk(code4);
    }
    effects.consume(code4);
    return contentChunk;
  }
  function after(code4) {
    effects.exit("mathFlow");
    return ok3(code4);
  }
  function tokenizeClosingFence(effects2, ok4, nok2) {
    let size = 0;
    return factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
    function beforeSequenceClose(code4) {
      effects2.enter("mathFlowFence");
      effects2.enter("mathFlowFenceSequence");
      return sequenceClose(code4);
    }
    function sequenceClose(code4) {
      if (code4 === 36) {
        size++;
        effects2.consume(code4);
        return sequenceClose;
      }
      if (size < sizeOpen) {
        return nok2(code4);
      }
      effects2.exit("mathFlowFenceSequence");
      return factorySpace(effects2, afterSequenceClose, "whitespace")(code4);
    }
    function afterSequenceClose(code4) {
      if (code4 === null || markdownLineEnding(code4)) {
        effects2.exit("mathFlowFence");
        return ok4(code4);
      }
      return nok2(code4);
    }
  }
}
function tokenizeNonLazyContinuation2(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code4) {
    if (code4 === null) {
      return ok3(code4);
    }
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return lineStart;
  }
  function lineStart(code4) {
    return self.parser.lazy[self.now().line] ? nok(code4) : ok3(code4);
  }
}

// node_modules/micromark-extension-math/lib/math-text.js
function mathText(options) {
  const options_ = options || {};
  let single = options_.singleDollarTextMath;
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    tokenize: tokenizeMathText,
    resolve: resolveMathText,
    previous: previous3,
    name: "mathText"
  };
  function tokenizeMathText(effects, ok3, nok) {
    const self = this;
    let sizeOpen = 0;
    let size;
    let token;
    return start;
    function start(code4) {
      effects.enter("mathText");
      effects.enter("mathTextSequence");
      return sequenceOpen(code4);
    }
    function sequenceOpen(code4) {
      if (code4 === 36) {
        effects.consume(code4);
        sizeOpen++;
        return sequenceOpen;
      }
      if (sizeOpen < 2 && !single) {
        return nok(code4);
      }
      effects.exit("mathTextSequence");
      return between2(code4);
    }
    function between2(code4) {
      if (code4 === null) {
        return nok(code4);
      }
      if (code4 === 36) {
        token = effects.enter("mathTextSequence");
        size = 0;
        return sequenceClose(code4);
      }
      if (code4 === 32) {
        effects.enter("space");
        effects.consume(code4);
        effects.exit("space");
        return between2;
      }
      if (markdownLineEnding(code4)) {
        effects.enter("lineEnding");
        effects.consume(code4);
        effects.exit("lineEnding");
        return between2;
      }
      effects.enter("mathTextData");
      return data(code4);
    }
    function data(code4) {
      if (code4 === null || code4 === 32 || code4 === 36 || markdownLineEnding(code4)) {
        effects.exit("mathTextData");
        return between2(code4);
      }
      effects.consume(code4);
      return data;
    }
    function sequenceClose(code4) {
      if (code4 === 36) {
        effects.consume(code4);
        size++;
        return sequenceClose;
      }
      if (size === sizeOpen) {
        effects.exit("mathTextSequence");
        effects.exit("mathText");
        return ok3(code4);
      }
      token.type = "mathTextData";
      return data(code4);
    }
  }
}
function resolveMathText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "mathTextData") {
        events[tailExitIndex][1].type = "mathTextPadding";
        events[headEnterIndex][1].type = "mathTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "mathTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous3(code4) {
  return code4 !== 36 || this.events[this.events.length - 1][1].type === "characterEscape";
}

// node_modules/micromark-extension-math/lib/syntax.js
function math(options) {
  return {
    flow: {
      [36]: mathFlow
    },
    text: {
      [36]: mathText(options)
    }
  };
}

// node_modules/remark-math/lib/index.js
var emptyOptions4 = {};
function remarkMath(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions4;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(math(settings));
  fromMarkdownExtensions.push(mathFromMarkdown());
  toMarkdownExtensions.push(mathToMarkdown(settings));
}

// node_modules/micromark/lib/initialize/content.js
var content2 = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous4;
  return contentStart;
  function afterContentStartConstruct(code4) {
    if (code4 === null) {
      effects.consume(code4);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code4) {
    effects.enter("paragraph");
    return lineStart(code4);
  }
  function lineStart(code4) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous4
    });
    if (previous4) {
      previous4.next = token;
    }
    previous4 = token;
    return data(code4);
  }
  function data(code4) {
    if (code4 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code4);
      return;
    }
    if (markdownLineEnding(code4)) {
      effects.consume(code4);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code4);
    return data;
  }
}

// node_modules/micromark/lib/initialize/document.js
var document2 = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code4) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code4);
    }
    return checkNewContainers(code4);
  }
  function documentContinue(code4) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code4);
    }
    return start(code4);
  }
  function checkNewContainers(code4) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code4);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code4);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code4);
  }
  function thereIsANewContainer(code4) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code4);
  }
  function thereIsNoNewContainer(code4) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code4);
  }
  function documentContinued(code4) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code4);
  }
  function containerContinue(code4) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code4);
  }
  function flowStart(code4) {
    if (code4 === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code4);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code4);
  }
  function flowContinue(code4) {
    if (code4 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code4);
      return;
    }
    if (markdownLineEnding(code4)) {
      effects.consume(code4);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code4);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code4) {
    if (code4 === null) {
      effects.consume(code4);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code4);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code4) {
    if (code4 === null) {
      effects.consume(code4);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code4);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text3 = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text5 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code4) {
      return atBreak(code4) ? text5(code4) : notText(code4);
    }
    function notText(code4) {
      if (code4 === null) {
        effects.consume(code4);
        return;
      }
      effects.enter("data");
      effects.consume(code4);
      return data;
    }
    function data(code4) {
      if (atBreak(code4)) {
        effects.exit("data");
        return text5(code4);
      }
      effects.consume(code4);
      return data;
    }
    function atBreak(code4) {
      if (code4 === null) {
        return true;
      }
      const list4 = constructs2[code4];
      let index2 = -1;
      if (list4) {
        while (++index2 < list4.length) {
          const item = list4[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document3,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text4
});
var document3 = {
  [42]: list3,
  [43]: list3,
  [45]: list3,
  [48]: list3,
  [49]: list3,
  [50]: list3,
  [51]: list3,
  [52]: list3,
  [53]: list3,
  [54]: list3,
  [55]: list3,
  [56]: list3,
  [57]: list3,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition2
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak2,
  [45]: [setextUnderline, thematicBreak2],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak2,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text4 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention3,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention3,
  [96]: codeText
};
var insideSpan = {
  null: [attention3, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code4) {
    consumed = void 0;
    expectedCode = code4;
    state = state(code4);
  }
  function consume(code4) {
    if (markdownLineEnding(code4)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code4 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code4 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code4;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_3, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map4) {
        return start;
        function start(code4) {
          const left = code4 !== null && map4[code4];
          const all2 = code4 !== null && map4.null;
          const list4 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list4)(code4);
        }
      }
      function handleListOfConstructs(list4) {
        listOfConstructs = list4;
        constructIndex = 0;
        if (list4.length === 0) {
          return bogusState;
        }
        return handleConstruct(list4[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code4) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code4);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code4);
        }
      }
      function ok3(code4) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code4) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = "\n";
          break;
        }
        case -3: {
          value2 = "\r\n";
          break;
        }
        case -2: {
          value2 = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value2 = " ";
          break;
        }
        default: {
          value2 = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create2(content2),
    defined: [],
    document: create2(document2),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text3)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value2);
      const endPosition = match && match.index !== void 0 ? match.index : value2.length;
      const code4 = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code4 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code4) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own6 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link2),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading2),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition3),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis2),
      hardBreakEscape: opener2(hardBreak2),
      hardBreakTrailing: opener2(hardBreak2),
      htmlFlow: opener2(html2, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html2, buffer),
      htmlTextData: onenterdata,
      image: opener2(image2),
      label: buffer,
      link: opener2(link2),
      listItem: opener2(listItem2),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list4, onenterlistordered),
      listUnordered: opener2(list4),
      paragraph: opener2(paragraph2),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading2),
      strong: opener2(strong2),
      thematicBreak: opener2(thematicBreak3)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure3(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler2 = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own6.call(handler2, events[index2][1].type)) {
        handler2[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler2 = tail[1] || defaultOnError;
      handler2.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem3;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem3 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem3) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem3._spread = true;
          }
          listItem3.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem3, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem3 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler2 = open[1] || defaultOnError;
        handler2.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label2;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text5();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label2;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition3() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis2() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading2() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak2() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html2() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image2() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link2() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list4(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem2(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph2() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong2() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text5() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak3() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d2) {
  return {
    line: d2.line,
    column: d2.column,
    offset: d2.offset
  };
}
function configure3(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure3(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own6.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self = this;
  self.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("micromarkExtensions") || [],
      mdastExtensions: self.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/remark-stringify/lib/index.js
function remarkStringify(options) {
  const self = this;
  self.compiler = compiler2;
  function compiler2(tree) {
    return toMarkdown(tree, {
      ...self.data("settings"),
      ...options,
      // Note: this option is not in the readme.
      // The goal is for it to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("toMarkdownExtensions") || []
    });
  }
}

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value2) {
  if (typeof value2 !== "object" || value2 === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value2);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value2) && !(Symbol.iterator in value2);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn2 = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn2) {
        wrap2(fn2, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap2(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value2) {
    done(null, value2);
  }
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value2) {
    let options;
    if (!value2) {
      options = {};
    } else if (isUrl(value2)) {
      options = { path: value2 };
    } else if (typeof value2 === "string" || isUint8Array(value2)) {
      options = { value: value2 };
    } else {
      options = value2;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename5) {
    assertNonEmpty(basename5, "basename");
    assertPart(basename5, "basename");
    this.path = default2.join(this.dirname || "", basename5);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname6) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname6 || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path2) {
    if (isUrl(path2)) {
      path2 = fileURLToPath(path2);
    }
    assertNonEmpty(path2, "path");
    if (this.path !== path2) {
      this.history.push(path2);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path2, name) {
  if (!path2) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value2 = proto[property];
    const apply = function() {
      return value2.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own7 = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination2 = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination2.use(...attacher);
    }
    destination2.data((0, import_extend.default)(true, {}, this.namespace));
    return destination2;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value2) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value2;
        return this;
      }
      return own7.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve4, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve4) {
          resolve4(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve4, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve4) {
          resolve4(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler2 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler2);
    assertNode(tree);
    return compiler2(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value2, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value2 === null || value2 === void 0) {
    } else if (typeof value2 === "function") {
      addPlugin(value2, parameters);
    } else if (typeof value2 === "object") {
      if (Array.isArray(value2)) {
        addList(value2);
      } else {
        addPreset(value2);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value2 + "`");
    }
    return this;
    function add(value3) {
      if (typeof value3 === "function") {
        addPlugin(value3, []);
      } else if (typeof value3 === "object") {
        if (Array.isArray(value3)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value3
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value3);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value3 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node2) {
  if (!isPlainObject(node2) || typeof node2.type !== "string") {
    throw new TypeError("Expected node, got `" + node2 + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value2) {
  return looksLikeAVFile(value2) ? value2 : new VFile(value2);
}
function looksLikeAVFile(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "message" in value2 && "messages" in value2
  );
}
function looksLikeAValue(value2) {
  return typeof value2 === "string" || isUint8Array2(value2);
}
function isUint8Array2(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// src/markdown/parse.ts
function bareUrlsAreText() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({
    disable: { null: ["wwwAutolink", "protocolAutolink", "emailAutolink"] }
  });
  const strip2 = (extensions) => {
    for (const extension2 of extensions) {
      if (Array.isArray(extension2)) strip2(extension2);
      else if (extension2.enter?.["literalAutolink"]) extension2.transforms = [];
    }
  };
  strip2(data.fromMarkdownExtensions ?? []);
}
function writeBareUrlsAsWritten() {
  const strip2 = (extensions) => {
    for (const extension2 of extensions) {
      if (extension2.unsafe)
        extension2.unsafe = extension2.unsafe.filter((p2) => !isLiteralLinkGuard(p2));
      if (extension2.extensions) strip2(extension2.extensions);
    }
  };
  strip2(this.data().toMarkdownExtensions ?? []);
}
function isLiteralLinkGuard(pattern) {
  return pattern.character === "@" && pattern.before === "[+\\-.\\w]" || pattern.character === "." && pattern.before === "[Ww]" || pattern.character === ":" && pattern.before === "[ps]";
}
var gfmParser = unified().use(remarkParse).use(remarkGfm).use(bareUrlsAreText).use(remarkMath, { singleDollarTextMath: false }).use(remarkFrontmatter, ["yaml", "toml"]);
var v2Parser = unified().use(remarkParse).use(remarkGfm).use(bareUrlsAreText).use(remarkMath);
var gfmWriter = unified().use(remarkGfm, { tablePipeAlign: false }).use(writeBareUrlsAsWritten).use(remarkMath, { singleDollarTextMath: false }).use(remarkStringify, {
  bullet: "-",
  bulletOrdered: ".",
  emphasis: "*",
  strong: "*",
  fence: "`",
  fences: true,
  rule: "-",
  listItemIndent: "one",
  incrementListMarker: true,
  resourceLink: false,
  setext: false
});
var PLACEHOLDER_START = 57344;
var PLACEHOLDER_FILL = "\uE001";
var PLACEHOLDER_INDEX_BASE = 57600;
var CITATION = /\[\^([A-Za-z][\w+.-]*:\/\/[^\]\s]*)\]/g;
var PLACEHOLDER = /\ue000([\ue100-\uefff])\ue001*/g;
function parseSource(source, dialect) {
  const parser = dialect === "gfm" ? gfmParser : v2Parser;
  const first = parser.parse(source);
  if (!source.includes("[^") || /[\ue000-\uefff]/.test(source)) {
    return { tree: first, text: source, citations: [] };
  }
  const literal = literalRanges(first);
  const citations = [];
  let text5 = source;
  for (const match of source.matchAll(CITATION)) {
    const at2 = match.index;
    if (isEscaped(source, at2) || literal.some(([from, to2]) => at2 >= from && at2 < to2)) continue;
    if (citations.length >= 3840) break;
    const raw = match[0];
    const placeholder = String.fromCharCode(PLACEHOLDER_START) + String.fromCharCode(PLACEHOLDER_INDEX_BASE + citations.length) + PLACEHOLDER_FILL.repeat(raw.length - 2);
    citations.push(raw);
    text5 = text5.slice(0, at2) + placeholder + text5.slice(at2 + raw.length);
  }
  if (citations.length === 0) return { tree: first, text: source, citations };
  return { tree: parser.parse(text5), text: text5, citations };
}
function literalRanges(tree) {
  const ranges = [];
  visit(tree, (node2) => {
    if (!["code", "inlineCode", "math", "inlineMath", "html"].includes(node2.type)) return;
    const start = node2.position?.start.offset;
    const end = node2.position?.end.offset;
    if (start !== void 0 && end !== void 0) ranges.push([start, end]);
  });
  return ranges;
}
function isEscaped(text5, at2) {
  let backslashes = 0;
  for (let i = at2 - 1; i >= 0 && text5[i] === "\\"; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

// src/markdown/tags.ts
var NOTION_ONLY_BLOCK_TAGS = /* @__PURE__ */ new Set([
  "callout",
  "toggle",
  "quote",
  "columns",
  "column",
  "tabs",
  "tab",
  "mail",
  "meeting-notes",
  "todo",
  "equation",
  "table-of-contents",
  "image",
  "pdf",
  "file",
  "bookmark",
  "embed",
  "external_object_instance",
  "page",
  "folder",
  "database",
  "synced-block",
  "synced-block-reference",
  "custom-block",
  "unknown",
  "empty-block"
]);
var SHARED_BLOCK_TAG_ATTRIBUTES = {
  p: /* @__PURE__ */ new Set(["color"]),
  h1: /* @__PURE__ */ new Set(["color"]),
  h2: /* @__PURE__ */ new Set(["color"]),
  h3: /* @__PURE__ */ new Set(["color"]),
  h4: /* @__PURE__ */ new Set(["color"]),
  ul: /* @__PURE__ */ new Set([]),
  ol: /* @__PURE__ */ new Set(["type"]),
  li: /* @__PURE__ */ new Set(["color"]),
  table: /* @__PURE__ */ new Set(["fit-page-width", "header-row", "header-column"]),
  audio: /* @__PURE__ */ new Set(["source", "color"]),
  video: /* @__PURE__ */ new Set(["source", "color"])
};
var SPAN_ATTRIBUTES = /* @__PURE__ */ new Set(["color", "discussion-urls"]);
var OPEN_TAG = /^<([A-Za-z][\w-]*)((?:\s+[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
var ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
function readOpenTag(text5) {
  const match = OPEN_TAG.exec(text5);
  if (!match) return void 0;
  const attributes = [...(match[2] ?? "").matchAll(ATTRIBUTE)].map(
    (m2) => (m2[1] ?? "").toLowerCase()
  );
  return {
    name: (match[1] ?? "").toLowerCase(),
    attributes,
    selfClosing: match[3] === "/",
    length: match[0].length
  };
}
function notionBlockTagAt(source, dialect, offset = 0) {
  const tag = readOpenTag(source.slice(offset, offset + 2e3));
  if (!tag) return void 0;
  if (NOTION_ONLY_BLOCK_TAGS.has(tag.name)) return tag.name;
  const allowed = SHARED_BLOCK_TAG_ATTRIBUTES[tag.name];
  if (!allowed) return void 0;
  if (dialect === "v2") return tag.name;
  if (!tag.attributes.every((name) => allowed.has(name))) return void 0;
  const needsAttribute = tag.name === "p" || /^h[1-4]$/.test(tag.name);
  if (needsAttribute && tag.attributes.length === 0 && !tag.selfClosing) {
    const end = tagBlockEnd(source, offset, tag.name);
    const withChildren = end !== void 0 && /\n[ \t]*\r?\n/.test(source.slice(offset, end));
    return withChildren ? tag.name : void 0;
  }
  return tag.name;
}
function classifyInlineTag(raw) {
  const trimmed = raw.trim();
  const close2 = /^<\/([A-Za-z][\w-]*)\s*>$/.exec(trimmed);
  if (close2) {
    const name = (close2[1] ?? "").toLowerCase();
    return ["b", "i", "s", "u", "span", "mention"].includes(name) ? { kind: "close", name } : void 0;
  }
  const tag = readOpenTag(trimmed);
  if (!tag || tag.length !== trimmed.length) return void 0;
  if (tag.name === "br" && tag.attributes.length === 0) return { kind: "break" };
  if (tag.name === "mention" || tag.name === "date") {
    if (tag.selfClosing) return { kind: "atom", raw: trimmed };
    return tag.name === "mention" ? { kind: "atom-open", name: "mention" } : void 0;
  }
  if (tag.selfClosing) return void 0;
  if (tag.name === "span") {
    if (tag.attributes.length === 0 || !tag.attributes.every((name) => SPAN_ATTRIBUTES.has(name))) {
      return void 0;
    }
    return { kind: "open", name: "span", raw: trimmed };
  }
  if ((tag.name === "b" || tag.name === "i" || tag.name === "s" || tag.name === "u") && tag.attributes.length === 0) {
    return { kind: "open", name: tag.name, raw: trimmed };
  }
  return void 0;
}
function fenceOpening(line) {
  const match = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
  const fence3 = match?.[1];
  if (fence3 === void 0) return void 0;
  return fence3.startsWith("`") && (match?.[2] ?? "").includes("`") ? void 0 : fence3;
}
function closesFence(line, fence3) {
  const run = /^\s*(`{3,}|~{3,})\s*$/.exec(line)?.[1];
  return run !== void 0 && run[0] === fence3[0] && run.length >= fence3.length;
}
function tagBlockEnd(source, start, name) {
  const opening = new RegExp(`(?<!\\\\)<${escapeRegExp(name)}(?=[\\s>/])[^>]*?(/?)>`, "gi");
  const closing = new RegExp(`(?<!\\\\)</${escapeRegExp(name)}\\s*>`, "gi");
  let depth = 0;
  let fence3;
  let lineStart = start;
  while (lineStart <= source.length) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    const opens = fenceOpening(line);
    if (fence3 !== void 0) {
      if (closesFence(line, fence3)) fence3 = void 0;
    } else if (opens !== void 0 && lineStart !== start) {
      fence3 = opens;
    } else {
      for (const match of line.matchAll(opening)) if (match[1] !== "/") depth += 1;
      depth -= [...line.matchAll(closing)].length;
      if (depth <= 0) return lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return void 0;
}
function escapeRegExp(text5) {
  return text5.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/markdown/read-inline.ts
function readInlines(nodes, ctx, line) {
  const out = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node2 = nodes[i];
    const at2 = ctx.line(node2, line);
    switch (node2.type) {
      case "text":
        out.push(...splitCitations(normalizeSpace(node2.value), ctx));
        break;
      case "emphasis":
      case "strong":
      case "delete":
        out.push({ type: node2.type, children: readInlines(node2.children, ctx, at2) });
        break;
      case "inlineCode":
        out.push({ type: "inlineCode", value: node2.value.replace(/\r?\n/g, " ") });
        break;
      case "inlineMath":
        out.push({ type: "inlineMath", value: node2.value });
        break;
      case "break":
        out.push({ type: "break" });
        break;
      case "link":
        if (node2.title) {
          ctx.warn(
            "link-title",
            "link title",
            at2,
            `Notion links have no title: "${node2.title}" is not sent.`
          );
        }
        out.push({
          type: "link",
          url: node2.url,
          children: unlink(readInlines(node2.children, ctx, at2))
        });
        break;
      case "linkReference": {
        const definition3 = ctx.definition(node2.identifier);
        if (!definition3) {
          out.push({ type: "text", value: ctx.sourceOf(node2) });
          break;
        }
        if (ctx.dialect === "gfm") {
          ctx.warn(
            "reference-link",
            `[${node2.label ?? node2.identifier}]`,
            at2,
            "Reference-style link sent as an inline link; it comes back from Notion inline."
          );
        }
        out.push({
          type: "link",
          url: definition3.url,
          children: unlink(readInlines(node2.children, ctx, at2))
        });
        break;
      }
      case "image":
      case "imageReference": {
        const url = node2.type === "image" ? node2.url : ctx.definition(node2.identifier)?.url;
        if (url === void 0) {
          out.push({ type: "text", value: ctx.sourceOf(node2) });
          break;
        }
        ctx.warn(
          "inline-image",
          "image in text",
          at2,
          "Notion images are blocks of their own: an image inside text is sent as a link to it."
        );
        out.push({ type: "link", url, children: [{ type: "text", value: node2.alt || url }] });
        break;
      }
      case "footnoteReference":
        ctx.warn(
          "footnote",
          `[^${node2.label ?? node2.identifier}]`,
          at2,
          "Notion has no footnotes: the reference is sent as literal text."
        );
        out.push({ type: "text", value: `[^${node2.label ?? node2.identifier}]` });
        break;
      case "html":
        i = readHtml(nodes, i, ctx, at2, out);
        break;
      default:
        out.push({ type: "text", value: toString(node2) });
    }
  }
  return mergeText(out);
}
function readBlockInlines(nodes, ctx, line) {
  const inlines = readInlines(nodes, ctx, line);
  while (inlines[0]?.type === "break") inlines.shift();
  while (inlines[inlines.length - 1]?.type === "break") inlines.pop();
  return inlines;
}
function readHtml(nodes, index2, ctx, line, out) {
  const node2 = nodes[index2];
  const tag = classifyInlineTag(node2.value);
  if (tag?.kind === "break") {
    out.push({ type: "break" });
    return index2;
  }
  if (tag?.kind === "atom") {
    out.push({ type: "atom", raw: tag.raw });
    return index2;
  }
  if (tag?.kind === "atom-open" || tag?.kind === "open") {
    const close2 = matchingClose(nodes, index2, tag.name);
    if (close2 !== void 0) {
      if (tag.kind === "atom-open") {
        const start = ctx.start(node2);
        const end = ctx.end(nodes[close2]);
        if (start !== void 0 && end !== void 0) {
          out.push({ type: "atom", raw: normalizeSpace(ctx.source.slice(start, end)) });
          return close2;
        }
      } else {
        const children = readInlines(nodes.slice(index2 + 1, close2), ctx, line);
        if (tag.name === "span") out.push({ type: "span", open: tag.raw, children });
        else out.push({ type: TAG_TYPES[tag.name], children });
        return close2;
      }
    }
  }
  if (ctx.dialect === "gfm") {
    ctx.warn(
      "inline-html",
      htmlName(node2.value),
      line,
      "Notion stores this HTML as literal text: it is sent escaped and shows as text in Notion."
    );
  }
  out.push({ type: "text", value: normalizeSpace(node2.value) });
  return index2;
}
var TAG_TYPES = { b: "strong", i: "emphasis", s: "delete", u: "underline" };
function matchingClose(nodes, index2, name) {
  let depth = 0;
  for (let j3 = index2 + 1; j3 < nodes.length; j3 += 1) {
    const node2 = nodes[j3];
    if (node2.type !== "html") continue;
    const tag = classifyInlineTag(node2.value);
    if ((tag?.kind === "open" || tag?.kind === "atom-open") && tag.name === name) depth += 1;
    if (tag?.kind === "close" && tag.name === name) {
      if (depth === 0) return j3;
      depth -= 1;
    }
  }
  return void 0;
}
function htmlName(raw) {
  const name = /^<\/?([A-Za-z][\w-]*)/.exec(raw.trim());
  return name ? `<${(name[1] ?? "").toLowerCase()}>` : raw.trim().startsWith("<!--") ? "HTML comment" : "HTML";
}
function normalizeSpace(text5) {
  return text5.replace(/\r\n?/g, "\n").replace(/[ \t]*\n[ \t]*/g, " ");
}
function splitCitations(text5, ctx) {
  if (ctx.citations.length === 0 || !text5.includes("\uE000"))
    return [{ type: "text", value: text5 }];
  const out = [];
  let last = 0;
  for (const match of text5.matchAll(PLACEHOLDER)) {
    const raw = ctx.citations[(match[1] ?? "").charCodeAt(0) - 57600];
    if (raw === void 0) continue;
    if (match.index > last) out.push({ type: "text", value: text5.slice(last, match.index) });
    out.push({ type: "atom", raw });
    last = match.index + match[0].length;
  }
  if (last < text5.length) out.push({ type: "text", value: text5.slice(last) });
  return out;
}
function unlink(inlines) {
  return mergeText(
    inlines.flatMap((inline) => inline.type === "link" ? unlink(inline.children) : [inline])
  );
}
function mergeText(inlines) {
  const out = [];
  for (const original of inlines) {
    const previous4 = out[out.length - 1];
    let inline = original;
    if (inline.type === "text" && previous4?.type === "break") {
      inline = { type: "text", value: inline.value.trimStart() };
    }
    if (inline.type === "break" && previous4?.type === "text") {
      const trimmed = previous4.value.trimEnd();
      if (trimmed === "") out.pop();
      else out[out.length - 1] = { type: "text", value: trimmed };
    }
    if (inline.type === "text") {
      if (inline.value === "") continue;
      if (previous4?.type === "text") {
        out[out.length - 1] = { type: "text", value: previous4.value + inline.value };
        continue;
      }
    }
    out.push(inline);
  }
  return out;
}

// src/markdown/read-table.ts
function readTable(table, ctx, line) {
  if (ctx.dialect === "gfm" && (table.align ?? []).some((align) => align)) {
    ctx.warn(
      "table-alignment",
      "table column alignment",
      line,
      "Notion tables have no column alignment: it is not sent."
    );
  }
  const width = table.children[0]?.children.length ?? 0;
  table.children.forEach((row) => {
    if (row.children.length > width && ctx.dialect === "gfm") {
      ctx.warn(
        "table-extra-cells",
        "table row",
        ctx.line(row, line),
        `This row has ${row.children.length} cells and the header ${width}: GFM drops the extra cells, so Notion does not get them.`
      );
    }
  });
  const rows = table.children.map((row) => {
    const cells = row.children.slice(0, width).map((cell) => readInlines(cell.children, ctx, line));
    if (ctx.dialect === "gfm" && cells.some(hasEdgeSpace)) {
      ctx.warn(
        "table-cell-spaces",
        "table cell",
        ctx.line(row, line),
        "A cell starts or ends with spaces (&#x20;): Notion-flavored Markdown has no form that keeps them in a table cell, so Notion drops them."
      );
    }
    while (cells.length < width) cells.push([]);
    return cells;
  });
  const start = ctx.start(table) ?? 0;
  const end = ctx.end(table) ?? start;
  const spans = table.children.map((row) => ({
    start: ctx.start(row) ?? start,
    end: ctx.end(row) ?? end,
    line: ctx.line(row, line)
  }));
  const head = spans[0];
  if (head) head.end = delimiterRowEnd(ctx.source, head.end);
  return [{ block: { type: "table", rows }, start, end, line, rows: spans }];
}
function hasEdgeSpace(cell) {
  const first = cell[0];
  const last = cell[cell.length - 1];
  return first?.type === "text" && /^[ \t]/.test(first.value) || last?.type === "text" && /[ \t]$/.test(last.value);
}
function delimiterRowEnd(source, headerEnd) {
  const lineBreak = source.indexOf("\n", headerEnd);
  if (lineBreak === -1) return headerEnd;
  const next = source.indexOf("\n", lineBreak + 1);
  let end = next === -1 ? source.length : next;
  if (source[end - 1] === "\r") end -= 1;
  return end;
}

// src/markdown/segments.ts
function splitTagBlocks(source, dialect) {
  const segments = [];
  let segmentStart = 0;
  let previousBlank = true;
  let fence3;
  let comment = false;
  let lineStart = 0;
  while (lineStart < source.length) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const line = source.slice(lineStart, lineEnd);
    const next = newline === -1 ? source.length : newline + 1;
    if (fence3 !== void 0) {
      if (closesFence(line, fence3)) fence3 = void 0;
    } else if (comment) {
      comment = !line.includes("-->");
    } else {
      const tag = (previousBlank || dialect === "v2") && line.startsWith("<") ? notionBlockTagAt(source, dialect, lineStart) : void 0;
      const end = tag === void 0 ? void 0 : tagBlockEnd(source, lineStart, tag);
      if (tag !== void 0 && end !== void 0) {
        if (lineStart > segmentStart) segments.push({ start: segmentStart, end: lineStart });
        segments.push({ start: lineStart, end, tag });
        segmentStart = end;
        lineStart = end;
        previousBlank = false;
        continue;
      }
      fence3 = fenceOpening(line);
      comment = /^\s*<!--/.test(line) && !line.slice(line.indexOf("<!--") + 4).includes("-->");
    }
    previousBlank = line.trim() === "";
    lineStart = next;
  }
  if (segmentStart < source.length || segments.length === 0)
    segments.push({ start: segmentStart, end: source.length });
  return segments;
}
function lineOf2(source, offset) {
  let line = 1;
  for (let i = source.indexOf("\n"); i !== -1 && i < offset; i = source.indexOf("\n", i + 1))
    line += 1;
  return line;
}
function dedent(text5, column) {
  if (column === 0) return text5;
  const indent2 = new RegExp(`\\n[ \\t]{0,${column}}`, "g");
  return text5.replace(indent2, "\n");
}
function unquote(text5, depth) {
  if (depth === 0) return text5;
  const marker = new RegExp(`\\n(?:[ \\t]{0,3}>[ \\t]?){0,${depth}}`, "g");
  return text5.replace(marker, "\n");
}

// src/markdown/read-context.ts
var ReadContext = class _ReadContext {
  /**
   * @param text what remark parsed (the source with citation placeholders)
   * @param base offset of `text[0]` in the original source (sub-parses of a fragment)
   * @param lineBase line of `text`'s first line in the original source, minus one
   */
  constructor(dialect, source, text5, citations, base = 0, lineBase = 0, parent) {
    this.dialect = dialect;
    this.source = source;
    this.text = text5;
    this.citations = citations;
    this.base = base;
    this.lineBase = lineBase;
    if (parent) {
      this.warnings = parent.warnings;
      this.definitions = parent.definitions;
      this.usedDefinitions = parent.usedDefinitions;
    }
  }
  dialect;
  source;
  text;
  citations;
  base;
  lineBase;
  warnings = [];
  definitions = /* @__PURE__ */ new Map();
  usedDefinitions = /* @__PURE__ */ new Set();
  /** How many block quotes the nodes read with this context sit in (their lines start with `>`). */
  quoteDepth = 0;
  /** The same context, one block quote deeper. */
  quoted() {
    const inner = new _ReadContext(
      this.dialect,
      this.source,
      this.text,
      this.citations,
      this.base,
      this.lineBase,
      this
    );
    inner.quoteDepth = this.quoteDepth + 1;
    return inner;
  }
  /** A context for a fragment parsed on its own, sharing warnings and definitions. */
  fragment(source, text5, citations, base, lineBase) {
    return new _ReadContext(this.dialect, source, text5, citations, base, lineBase, this);
  }
  collectDefinitions(tree) {
    visit(tree, "definition", (node2) => {
      const id = normalizeIdentifier2(node2.identifier);
      if (!this.definitions.has(id)) this.definitions.set(id, node2);
    });
  }
  definition(identifier) {
    const id = normalizeIdentifier2(identifier);
    const found = this.definitions.get(id);
    if (found) this.usedDefinitions.add(id);
    return found;
  }
  unusedDefinitions() {
    return [...this.definitions.entries()].filter(([id]) => !this.usedDefinitions.has(id)).map(([, node2]) => node2);
  }
  /** Records a warning once per construct and line. */
  warn(code4, construct, line, message) {
    const seen = this.warnings.some(
      (w2) => w2.code === code4 && w2.construct === construct && w2.line === line
    );
    if (!seen) this.warnings.push({ code: code4, construct, line, message });
  }
  /** Start offset of `node` in the original source. */
  start(node2) {
    const offset = node2.position?.start.offset;
    return offset === void 0 ? void 0 : offset + this.base;
  }
  end(node2) {
    const offset = node2.position?.end.offset;
    return offset === void 0 ? void 0 : offset + this.base;
  }
  line(node2, fallback) {
    const line = node2?.position?.start.line;
    return line === void 0 ? fallback : line + this.lineBase;
  }
  /** The original source text under `node` (placeholders undone). */
  sourceOf(node2) {
    const start = this.start(node2);
    const end = this.end(node2);
    return start === void 0 || end === void 0 ? "" : this.source.slice(start, end);
  }
  /** The parsed text under `node` (placeholders kept). */
  textOf(node2) {
    const start = node2.position?.start.offset;
    const end = node2.position?.end.offset;
    return start === void 0 || end === void 0 ? "" : this.text.slice(start, end);
  }
};
function normalizeIdentifier2(identifier) {
  return identifier.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}

// src/markdown/read-tags.ts
var NOTION_TABLE_TAGS = /* @__PURE__ */ new Set([
  "table",
  "colgroup",
  "col",
  "tr",
  "td",
  "th",
  "br",
  "b",
  "i",
  "s",
  "u",
  "span",
  "mention",
  "date"
]);
function readTagBlock(tag, raw, ctx, line) {
  const value2 = raw.replace(/\r\n?/g, "\n");
  if (ctx.dialect === "v2" && tag === "quote") {
    const quote = readQuoteTag(raw, ctx, line);
    if (quote) return { block: quote };
  }
  if (ctx.dialect === "v2" && (tag === "p" || /^h[1-4]$/.test(tag))) {
    const plain = readPlainTextTag(value2, tag, ctx, line);
    if (plain) return { block: plain };
  }
  if (ctx.dialect === "v2" && (tag === "ul" || tag === "ol" || tag === "todo")) {
    const item = readItemTag(value2, tag, ctx, line);
    if (item) return { block: item };
  }
  if (ctx.dialect === "v2") {
    ctx.warn(
      "notion-block",
      `<${tag}>`,
      line,
      `GFM has no <${tag}>: it is kept as raw HTML so the next push sends it back unchanged.`
    );
  }
  const names = [...value2.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m2) => (m2[1] ?? "").toLowerCase());
  if (ctx.dialect === "gfm" && tag === "table" && !names.every((name) => NOTION_TABLE_TAGS.has(name))) {
    ctx.warn("html-block", "HTML table", line, HTML_BLOCK_MESSAGE);
    return { block: { type: "code", lang: "html", value: value2 }, origin: "html" };
  }
  return { block: { type: "raw", tag, value: value2 } };
}
var HTML_BLOCK_MESSAGE = "Notion stores HTML as literal text: this block is sent as an html code block (written back as HTML).";
function readQuoteTag(raw, ctx, line) {
  const open = readOpenTag(raw);
  if (!open || open.attributes.length > 0 || open.selfClosing) return void 0;
  const body = raw.slice(open.length).replace(/<\/quote>\s*$/i, "");
  const split = /\r?\n[ \t]*\r?\n/.exec(body);
  const titleText = split ? body.slice(0, split.index) : body;
  const childrenText = split ? body.slice(split.index + split[0].length) : "";
  const children = childrenText.trim() ? readFragment(childrenText, ctx, line + 1) : [];
  const bare = titleText.trim();
  if (bare === "" || bare === "<p />" || bare === "<p/>") return { type: "quote", children };
  const inlines = readTagTitle(titleText, ctx, line);
  const title = inlines ? [{ type: "paragraph", children: inlines }] : readFragment(bare, ctx, line + 1);
  return { type: "quote", children: [...title, ...children] };
}
function readItemTag(raw, tag, ctx, line) {
  const open = readOpenTag(raw);
  if (!open || open.selfClosing) return void 0;
  let body;
  let checked = false;
  if (tag === "todo") {
    const value2 = /^<todo\s+checked="(true|false)"\s*>/i.exec(raw)?.[1];
    if (value2 === void 0 || open.attributes.length !== 1) return void 0;
    checked = value2 === "true";
    body = raw.slice(open.length).replace(/<\/todo>\s*$/i, "");
  } else {
    const match = new RegExp(`^<${tag}>\\s*<li>([\\s\\S]*)</li>\\s*</${tag}>\\s*$`, "i").exec(raw);
    if (!match || open.attributes.length > 0 || (raw.match(/<li[\s>]/gi) ?? []).length !== 1)
      return void 0;
    body = match[1] ?? "";
  }
  const split = /\n[ \t]*\n/.exec(body);
  const title = readTagTitle(split ? body.slice(0, split.index) : body, ctx, line);
  if (!title) return void 0;
  const childrenText = split ? body.slice(split.index + split[0].length) : "";
  const children = childrenText.trim() ? readFragment(childrenText, ctx, line + 1) : [];
  const kind = tag === "todo" ? "todo" : tag === "ol" ? "ordered" : "bullet";
  return { type: "item", kind, checked, number: 1, title, children };
}
function readPlainTextTag(raw, tag, ctx, line) {
  const open = readOpenTag(raw);
  if (!open || open.attributes.length > 0 || open.selfClosing) return void 0;
  const close2 = new RegExp(`</${tag}>\\s*$`, "i").exec(raw);
  if (!close2) return void 0;
  const title = raw.slice(open.length, close2.index);
  if (/\n[ \t]*\n/.test(title)) return void 0;
  const inlines = readTagTitle(title, ctx, line);
  if (!inlines) return void 0;
  if (tag === "p") return { type: "paragraph", children: inlines };
  return { type: "heading", depth: Number(tag.slice(1)), children: inlines };
}
function readTagTitle(title, ctx, line) {
  let text5 = title.replace(/\r\n?/g, "\n");
  let lead = "";
  let trail2 = "";
  if (/^[ \t]*\n/.test(text5)) text5 = text5.replace(/^[ \t]*\n[ \t]*/, "");
  else {
    lead = /^[ \t]*/.exec(text5)?.[0] ?? "";
    text5 = text5.slice(lead.length);
  }
  if (/\n[ \t]*$/.test(text5)) text5 = text5.replace(/[ \t]*\n[ \t]*$/, "");
  else {
    trail2 = /[ \t]*$/.exec(text5)?.[0] ?? "";
    text5 = text5.slice(0, text5.length - trail2.length);
  }
  if (text5 === "") return lead + trail2 === "" ? [] : [{ type: "text", value: lead + trail2 }];
  const source = `\\!${text5}`;
  const parsed = parseSource(source, ctx.dialect);
  const only = parsed.tree.children[0];
  if (parsed.tree.children.length !== 1 || only?.type !== "paragraph") return void 0;
  const own8 = ctx.fragment(source, parsed.text, parsed.citations, 0, line - 1);
  const inlines = readBlockInlines(only.children, own8, line);
  const head = inlines[0];
  if (head?.type !== "text" || !head.value.startsWith("!")) return void 0;
  return mergeText([
    { type: "text", value: lead },
    { type: "text", value: head.value.slice(1) },
    ...inlines.slice(1),
    { type: "text", value: trail2 }
  ]);
}

// src/markdown/read-blocks.ts
function readDocument(source, dialect) {
  const root2 = new ReadContext(dialect, source, source, []);
  const segments = splitTagBlocks(source, dialect).map((segment) => {
    if (segment.tag !== void 0) return { segment };
    const parsed = parseSource(source.slice(segment.start, segment.end), dialect);
    const lineBase = lineOf2(source, segment.start) - 1;
    const ctx = root2.fragment(source, parsed.text, parsed.citations, segment.start, lineBase);
    ctx.collectDefinitions(parsed.tree);
    return { segment, parsed, ctx };
  });
  const entries = [];
  for (const { segment, parsed, ctx } of segments) {
    if (segment.tag !== void 0) {
      const line = lineOf2(source, segment.start);
      const read = readTagBlock(segment.tag, source.slice(segment.start, segment.end), root2, line);
      entries.push({ ...read, start: segment.start, end: segment.end, line });
    } else if (parsed && ctx) {
      entries.push(...readFlow(parsed.tree.children, ctx, lineOf2(source, segment.start)));
    }
  }
  if (dialect === "gfm") {
    for (const definition3 of root2.unusedDefinitions()) {
      root2.warn(
        "unused-definition",
        `[${definition3.label ?? definition3.identifier}]`,
        lineOf2(source, definition3.position?.start.offset ?? 0),
        "No link uses this reference definition, so Notion does not get it; it stays in the file."
      );
    }
  }
  return { entries, warnings: root2.warnings };
}
function readFragment(text5, ctx, line) {
  const parsed = parseSource(text5, ctx.dialect);
  const own8 = ctx.fragment(text5, parsed.text, parsed.citations, 0, line - 1);
  return readFlow(parsed.tree.children, own8, line).map((entry) => entry.block);
}
function readFlow(nodes, ctx, line) {
  const entries = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node2 = nodes[i];
    const start = ctx.start(node2);
    const at2 = ctx.line(node2, line);
    if (start !== void 0 && (node2.type === "html" || node2.type === "paragraph")) {
      const tag = notionBlockTagAt(ctx.source, ctx.dialect, start);
      const close2 = tag === void 0 ? void 0 : tagBlockEnd(ctx.source, start, tag);
      if (tag !== void 0 && close2 !== void 0) {
        let last = i;
        while (last + 1 < nodes.length && (ctx.start(nodes[last + 1]) ?? Infinity) < close2)
          last += 1;
        const end = Math.max(close2, ctx.end(nodes[last]) ?? close2);
        const column = (node2.position?.start.column ?? 1) - 1;
        const raw = dedent(unquote(ctx.source.slice(start, end), ctx.quoteDepth), column);
        entries.push({ ...readTagBlock(tag, raw, ctx, at2), start, end, line: at2 });
        i = last;
        continue;
      }
    }
    for (const entry of readNode(node2, ctx, at2)) entries.push(entry);
  }
  return entries;
}
function readNode(node2, ctx, line) {
  const start = ctx.start(node2) ?? 0;
  const end = ctx.end(node2) ?? start;
  const entry = (block, extra = {}) => [
    { block, start, end, line, ...extra }
  ];
  switch (node2.type) {
    case "paragraph":
      return entry(readParagraph(node2, ctx, line));
    case "heading": {
      let depth = node2.depth;
      if (depth > 4 && ctx.dialect === "gfm") {
        ctx.warn(
          "heading-level",
          `h${depth}`,
          line,
          `Notion headings stop at h4: this h${depth} is sent as h4.`
        );
        depth = 4;
      }
      return entry({
        type: "heading",
        depth,
        children: readBlockInlines(node2.children, ctx, line)
      });
    }
    case "thematicBreak":
      return entry({ type: "divider" });
    case "blockquote":
      return entry({
        type: "quote",
        children: readFlow(node2.children, ctx.quoted(), line).map((e) => e.block)
      });
    case "list":
      return readList(node2, ctx, line);
    case "code":
      if (node2.meta && ctx.dialect === "gfm") {
        ctx.warn(
          "code-info",
          `\`\`\`${node2.lang ?? ""} ${node2.meta}`,
          line,
          `Notion code blocks hold a language only: "${node2.meta}" is not sent.`
        );
      }
      return entry({
        type: "code",
        lang: node2.lang ?? "",
        value: node2.value.replace(/\r\n?/g, "\n")
      });
    case "math":
      return entry({ type: "math", value: node2.value.replace(/\r\n?/g, "\n") });
    case "html":
      return entry(...readHtmlBlock(node2, ctx, line));
    case "yaml":
    case "toml":
      ctx.warn(
        "front-matter",
        `${node2.type} front matter`,
        line,
        `Notion has no front matter: it is sent as a ${node2.type} code block (written back as front matter).`
      );
      return entry(
        { type: "code", lang: node2.type, value: node2.value },
        { origin: `frontmatter-${node2.type}` }
      );
    case "table":
      return readTable(node2, ctx, line);
    case "definition":
      if (ctx.dialect === "gfm") return [];
      return entry({ type: "paragraph", children: [{ type: "text", value: ctx.sourceOf(node2) }] });
    case "footnoteDefinition": {
      ctx.warn(
        "footnote",
        `[^${node2.label ?? node2.identifier}]:`,
        line,
        "Notion has no footnotes: the footnote text is sent as a paragraph of literal text."
      );
      const parts = [{ type: "text", value: `[^${node2.label ?? node2.identifier}]: ` }];
      node2.children.forEach((child, index2) => {
        if (index2 > 0) parts.push({ type: "break" });
        if (child.type === "paragraph") parts.push(...readInlines(child.children, ctx, line));
        else parts.push({ type: "text", value: ctx.sourceOf(child) });
      });
      return entry({ type: "paragraph", children: mergeText(parts) }, { origin: "footnote" });
    }
    default: {
      const other = node2;
      ctx.warn(
        "unsupported",
        other.type,
        line,
        `Sent as literal text: Notion has no form for this ${other.type}.`
      );
      return entry({ type: "paragraph", children: [{ type: "text", value: ctx.sourceOf(other) }] });
    }
  }
}
function readParagraph(node2, ctx, line) {
  const content3 = node2.children.filter(
    (child) => !(child.type === "text" && child.value.trim() === "")
  );
  const only = content3.length === 1 ? content3[0] : void 0;
  const image2 = only?.type === "link" && only.children.length === 1 ? only.children[0] : only;
  if (image2 && (image2.type === "image" || image2.type === "imageReference")) {
    const url = image2.type === "image" ? image2.url : ctx.definition(image2.identifier)?.url;
    const title = image2.type === "image" ? image2.title : ctx.definition(image2.identifier)?.title;
    if (url !== void 0) {
      if (title)
        ctx.warn(
          "image-title",
          "image title",
          line,
          `Notion images have no title: "${title}" is not sent.`
        );
      if (only !== image2 && only?.type === "link") {
        ctx.warn(
          "image-link",
          "linked image",
          line,
          `Notion images cannot be links: the link to ${only.url} is not sent.`
        );
      }
      return { type: "image", url, alt: image2.alt ?? "" };
    }
  }
  return { type: "paragraph", children: readBlockInlines(node2.children, ctx, line) };
}
function readHtmlBlock(node2, ctx, line) {
  const firstTag = /^\s*(<[^>]*>)/.exec(node2.value)?.[1];
  const inlineTag = firstTag === void 0 ? void 0 : classifyInlineTag(firstTag);
  const inlineStart = inlineTag !== void 0 && inlineTag.kind !== "break";
  if (inlineStart) return [readHtmlAsParagraph(node2, ctx, line)];
  if (ctx.dialect === "v2") {
    const lines = node2.value.replace(/\r\n?/g, "\n").split("\n");
    const children = lines.flatMap(
      (text5, index2) => index2 === 0 ? [{ type: "text", value: text5 }] : [{ type: "break" }, { type: "text", value: text5 }]
    );
    return [{ type: "paragraph", children: mergeText(children) }];
  }
  const construct = node2.value.trim().startsWith("<!--") ? "HTML comment" : `HTML block ${firstTag ?? ""}`.trim();
  ctx.warn("html-block", construct, line, HTML_BLOCK_MESSAGE);
  return [
    { type: "code", lang: "html", value: node2.value.replace(/\r\n?/g, "\n") },
    { origin: "html" }
  ];
}
function readHtmlAsParagraph(node2, ctx, line) {
  const offset = node2.position?.start.offset;
  const text5 = "x" + ctx.textOf(node2);
  const parsed = parseSource(text5, ctx.dialect);
  const first = parsed.tree.children[0];
  if (offset === void 0 || first?.type !== "paragraph" || parsed.tree.children.length !== 1) {
    return { type: "paragraph", children: [{ type: "text", value: node2.value }] };
  }
  const shifted = ctx.fragment(ctx.source, text5, ctx.citations, ctx.base + offset - 1, line - 1);
  const children = readBlockInlines(first.children, shifted, line);
  const head = children[0];
  if (head?.type !== "text") return { type: "paragraph", children };
  return {
    type: "paragraph",
    children: mergeText([{ type: "text", value: head.value.slice(1) }, ...children.slice(1)])
  };
}
function readList(list4, ctx, line) {
  return list4.children.map((item, index2) => {
    const at2 = ctx.line(item, line);
    const blocks2 = readItemChildren(item.children, ctx, at2);
    let kind = list4.ordered ? "ordered" : "bullet";
    let checked = item.checked === true;
    const first = item.children[0];
    let title = [];
    if (first?.type === "paragraph" && blocks2[0]?.type === "paragraph") {
      title = blocks2[0].children;
      blocks2.shift();
    }
    if (typeof item.checked === "boolean") {
      if (list4.ordered && ctx.dialect === "gfm") {
        ctx.warn(
          "numbered-todo",
          "numbered task item",
          at2,
          "Notion to-dos have no number: sent as a to-do."
        );
      }
      kind = "todo";
    } else if (isBareCheckbox(first, title, ctx)) {
      kind = "todo";
      checked = title[0]?.type === "text" && title[0].value !== "[ ]";
      title = [];
    }
    if (index2 === 0 && list4.ordered && (list4.start ?? 1) !== 1 && ctx.dialect === "gfm") {
      ctx.warn(
        "list-start",
        `${list4.start ?? 1}.`,
        at2,
        `Notion numbers every list from 1: this list starts at ${list4.start ?? 1} in the file.`
      );
    }
    const block = {
      type: "item",
      kind,
      checked,
      number: (list4.start ?? 1) + index2,
      title,
      children: blocks2
    };
    const start = ctx.start(item) ?? 0;
    return { block, start, end: ctx.end(item) ?? start, line: at2 };
  });
}
function readItemChildren(children, ctx, line) {
  const [first, ...rest] = children;
  if (ctx.dialect === "v2" && first?.type === "paragraph") {
    const lines = ctx.sourceOf(first).split("\n");
    const cut = lines.findIndex(
      (text5, index2) => index2 > 0 && notionBlockTagAt(text5.trimStart(), "v2") !== void 0
    );
    if (cut > 0) {
      const indent2 = (lines[cut] ?? "").length - (lines[cut] ?? "").trimStart().length;
      const tail = lines.slice(cut).map((text5) => text5.replace(new RegExp(`^[ \\t]{0,${indent2}}`), ""));
      return [
        ...readFragment(lines.slice(0, cut).join("\n"), ctx, line),
        ...readFragment(tail.join("\n"), ctx, line + cut),
        ...readFlow(rest, ctx, line).map((entry) => entry.block)
      ];
    }
  }
  return readFlow(children, ctx, line).map((entry) => entry.block);
}
function isBareCheckbox(first, title, ctx) {
  const only = title.length === 1 ? title[0] : void 0;
  if (only?.type !== "text" || !/^\[[ xX]\]$/.test(only.value) || first?.type !== "paragraph")
    return false;
  return ctx.sourceOf(first).startsWith("[");
}

// src/markdown/write-v2.ts
function writeV2Blocks(blocks2, options = {}) {
  let out = "";
  let number = 0;
  blocks2.forEach((block, index2) => {
    const previous4 = blocks2[index2 - 1];
    const tight = previous4 && sameList(previous4, block) && !isTagItem(previous4) && !isTagItem(block);
    if (index2 > 0) out += tight ? "\n" : "\n\n";
    number = block.type === "item" && previous4 && sameList(previous4, block) ? number + 1 : block.type === "item" ? block.number : 0;
    out += writeV2Block(block, options, number);
  });
  return out;
}
function isTagItem(block) {
  return block.type === "item" && hasEdgeSpace2(block.title);
}
function sameList(a, b3) {
  if (a.type !== "item" || b3.type !== "item") return false;
  return a.kind === "ordered" === (b3.kind === "ordered");
}
function writeV2Block(block, options = {}, number = 1) {
  const key = options.key === true;
  const inline = (children, heading2 = false) => writeV2Inlines(children, { key, table: false, heading: heading2 }, true);
  switch (block.type) {
    case "paragraph":
      if (block.children.length === 0) return "<p />";
      if (hasEdgeSpace2(block.children)) return `<p>${tagTitle(block.children, key)}</p>`;
      return inline(block.children);
    case "heading": {
      const depth = Math.min(Math.max(block.depth, 1), 4);
      if (hasEdgeSpace2(block.children)) {
        return `<h${depth}>${tagTitle(block.children, key)}</h${depth}>`;
      }
      const text5 = inline(block.children, true).replace(
        /(?<!\\)#+$/,
        (run) => run.replace(/#/g, "\\#")
      );
      return `${"#".repeat(depth)} ${text5}`.trimEnd();
    }
    case "item":
      return writeItem(block, options, key ? 1 : number);
    case "quote":
      return writeQuote(block.children, options);
    case "code": {
      const longest = Math.max(0, ...[...block.value.matchAll(/`+/g)].map((run) => run[0].length));
      const fence3 = "`".repeat(Math.max(3, longest + 1));
      const lang = (key ? block.lang.toLowerCase() : block.lang).replace(/[`\s]/g, "");
      return block.value === "" ? `${fence3}${lang}
${fence3}` : `${fence3}${lang}
${block.value}
${fence3}`;
    }
    case "math":
      return `$$
${block.value}
$$`;
    case "divider":
      return "---";
    case "table":
      return writeTable(block.rows, key);
    case "image":
      return `![${escapeText(block.alt, "", false, key)}](${destination(block.url)})`;
    case "raw":
      return key ? block.value.replace(/[ \t]+$/gm, "").trimEnd() : block.value;
  }
}
function writeItem(item, options, number) {
  if (hasEdgeSpace2(item.title)) return writeTagItem(item, options);
  const marker = item.kind === "ordered" ? `${number}.` : "-";
  const checkbox = item.kind === "todo" ? item.checked ? "[x]" : "[ ]" : "";
  const indent2 = " ".repeat(marker.length + 1);
  const title = writeV2Inlines(
    item.title,
    { key: options.key === true, table: false, heading: false },
    checkbox === ""
  );
  const head = [marker, checkbox, title].filter((part) => part !== "").join(" ");
  let out = indentLines2(head, indent2);
  if (item.children.length > 0) {
    const firstIsItem = canInterruptParagraph(item.children[0]);
    const separator = title === "" ? checkbox === "" ? "\n" : "\n\n" : firstIsItem ? "\n" : "\n\n";
    out += separator + indent2 + indentLines2(writeV2Blocks(item.children, options), indent2);
  }
  return out;
}
function writeTagItem(item, options) {
  const title = tagTitle(item.title, options.key === true);
  const body = item.children.length > 0 ? `

${writeV2Blocks(item.children, options)}
` : "";
  if (item.kind === "todo") return `<todo checked="${String(item.checked)}">${title}${body}</todo>`;
  const name = item.kind === "ordered" ? "ol" : "ul";
  return `<${name}>
<li>${title}${body}</li>
</${name}>`;
}
function canInterruptParagraph(block) {
  if (block?.type !== "item") return false;
  if (block.title.length === 0 && block.kind !== "todo") return false;
  return block.kind !== "ordered" || block.number === 1;
}
function hasEdgeSpace2(inlines) {
  const first = inlines[0];
  const last = inlines[inlines.length - 1];
  return first?.type === "text" && /^[ \t]/.test(first.value) || last?.type === "text" && /[ \t]$/.test(last.value);
}
function tagTitle(inlines, key) {
  return writeV2Inlines(inlines, { key, table: false, heading: false }, false);
}
function writeQuote(children, options) {
  const [first, ...rest] = children;
  if (!first) return ">";
  if (first.type === "paragraph" && hasEdgeSpace2(first.children)) {
    const title2 = tagTitle(first.children, options.key === true);
    const body2 = rest.length > 0 ? `

${writeV2Blocks(rest, options)}
` : "";
    return `<quote>${title2}${body2}</quote>`;
  }
  if (first.type === "paragraph" && rest.length === 0) {
    return writeV2Block(first, options).split("\n").map((line) => `> ${line}`).join("\n");
  }
  const title = first.type === "paragraph" ? writeV2Block(first, options) : "<p />";
  const body = first.type === "paragraph" ? rest : children;
  return `<quote>
${title}${body.length > 0 ? `

${writeV2Blocks(body, options)}` : ""}
</quote>`;
}
function writeTable(rows, key) {
  const width = rows[0]?.length ?? 0;
  const line = (cells) => `| ${cells.map((cell) => writeV2Inlines(cell, { key, table: true, heading: false }, false)).join(" | ")} |`;
  const delimiter = `| ${Array.from({ length: width }, () => "---").join(" | ")} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), delimiter, ...body.map(line)].join("\n");
}
function writeV2TableRow(rows, index2, key) {
  const lines = writeTable(rows, key).split("\n");
  return index2 === 0 ? `${lines[0] ?? ""}
${lines[1] ?? ""}` : lines[index2 + 1] ?? "";
}
function indentLines2(text5, indent2) {
  return text5.replace(/\n(?=[^\n])/g, `
${indent2}`);
}
function writeV2Inlines(inlines, ctx, lineStart) {
  let out = "";
  let atLineStart = lineStart;
  inlines.forEach((inline, index2) => {
    const before = out.slice(-1);
    const after = firstChar(inlines[index2 + 1], ctx);
    const written = writeInline(inline, ctx, before, after, atLineStart);
    out += written;
    atLineStart = inline.type === "break" && !ctx.table && !ctx.heading;
  });
  return out;
}
function writeInline(inline, ctx, before, after, lineStart) {
  switch (inline.type) {
    case "text":
      return escapeText(
        ctx.key ? inline.value.replace(/\s+/g, " ") : inline.value,
        before,
        lineStart,
        ctx.key
      );
    case "strong":
    case "emphasis":
    case "delete": {
      const inner = writeV2Inlines(inline.children, ctx, false);
      const delimiter = inline.type === "strong" ? "**" : inline.type === "emphasis" ? "*" : "~~";
      if (delimiterSafe(inner, delimiter[0] ?? "*", before, after))
        return `${delimiter}${inner}${delimiter}`;
      const tag = inline.type === "strong" ? "b" : inline.type === "emphasis" ? "i" : "s";
      return `<${tag}>${inner}</${tag}>`;
    }
    case "underline":
      return `<u>${writeV2Inlines(inline.children, ctx, false)}</u>`;
    case "span":
      return `${inline.open}${writeV2Inlines(inline.children, ctx, false)}</span>`;
    case "inlineCode": {
      const value2 = ctx.table ? inline.value.replace(/\|/g, "\\|") : inline.value;
      const longest = Math.max(0, ...[...value2.matchAll(/`+/g)].map((run) => run[0].length));
      const fence3 = "`".repeat(longest + 1);
      const pad = /^`|`$/.test(value2) || /^ .* $/.test(value2) && value2.trim() !== "" ? " " : "";
      return `${fence3}${pad}${value2}${pad}${fence3}`;
    }
    case "inlineMath":
      return `$${inline.value}$`;
    case "link": {
      const only = inline.children.length === 1 ? inline.children[0] : void 0;
      if (only?.type === "text" && only.value === inline.url && AUTOLINK.test(inline.url)) {
        return `<${inline.url}>`;
      }
      const text5 = writeV2Inlines(inline.children, ctx, false);
      const url = ctx.table ? inline.url.replace(/\|/g, "%7C") : inline.url;
      return `[${text5}](${destination(url)})`;
    }
    case "break":
      return ctx.table ? "<br />" : ctx.heading ? " " : "\\\n";
    case "atom":
      return inline.raw;
  }
}
function firstChar(inline, ctx) {
  if (!inline) return "";
  if (inline.type === "text") return escapeText(inline.value, "*", false, ctx.key).slice(0, 1);
  return inline.type === "break" ? "\n" : "<";
}
var AUTOLINK = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\\|]*$/;
var WHITESPACE = /^\s$/u;
var PUNCTUATION = /^[\p{P}\p{S}]$/u;
function delimiterSafe(inner, mark, before, after) {
  const first = inner.slice(0, 1);
  const last = inner.slice(-1);
  if (inner === "" || WHITESPACE.test(first) || WHITESPACE.test(last)) return false;
  if (first === mark || last === mark || before === mark || after === mark) return false;
  const outsideBefore = before === "" || WHITESPACE.test(before) || PUNCTUATION.test(before);
  const outsideAfter = after === "" || WHITESPACE.test(after) || PUNCTUATION.test(after);
  if (PUNCTUATION.test(first) && !outsideBefore) return false;
  if (PUNCTUATION.test(last) && !outsideAfter) return false;
  return true;
}
var ALWAYS_ESCAPED = /* @__PURE__ */ new Set(["\\", "*", "`", "~", "$", "[", "]", "<", ">", "|", "^"]);
var ENTITY = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
var WORD = /^[\p{L}\p{N}]$/u;
function escapeText(value2, before, lineStart, key) {
  let out = "";
  for (let i = 0; i < value2.length; i += 1) {
    const char = value2[i] ?? "";
    const previous4 = i === 0 ? before : value2[i - 1] ?? "";
    const next = value2[i + 1] ?? "";
    if (ALWAYS_ESCAPED.has(char)) out += `\\${char}`;
    else if (char === "_") out += WORD.test(previous4) && WORD.test(next) ? "_" : "\\_";
    else if (char === "&") out += ENTITY.test(value2.slice(i)) ? "\\&" : "&";
    else out += char;
  }
  if (lineStart && !key) out = escapeLineStart(out);
  return out;
}
function escapeLineStart(text5) {
  const ordered = /^(\s*\d{1,9})([.)])/.exec(text5);
  if (ordered) return `${ordered[1] ?? ""}\\${ordered[2] ?? ""}${text5.slice(ordered[0].length)}`;
  return text5.replace(/^(\s*)([#+=-])/, "$1\\$2");
}
function destination(url) {
  if (url === "" || /[\s()<>]/.test(url))
    return `<${url.replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\n/g, "%0A")}>`;
  return url.replace(/\\/g, "%5C");
}

// src/markdown/blocks.ts
var SEPARATOR = "\u241E";
var recent = /* @__PURE__ */ new Map();
var RECENT_LIMIT = 16;
function unitsOf(source, dialect) {
  const cacheKey = `${dialect}\0${source}`;
  const cached = recent.get(cacheKey);
  if (cached) return cached;
  const result = readUnits(source, dialect);
  recent.set(cacheKey, result);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value);
  return result;
}
function readUnits(source, dialect) {
  const { entries, warnings } = readDocument(source, dialect);
  const units = [];
  for (const entry of entries) {
    const { block } = entry;
    if (block.type === "table" && entry.rows) {
      entry.rows.forEach((span, row) => {
        const kind2 = row === 0 ? "table-head" : "table-row";
        const key = `${kind2}${SEPARATOR}${writeV2TableRow(block.rows, row, true)}`;
        units.push({
          kind: kind2,
          key,
          ...span,
          text: source.slice(span.start, span.end),
          ir: block,
          row
        });
      });
      continue;
    }
    const kind = kindOf(block);
    units.push({
      kind,
      key: `${kind}${SEPARATOR}${writeV2Block(block, { key: true })}`,
      start: entry.start,
      end: entry.end,
      line: entry.line,
      text: source.slice(entry.start, entry.end),
      ir: block,
      ...entry.origin ? { origin: entry.origin } : {}
    });
  }
  return { units, warnings };
}
function kindOf(block) {
  switch (block.type) {
    case "item":
      return block.kind === "ordered" ? "numbered-item" : `${block.kind}-item`;
    case "math":
      return "equation";
    case "raw":
      return "notion-tag";
    case "table":
      return "table-head";
    default:
      return block.type;
  }
}
function groupOf(unit) {
  if (unit.ir.type === "item") return unit.ir.kind === "ordered" ? "list-ordered" : "list-bullet";
  if (unit.kind === "table-row") return "table";
  return void 0;
}
function continuesGroup(previous4, next) {
  if (next.kind === "table-head") return false;
  if (previous4.kind === "table-head" || previous4.kind === "table-row")
    return next.kind === "table-row";
  const group = groupOf(previous4);
  return group !== void 0 && group === groupOf(next);
}
function toBlock(unit) {
  return {
    kind: unit.kind,
    key: unit.key,
    start: unit.start,
    end: unit.end,
    line: unit.line,
    text: unit.text
  };
}
function gfmBlocks(gfm2) {
  return unitsOf(gfm2, "gfm").units.map(toBlock);
}
function notionBlocks(v2) {
  return unitsOf(v2, "v2").units.map(toBlock);
}

// src/markdown/write-gfm.ts
function writeGfmBlocks(blocks2) {
  const root2 = { type: "root", children: toFlow(blocks2) };
  const text5 = gfmWriter.stringify(root2);
  return blocks2[0]?.type === "divider" ? `***${text5.slice(3)}` : text5;
}
function writeGfmBlock(block, style) {
  if (block.type !== "item" || !style) return writeGfmBlocks([block]).replace(/\n+$/, "");
  const list4 = {
    type: "list",
    ordered: block.kind === "ordered",
    start: style.number,
    spread: false,
    children: [toItem(block)]
  };
  const text5 = gfmWriter.stringify({ type: "root", children: [list4] }).replace(/\n+$/, "");
  if (block.kind === "ordered")
    return style.delimiter === ")" ? text5.replace(/^(\d+)\./, "$1)") : text5;
  return text5.replace(/^-/, style.bullet);
}
function writeGfmTableLines(rows) {
  return writeGfmBlocks([{ type: "table", rows }]).replace(/\n+$/, "").split("\n");
}
function toFlow(blocks2) {
  const out = [];
  blocks2.forEach((block, index2) => {
    const previous4 = blocks2[index2 - 1];
    if (block.type === "item") {
      const last = out[out.length - 1];
      if (last?.type === "list" && previous4 && sameList(previous4, block)) {
        last.children.push(toItem(block));
        return;
      }
      out.push({
        type: "list",
        ordered: block.kind === "ordered",
        start: block.number,
        spread: false,
        children: [toItem(block)]
      });
      return;
    }
    out.push(toBlock2(block));
  });
  return out;
}
function toItem(item) {
  const children = toFlow(item.children);
  const spread = item.children.some((child) => child.type !== "item") || item.children.length > 0 && !canInterruptParagraph(item.children[0]);
  if (item.kind === "todo" && item.title.length === 0) {
    const box = {
      type: "paragraph",
      children: [{ type: "html", value: item.checked ? "[x]" : "[ ]" }]
    };
    return {
      type: "listItem",
      spread: children.length > 0,
      checked: null,
      children: [box, ...children]
    };
  }
  const title = item.title.length > 0 ? [{ type: "paragraph", children: toPhrasing(item.title, false) }] : [];
  return {
    type: "listItem",
    spread,
    checked: item.kind === "todo" ? item.checked : null,
    children: [...title, ...children]
  };
}
function toBlock2(block) {
  switch (block.type) {
    case "paragraph":
      if (block.children.length === 0) return { type: "html", value: "<p />" };
      return { type: "paragraph", children: toPhrasing(block.children, false) };
    case "heading":
      return {
        type: "heading",
        depth: Math.min(Math.max(block.depth, 1), 6),
        children: toPhrasing(block.children, false)
      };
    case "quote":
      return { type: "blockquote", children: toFlow(block.children) };
    case "code":
      return { type: "code", lang: block.lang || null, meta: null, value: block.value };
    case "math":
      return { type: "math", value: block.value };
    case "divider":
      return { type: "thematicBreak" };
    case "table":
      return {
        type: "table",
        align: (block.rows[0] ?? []).map(() => null),
        children: block.rows.map((row) => ({
          type: "tableRow",
          children: row.map((cell) => ({ type: "tableCell", children: toPhrasing(cell, true) }))
        }))
      };
    case "image":
      return {
        type: "paragraph",
        children: [{ type: "image", url: block.url, alt: block.alt, title: null }]
      };
    case "raw":
      return { type: "html", value: block.value };
  }
}
function toPhrasing(inlines, table) {
  return inlines.flatMap((inline) => {
    switch (inline.type) {
      case "text":
        return [{ type: "text", value: inline.value }];
      case "strong":
      case "emphasis":
      case "delete":
        return [{ type: inline.type, children: toPhrasing(inline.children, table) }];
      case "underline":
        return [
          { type: "html", value: "<u>" },
          ...toPhrasing(inline.children, table),
          { type: "html", value: "</u>" }
        ];
      case "span":
        return [
          { type: "html", value: inline.open },
          ...toPhrasing(inline.children, table),
          { type: "html", value: "</span>" }
        ];
      case "inlineCode":
        return [{ type: "inlineCode", value: inline.value }];
      case "inlineMath":
        return [{ type: "inlineMath", value: inline.value }];
      case "link":
        return [
          {
            type: "link",
            url: inline.url,
            title: null,
            children: toPhrasing(inline.children, table)
          }
        ];
      case "break":
        return [table ? { type: "html", value: "<br>" } : { type: "break" }];
      case "atom":
        return [{ type: "html", value: inline.raw }];
    }
  });
}

// src/markdown/convert.ts
function gfmToNotion(gfm2) {
  const { entries, warnings } = readDocument(gfm2, "gfm");
  return {
    markdown: writeV2Blocks(entries.map((entry) => entry.block)),
    warnings: sortWarnings(warnings)
  };
}
function notionToGfm(v2) {
  const { entries, warnings } = readDocument(v2, "v2");
  return {
    markdown: writeGfmBlocks(entries.map((entry) => entry.block)),
    warnings: sortWarnings(warnings)
  };
}
function sortWarnings(warnings) {
  return [...warnings].sort((a, b3) => a.line - b3.line);
}

// src/markdown/hash.ts
var SIGNATURE_PARAMETER = /(?:^|&)(?:X-Amz-(?:Signature|Credential|Date|Expires|Security-Token)|Signature|signature|expirationTimestamp|Expires|Key-Pair-Id)=/;
function normalizeForHash(v2) {
  return v2.replace(/\r\n?/g, "\n").replace(
    /(https?:\/\/[^\s"'<>()?#]+)\?([^\s"'<>()#]*)/g,
    (url, base, query) => SIGNATURE_PARAMETER.test(query.replace(/&amp;/g, "&")) ? base : url
  ).trimEnd();
}

// src/markdown/splice.ts
function applyNotionEditToGfm(localGfm, baseV2, newV2) {
  const unchanged = { gfm: localGfm, changed: 0, warnings: [], conflicts: [] };
  if (baseV2 === newV2) return unchanged;
  const base = unitsOf(baseV2, "v2").units;
  const next = unitsOf(newV2, "v2");
  const baseToNext = alignBlocks(base, next.units);
  if (baseToNext.every((op) => op.type === "equal")) return unchanged;
  const local = unitsOf(localGfm, "gfm").units;
  const style = localStyle(local);
  const localOf = /* @__PURE__ */ new Map();
  for (const op of alignBlocks(local, base)) {
    if (op.type === "equal" || op.type === "changed")
      localOf.set(op.b, { index: op.a, same: op.type === "equal" });
  }
  const replaced = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Set();
  const inserts = /* @__PURE__ */ new Map();
  const conflicts = [];
  const used = [];
  let anchor = -1;
  for (const op of baseToNext) {
    if (op.type === "added") {
      const unit = next.units[op.b];
      inserts.set(anchor, [...inserts.get(anchor) ?? [], unit]);
      used.push(unit);
      continue;
    }
    const mapped = localOf.get(op.a);
    if (mapped) anchor = mapped.index;
    if (op.type === "equal") continue;
    const notion = op.type === "changed" ? next.units[op.b] : void 0;
    const localUnit = mapped ? local[mapped.index] : void 0;
    if (mapped?.same && localUnit) {
      if (notion) {
        replaced.set(
          mapped.index,
          gfmText(notion, style, replacementStyle(notion, localUnit), localUnit.origin)
        );
        used.push(notion);
      } else {
        removed.add(mapped.index);
      }
    } else if (notion || localUnit) {
      conflicts.push({
        line: localUnit?.line ?? local[anchor]?.line ?? 1,
        reason: !localUnit ? "deleted-locally-edited-in-notion" : notion ? "both-edited" : "edited-locally-deleted-in-notion",
        local: localUnit?.text ?? "",
        notion: notion ? gfmText(notion, style) : ""
      });
    }
  }
  const changed = replaced.size + removed.size + [...inserts.values()].reduce((n, units) => n + units.length, 0);
  if (changed === 0) return { ...unchanged, conflicts };
  const gfm2 = render2(localGfm, local, style, replaced, removed, inserts);
  return { gfm: gfm2, changed, warnings: warningsFor(used, next.warnings), conflicts };
}
function warningsFor(units, warnings) {
  return warnings.filter(
    (warning) => units.some(
      (unit) => warning.line >= unit.line && warning.line <= unit.line + lineCount(unit.text) - 1
    )
  );
}
function lineCount(text5) {
  return text5.split("\n").length;
}
function gfmText(unit, local, style, origin) {
  const { ir: ir2 } = unit;
  if (unit.row !== void 0 && ir2.type === "table") {
    const lines = writeGfmTableLines(ir2.rows);
    return unit.row === 0 ? lines.slice(0, 2).join("\n") : lines[unit.row + 1] ?? "";
  }
  const restored = restoreOrigin(ir2, origin);
  if (restored !== void 0) return restored;
  const text5 = writeGfmBlock(ir2, ir2.type === "item" ? style : void 0);
  return local.footnotes.size === 0 ? text5 : text5.replace(
    /\\\[\^([^\]\s]+)\]/g,
    (match, label2) => local.footnotes.has(label2) ? `[^${label2}]` : match
  );
}
function restoreOrigin(ir2, origin) {
  let restored;
  if (ir2.type === "code") {
    if (origin === "html" && ir2.lang === "html") restored = ir2.value;
    if (origin === "frontmatter-yaml" && ir2.lang === "yaml") restored = `---
${ir2.value}
---`;
    if (origin === "frontmatter-toml" && ir2.lang === "toml") restored = `+++
${ir2.value}
+++`;
  }
  const head = ir2.type === "paragraph" ? ir2.children[0] : void 0;
  const label2 = head?.type === "text" ? /^\[\^([^\]\s]+)\]: /.exec(head.value) : null;
  if (origin === "footnote" && ir2.type === "paragraph" && head?.type === "text" && label2) {
    const rest = [
      { type: "text", value: head.value.slice(label2[0].length) },
      ...ir2.children.slice(1)
    ];
    restored = `${label2[0]}${writeGfmBlock({ type: "paragraph", children: rest })}`;
  }
  if (restored === void 0) return void 0;
  const [only, ...others] = unitsOf(restored, "gfm").units;
  return only && others.length === 0 && only.origin === origin && only.text === restored ? restored : void 0;
}
function localStyle(local) {
  const footnotes = /* @__PURE__ */ new Set();
  for (const unit of local) {
    const label2 = unit.origin === "footnote" ? /^\[\^([^\]\s]+)\]:/.exec(unit.text) : null;
    if (label2?.[1]) footnotes.add(label2[1]);
  }
  return { footnotes };
}
function styleOf(unit) {
  if (unit.ir.type !== "item") return void 0;
  const marker = /^(?:([-*+])|(\d{1,9})([.)]))/.exec(unit.text);
  if (!marker) return void 0;
  return {
    bullet: marker[1] ?? "-",
    delimiter: marker[3] ?? ".",
    number: Number(marker[2] ?? 1)
  };
}
function replacementStyle(unit, local) {
  return continuesGroup(local, unit) || continuesGroup(unit, local) ? styleOf(local) : void 0;
}
function render2(source, local, fileStyle, replaced, removed, inserts) {
  const eol2 = source.includes("\r\n") ? "\r\n" : "\n";
  const counting = numbersCount(local);
  const placed = (units, left, right) => {
    const out2 = [];
    let style;
    let previous4 = left;
    (units ?? []).forEach((unit, index2) => {
      if (previous4 && continuesGroup(previous4, unit)) {
        const base = index2 === 0 || !style ? styleOf(previous4) : style;
        style = base ? { ...base, number: base.number + (counting ? 1 : 0) } : void 0;
      } else if (right && continuesGroup(unit, right)) {
        const next = styleOf(right);
        style = next && counting && next.number > 1 ? { ...next, number: next.number - 1 } : next;
      } else {
        style = void 0;
      }
      out2.push({ unit, text: gfmText(unit, fileStyle, style).replace(/\n/g, eol2) });
      previous4 = unit;
    });
    return out2;
  };
  const intra = intraGap(source, local);
  const separator = (left, right) => (continuesGroup(left, right) ? intra : "\n\n").replace(/\n/g, eol2);
  if (local.length === 0) {
    const added = placed(inserts.get(-1), void 0, void 0);
    const body = added.map((p2, i) => (i === 0 ? "" : separator(added[i - 1].unit, p2.unit)) + p2.text).join("");
    const kept2 = source.trimEnd();
    return `${kept2}${kept2 ? eol2 + eol2 : ""}${body}${eol2}`;
  }
  const kept = local.map((_3, index2) => index2).filter((index2) => !removed.has(index2));
  let out = "";
  const bounds = [-1, ...kept, local.length];
  for (let s = 0; s + 1 < bounds.length; s += 1) {
    const a = bounds[s];
    const b3 = bounds[s + 1];
    if (a >= 0) out += replaced.get(a)?.replace(/\n/g, eol2) ?? local[a].text;
    const from = a >= 0 ? local[a].end : 0;
    const to2 = b3 < local.length ? local[b3].start : source.length;
    const gaps = [];
    let cursor = from;
    const newUnits = [];
    for (let index2 = a; index2 < b3; index2 += 1) {
      if (index2 > a) {
        gaps.push(source.slice(cursor, local[index2].start));
        cursor = local[index2].end;
      }
      newUnits.push(...inserts.get(index2) ?? []);
    }
    gaps.push(source.slice(cursor, to2));
    const left = a >= 0 ? local[a] : void 0;
    const right = b3 < local.length ? local[b3] : void 0;
    out += stretch(gaps, placed(newUnits, left, right), left, right, separator);
  }
  return out;
}
function stretch(gaps, added, left, right, separator) {
  const joined = gaps.join("");
  const blank = joined.trim() === "";
  let carrier;
  if (!blank)
    carrier = left && right ? joined.replace(
      /(\r?\n[ \t]*){3,}/g,
      (run) => run.slice(0, run.indexOf("\n", run.indexOf("\n") + 1) + 1)
    ) : joined;
  else if (!left) carrier = gaps[0] ?? "";
  else if (!right) carrier = gaps[gaps.length - 1] ?? "";
  else
    carrier = gaps.reduce(
      (most, gap) => newlines(gap) > newlines(most) ? gap : most,
      gaps[0] ?? ""
    );
  if (added.length === 0) return carrier;
  const first = added[0].unit;
  const last = added[added.length - 1].unit;
  const body = added.map((p2, i) => (i === 0 ? "" : separator(added[i - 1].unit, p2.unit)) + p2.text).join("");
  const before = left ? separator(left, first) : "";
  const after = right ? separator(last, right) : "";
  if (!left) return carrier + body + after;
  if (!right) return before + body + carrier;
  if (blank) return before + body + after;
  return continuesGroup(left, first) ? before + body + carrier : carrier + body + after;
}
function newlines(text5) {
  return text5.split("\n").length - 1;
}
function numbersCount(local) {
  for (let i = 0; i + 1 < local.length; i += 1) {
    const left = styleOf(local[i]);
    const right = styleOf(local[i + 1]);
    const sameList2 = continuesGroup(local[i], local[i + 1]);
    if (sameList2 && left && right && local[i].ir.type === "item" && local[i].kind === "numbered-item") {
      return right.number !== left.number;
    }
  }
  return true;
}
function intraGap(source, local) {
  for (let i = 0; i + 1 < local.length; i += 1) {
    const left = local[i];
    const right = local[i + 1];
    if (left.ir.type === "item" && continuesGroup(left, right)) {
      const gap = source.slice(left.end, right.start).replace(/\r\n/g, "\n");
      if (/^\n+$/.test(gap)) return gap;
    }
  }
  return "\n";
}

// src/notion/page-markdown.ts
var MAX_SUBTREE_READS = 100;
async function readWholePage(store, pageId) {
  const first = await store.readMarkdown(pageId);
  const whole = {
    markdown: first.markdown,
    unshared: [],
    unloaded: [],
    missing: []
  };
  if (!first.truncated) return whole;
  const queue = [...first.unknownBlockIds];
  let reads = 0;
  while (queue.length > 0) {
    const id = queue.shift();
    if (reads >= MAX_SUBTREE_READS) {
      whole.missing.push(id);
      continue;
    }
    reads++;
    const subtree = await store.readSubtree(id);
    if (subtree === void 0) {
      whole.unshared.push(id);
      continue;
    }
    const tag = unknownTagOf(whole.markdown, id);
    if (tag === void 0) {
      whole.missing.push(id);
      continue;
    }
    whole.markdown = whole.markdown.replace(tag, () => subtree.markdown);
    whole.unloaded.push(id);
    if (subtree.truncated) queue.push(...subtree.unknownBlockIds);
  }
  return whole;
}
function unknownTagOf(markdown, blockId) {
  const compact = blockId.replace(/-/g, "").toLowerCase();
  for (const match of markdown.matchAll(/<unknown\b[^>]*?\/>/g)) {
    const url = /\burl="([^"]*)"/.exec(match[0])?.[1];
    if (url !== void 0 && url.replace(/-/g, "").toLowerCase().includes(compact)) return match[0];
  }
  return void 0;
}
function unsharedReason(ids) {
  return `the page holds content not shared with this integration (a sub-page: ${ids.join(", ")}); Notion shows it only as <unknown>, so the page cannot be synced whole. Share that sub-page with the integration (\u2022\u2022\u2022 \u2192 Connections) or move it out of the page; nothing was written`;
}
var blocks = (n) => `${n} block${n === 1 ? "" : "s"}`;
function missingReason(ids) {
  return `the page is too large for Notion to load whole (${blocks(ids.length)} could not be read back); split it into smaller pages; nothing was written`;
}
function unloadedReason(ids) {
  return `the page is too large for Notion to load whole (${blocks(ids.length)} past its record limit), so its body cannot be replaced; split it into smaller pages; nothing was written`;
}

// src/notion/schema-check.ts
function checkSchema(properties, databaseId) {
  const problems = [];
  const warnings = [];
  const available = /* @__PURE__ */ new Set();
  const titleName = Object.entries(properties).find(([, p2]) => p2.type === "title")?.[0];
  for (const [key, spec] of Object.entries(PROPERTIES)) {
    if (key === "title") {
      if (titleName !== void 0) available.add(key);
      continue;
    }
    const actual = properties[spec.name];
    if (actual === void 0) {
      if (spec.required) problems.push(`"${spec.name}" is missing (add it as ${label(spec.type)})`);
      else if (key === "sync") {
        warnings.push(
          `the database has no "Sync" text property: without it each machine trusts only its own spine; run \`idse-sync init\` to add it`
        );
      }
      continue;
    }
    if (actual.type !== spec.type) {
      const message = `"${spec.name}" is ${label(actual.type)}, not ${label(spec.type)}`;
      if (spec.required) problems.push(`${message} (change its type in Notion)`);
      else warnings.push(`${message}; it is left alone`);
      continue;
    }
    available.add(key);
  }
  if (problems.length > 0) {
    throw new IdseError(
      "schema-invalid",
      `The Notion database ${databaseId} does not have the IDSE properties: ${problems.join("; ")}.`,
      "Fix the properties in Notion (or run `idse-sync init` to create a database), then run again."
    );
  }
  const options = properties[PROPERTIES.status.name]?.status?.options;
  const stages = properties[PROPERTIES.stage.name]?.select?.options;
  return {
    titleName: titleName ?? PROPERTIES.title.name,
    available,
    warnings,
    ...options !== void 0 ? { statusOptions: new Set(options.map((o2) => o2.name)) } : {},
    ...stages !== void 0 ? { stageOptions: stages.map((o2) => o2.name) } : {}
  };
}
function label(type) {
  const names = {
    title: "a Title",
    select: "a Select",
    rich_text: "a Text",
    status: "a Status",
    relation: "a Relation"
  };
  return names[type] ?? `a "${type}" property`;
}
function readValue(property, type) {
  if (property === void 0 || property.type !== type) return void 0;
  switch (type) {
    case "title":
    case "rich_text": {
      const text5 = (property[type] ?? []).map((part) => part.plain_text).join("");
      return text5 === "" ? void 0 : { type, text: text5 };
    }
    case "select":
    case "status": {
      const name = property[type]?.name;
      return name === void 0 ? void 0 : { type, name };
    }
    case "relation":
      return { type, ids: (property.relation ?? []).map((r2) => r2.id) };
  }
}

// src/sync/request-limits.ts
var MAX_REQUEST_BYTES = 5e5;
var MAX_REQUEST_BLOCKS = 1e3;
var ENVELOPE_BYTES = 512;
var NESTED_LIST_ITEM = /^[ \t]+(?:[-*+]|\d+[.)])[ \t]/;
function requestLimitProblem(markdown, properties = {}) {
  const bytes = Buffer.byteLength(JSON.stringify({ markdown, properties }), "utf8") + ENVELOPE_BYTES;
  if (bytes > MAX_REQUEST_BYTES) {
    return `too large for one Notion request: about ${Math.ceil(bytes / 1e3)} KB as Notion markdown (Notion accepts ${MAX_REQUEST_BYTES / 1e3} KB); nothing was written. Split the artifact or move bulky content (logs, data dumps) out of it`;
  }
  const blocks2 = countBlocks(markdown);
  if (blocks2 > MAX_REQUEST_BLOCKS) {
    return `too many blocks for one Notion request: at least ${blocks2} (Notion accepts ${MAX_REQUEST_BLOCKS}); nothing was written. Split the artifact into shorter files`;
  }
  return void 0;
}
var MAX_SOURCE_BYTES = 4 * MAX_REQUEST_BYTES;
function sourceSizeProblem(gfm2) {
  const bytes = Buffer.byteLength(gfm2, "utf8");
  if (bytes <= MAX_SOURCE_BYTES) return void 0;
  return `too large for one Notion request: the file is ${Math.ceil(bytes / 1e3)} KB (Notion accepts ${MAX_REQUEST_BYTES / 1e3} KB per request); nothing was written. Split the artifact or move bulky content (logs, data dumps) out of it`;
}
function countBlocks(markdown) {
  let count = 0;
  for (const block of notionBlocks(markdown)) {
    count++;
    if (block.kind === "table-head") count++;
    if (block.kind.endsWith("-item")) {
      count += block.text.split("\n").filter((line) => NESTED_LIST_ITEM.test(line)).length;
    }
  }
  return count;
}
var MAX_NESTING_DEPTH = 64;
var FENCE = /^[ \t]*(`{3,}|~{3,})/;
var OPEN_TAG2 = /^[ \t]*<([a-z][a-z0-9-]*)(?:\s[^>]*)?>[ \t]*$/i;
var CLOSE_TAG = /^[ \t]*<\/([a-z][a-z0-9-]*)>[ \t]*$/i;
function nestingDepth(markdown) {
  let deepest = 0;
  let fence3;
  let open = 0;
  for (const line of markdown.split("\n")) {
    const marker = FENCE.exec(line)?.[1];
    if (fence3 !== void 0) {
      if (marker !== void 0 && marker[0] === fence3[0] && marker.length >= fence3.length) {
        fence3 = void 0;
      }
      continue;
    }
    if (marker !== void 0) fence3 = marker;
    if (OPEN_TAG2.test(line)) open++;
    else if (CLOSE_TAG.test(line)) open = Math.max(0, open - 1);
    let levels = 0;
    let spaces = 0;
    let i = 0;
    for (; i < line.length; i++) {
      const c3 = line[i];
      if (c3 === "	") levels++;
      else if (c3 === " ") spaces++;
      else if (c3 === ">") levels++;
      else break;
    }
    deepest = Math.max(deepest, open + levels + Math.floor(spaces / 2));
  }
  return deepest;
}
function nestingProblem(markdown) {
  const depth = nestingDepth(markdown);
  if (depth <= MAX_NESTING_DEPTH) return void 0;
  return `blocks nested ${depth} levels deep, more than the ${MAX_NESTING_DEPTH} this tool converts; nothing was written. Flatten the deepest lists, quotes or toggles`;
}

// src/sync/sync-base.ts
function markdownHash(v2) {
  return shortHash(normalizeForHash(v2));
}
function syncBaseOf(page, schema, snapshot, sync) {
  if (schema.available.has("sync")) {
    const text5 = readValue(page.properties[PROPERTIES.sync.name], "rich_text");
    const ledger = parseLedger(text5?.type === "rich_text" ? text5.text : void 0);
    if (ledger !== void 0) return { ...ledger, origin: "ledger" };
  }
  if (snapshot === void 0 || sync === void 0 || snapshot.remoteId === null || compactId(snapshot.remoteId) !== compactId(page.id)) {
    return void 0;
  }
  const pulledLast = (sync.lastPullAt ?? "") > (sync.lastPushAt ?? "");
  const synced = pulledLast ? sync.lastPullHash : sync.lastPushHash;
  if (synced === null) return void 0;
  return {
    // The ledger's short hash is the first 16 hex digits of the spine's SHA-256.
    source: synced.slice(0, 16),
    markdown: markdownHash(snapshot.markdown),
    commit: snapshot.ledgerCommit,
    properties: parsePropertyHashes(snapshot.propertiesHash),
    origin: "spine"
  };
}
function parsePropertyHashes(text5) {
  if (text5 === null) return {};
  try {
    const parsed = JSON.parse(text5);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry) => typeof entry[1] === "string"
      )
    );
  } catch {
    return {};
  }
}
function sameDocument(gfm2, v2) {
  const local = gfmBlocks(gfm2).map((block) => block.key);
  const remote = notionBlocks(v2).map((block) => block.key);
  return local.length === remote.length && local.every((key, i) => key === remote[i]);
}

// src/sync/pull-page.ts
async function pullPage(project, identity, page, env) {
  const { db, layout } = env;
  const idseId = `${project}::${identity.session}::${identity.stage}`;
  const path2 = layout.artifactPath(project, identity.session, identity.stage);
  const relative3 = layout.relative(project, identity.session, identity.stage);
  const result = (action, reason, extra = {}) => ({
    idseId,
    action,
    pageId: page.id,
    path: relative3,
    warnings: [],
    written: [],
    ...reason !== void 0 ? { reason } : {},
    ...extra
  });
  const record = db.getArtifact(project, identity.session, identity.stage);
  const sync = record ? db.getSyncMetadata(record.id) : void 0;
  const snapshot = db.getRemoteSnapshot(idseId);
  const base = syncBaseOf(page, env.schema, snapshot, sync);
  const remote = await readWholePage(env.store, page.id);
  if (remote.unshared.length > 0) return result("failed", unsharedReason(remote.unshared));
  if (remote.missing.length > 0) return result("failed", missingReason(remote.missing));
  const local = existsSync6(path2) ? readArtifactText(path2, layout.root) : record?.content;
  const tooDeep = nestingProblem(remote.markdown);
  if (tooDeep !== void 0) return result("failed", `the page has ${tooDeep}`);
  const localTooDeep = local === void 0 ? void 0 : nestingProblem(local);
  if (localTooDeep !== void 0) return result("failed", `the file has ${localTooDeep}`);
  const remoteHash = markdownHash(remote.markdown);
  const open = db.getOpenConflict(idseId);
  if (open !== void 0) {
    const unresolved = `unresolved since ${open.createdAt}: edit the file, then run \`idse-sync resolve ${idseId}\``;
    if (open.remoteHash === remoteHash) {
      return result("conflict", `${unresolved}; Notion's version is in ${open.notionCopyPath}`);
    }
    return conflict(`${unresolved}; Notion's version changed again`);
  }
  if (local === void 0) return newArtifact();
  if (base !== void 0 && remoteHash === base.markdown)
    return result("skipped", "no edit in Notion");
  if (resolvedAgainst(db, idseId, remoteHash)) {
    return result(
      "skipped",
      "conflict resolved over this Notion version; the next push writes the file"
    );
  }
  if (sameDocument(local, remote.markdown)) {
    return write(local, "Notion holds the local document; recorded the sync", baseHashes(), {
      keepSource: false
    });
  }
  const localChanged = base === void 0 ? !matchesSpine(local) : shortHash(local) !== base.source;
  const baseV2 = await baseMarkdown(base);
  if (baseV2 === void 0 && localChanged) {
    return conflict("no common version to merge from (the page has no sync history here)");
  }
  const merged = applyNotionEditToGfm(
    local,
    baseV2 ?? gfmToNotion(local).markdown,
    remote.markdown
  );
  const conflicts = merged.conflicts.filter((c3) => !sameEdit(c3));
  if (conflicts.length > 0) {
    const lines = conflicts.map((c3) => c3.line).join(", ");
    return conflict(`the same blocks were edited locally and in Notion (local lines ${lines})`);
  }
  const pulled = write(
    merged.gfm,
    localChanged ? "merged with local edits" : void 0,
    baseHashes(),
    { keepSource: localChanged }
  );
  pulled.warnings.push(...merged.warnings.map((w2) => `${idseId} line ${w2.line}: ${w2.message}`));
  return pulled;
  async function newArtifact() {
    if (base !== void 0 && remoteHash === base.markdown) {
      const committed = await env.committedVersion(
        relative3,
        (text5) => shortHash(text5) === base.source,
        base.commit
      );
      if (committed !== null) {
        const made2 = write(committed, "written from git: the page holds it", base.properties, {
          keepSource: false,
          commit: base.commit
        });
        return { ...made2, created: true };
      }
    }
    const converted = notionToGfm(remote.markdown);
    const made = write(
      converted.markdown,
      "new artifact from Notion",
      base?.properties ?? newPageHashes(),
      { keepSource: false }
    );
    made.warnings.push(...converted.warnings.map((w2) => `${idseId} line ${w2.line}: ${w2.message}`));
    return { ...made, created: true };
  }
  function matchesSpine(text5) {
    const hash = contentHash(text5);
    return sync?.lastPushHash === hash || sync?.lastPullHash === hash;
  }
  async function baseMarkdown(at2) {
    if (at2 === void 0) return void 0;
    if (snapshot !== void 0 && markdownHash(snapshot.markdown) === at2.markdown) {
      return snapshot.markdown;
    }
    const committed = await env.committedVersion(
      relative3,
      (text5) => shortHash(text5) === at2.source,
      at2.commit
    );
    return committed === null ? void 0 : gfmToNotion(committed).markdown;
  }
  function baseHashes() {
    return base?.properties ?? {};
  }
  function newPageHashes() {
    const hashes = {};
    for (const [key, spec] of Object.entries(PROPERTIES)) {
      if (spec.mode === "create_only" || spec.mode === "ledger") continue;
      if (!env.schema.available.has(key)) continue;
      const value2 = readValue(page.properties[spec.name], spec.type);
      if (value2 === void 0 || value2.type === "relation" && value2.ids.length === 0) continue;
      const own8 = key === "stage" || key === "upstream";
      hashes[spec.name] = shortHash(own8 ? valueKey(value2) : "");
    }
    return hashes;
  }
  function conflict(reason) {
    const copy = layout.conflictPath(project, identity.session, identity.stage);
    const copyPath = layout.relativePath(copy);
    if (env.dryRun) return result("conflict", `${reason}; Notion's version would be saved`);
    writeFileAtomic(copy, notionToGfm(remote.markdown).markdown, layout.root, db.probe);
    db.recordConflict({
      idseId,
      notionCopyPath: copyPath,
      localHash: contentHash(local ?? ""),
      remoteHash
    });
    return result("conflict", `${reason}; Notion's version is in ${copyPath}`, {
      written: [copyPath]
    });
  }
  function write(content3, reason, properties, options) {
    const changed = content3 !== local;
    if (env.dryRun) return result(changed ? "pulled" : "skipped", reason);
    if (changed) writeFileAtomic(path2, content3, layout.root, db.probe);
    db.transaction(() => {
      const { record: saved } = db.saveArtifact({
        project,
        session: identity.session,
        stage: identity.stage,
        content: content3
      });
      if (!options.keepSource) {
        db.recordPull(saved.id, { hash: contentHash(content3), remoteId: page.id });
      }
      db.saveRemoteSnapshot(idseId, {
        markdown: remote.markdown,
        remoteId: page.id,
        propertiesHash: JSON.stringify(properties),
        lastEditedTime: page.lastEditedTime,
        ledgerCommit: options.keepSource ? base?.commit ?? null : options.commit ?? null
      });
    });
    const extra = changed ? { written: [relative3] } : {};
    if (env.schema.available.has("sync")) {
      const keep = options.keepSource && base !== void 0;
      const ledger = {
        source: keep ? base.source : shortHash(content3),
        markdown: remoteHash,
        commit: keep ? base.commit : options.commit ?? null,
        properties
      };
      const unchanged = base?.origin === "ledger" && encodeLedger(ledger) === encodeLedger(base);
      if (!unchanged) {
        extra.ledger = ledger;
        extra.ledgerTakesCommit = !options.keepSource && options.commit === void 0;
      }
    }
    return result(changed ? "pulled" : "skipped", reason, extra);
  }
}
function resolvedAgainst(db, idseId, remoteHash) {
  return db.listConflicts({ includeResolved: true }).some((c3) => c3.idseId === idseId && c3.resolvedAt !== null && c3.remoteHash === remoteHash);
}
function sameEdit(conflict) {
  if (conflict.local === "" || conflict.notion === "") return false;
  const keys = (text5) => gfmBlocks(text5).map((block) => block.key);
  const local = keys(conflict.local);
  const notion = keys(conflict.notion);
  return local.length === notion.length && local.every((key, i) => key === notion[i]);
}

// src/sync/pull-relations.ts
function pullPropertyEdits(project, pages, db) {
  const pull = { warnings: [], ledgers: /* @__PURE__ */ new Map(), relinked: [] };
  for (const { page, ledger: written, created } of pages) {
    const artifact = db.findByRemoteId(page.id);
    if (artifact === void 0 || artifact.project !== project) continue;
    const text5 = readValue(page.properties[PROPERTIES.sync.name], "rich_text");
    const ledger = written ?? parseLedger(text5?.type === "rich_text" ? text5.text : void 0);
    if (ledger === void 0) continue;
    reportOtherEdits(artifact.idseId, page, ledger, created, pull.warnings);
    const recorded = upstreamEdit(project, artifact, page, ledger, created, db, pull);
    if (recorded !== void 0) pull.ledgers.set(page.id, recorded);
  }
  return pull;
}
function reportOtherEdits(idseId, page, ledger, created, warnings) {
  const notApplied = [];
  for (const spec of Object.values(PROPERTIES)) {
    const recorded = ledger.properties[spec.name];
    if (recorded === void 0 || spec.name === PROPERTIES.upstream.name) continue;
    const value2 = readValue(page.properties[spec.name], spec.type);
    if (shortHash(value2 === void 0 ? "" : valueKey(value2)) === recorded) continue;
    const shown = value2 === void 0 ? "empty" : valueKey(value2).replace(/^[a-z_]+:/, "");
    if (created) notApplied.push(`${spec.name} ${JSON.stringify(shown)}`);
    else {
      warnings.push(
        `${idseId}: "${spec.name}" was changed in Notion to ${JSON.stringify(shown)}; not applied (change it in the workspace)`
      );
    }
  }
  if (notApplied.length > 0) {
    const one2 = notApplied.length === 1;
    warnings.push(
      `${idseId}: made from a page created in Notion; its ${notApplied.join(", ")} ${one2 ? "is" : "are"} not applied (set ${one2 ? "it" : "them"} in the session's metadata/session.json)`
    );
  }
}
function upstreamEdit(project, artifact, page, ledger, created, db, pull) {
  const name = PROPERTIES.upstream.name;
  const property = page.properties[name];
  const value2 = readValue(property, "relation");
  if (value2?.type !== "relation") return void 0;
  const recorded = ledger.properties[name];
  const pageHash = shortHash(valueKey(value2));
  const current = db.getDependencies(artifact.id, "upstream").map((a) => a.id).sort((a, b3) => a - b3);
  const edited = created || (recorded !== void 0 ? pageHash !== recorded : current.length === 0 && value2.ids.length > 0);
  if (!edited) return void 0;
  if (property?.has_more === true) {
    pull.warnings.push(`${artifact.idseId}: Upstream Artifact has more than 25 pages; not applied`);
    return void 0;
  }
  const upstream = [];
  let complete = true;
  for (const id of value2.ids) {
    const target = db.findByRemoteId(id);
    if (target === void 0 || target.project !== project) {
      complete = false;
      pull.warnings.push(
        `${artifact.idseId}: upstream page ${JSON.stringify(id)} is not a known artifact; skipped`
      );
    } else if (target.id === artifact.id) {
      complete = false;
      pull.warnings.push(
        `${artifact.idseId}: Upstream Artifact names the page itself; that relation is ignored (remove it in Notion)`
      );
    } else upstream.push(target.id);
  }
  const next = [...new Set(upstream)].sort((a, b3) => a - b3);
  if (next.length !== current.length || next.some((id, i) => id !== current[i])) {
    try {
      db.transaction(() => db.replaceDependencies(artifact.id, next));
    } catch (error) {
      if (!isIdseError(error)) throw error;
      pull.warnings.push(
        `${artifact.idseId}: Upstream Artifact not applied (${error.message}); the rest of the pull goes on`
      );
      return void 0;
    }
    pull.warnings.push(`${artifact.idseId}: upstream artifacts updated from Notion`);
    pull.relinked.push({ idseId: artifact.idseId, page });
  }
  if (!complete || pageHash === recorded) return void 0;
  if (recorded === void 0 && value2.ids.length === 0) return void 0;
  return { ...ledger, properties: { ...ledger.properties, [name]: pageHash } };
}

// src/sync/page-resolution.ts
function pageIdentity(page) {
  const session = readValue(page.properties[PROPERTIES.session.name], "rich_text");
  const stage = readValue(page.properties[PROPERTIES.stage.name], "select");
  if (session?.type !== "rich_text" || stage?.type !== "select") return void 0;
  const parsed = stageFromNotion(stage.name);
  return parsed === void 0 ? void 0 : { session: session.text.trim(), stage: parsed };
}
function compareAge(a, b3) {
  if (a.createdTime !== b3.createdTime) return a.createdTime < b3.createdTime ? -1 : 1;
  const x3 = compactId(a.id);
  const y2 = compactId(b3.id);
  return x3 < y2 ? -1 : x3 > y2 ? 1 : 0;
}
var PageIndex = class {
  bySessionStage = /* @__PURE__ */ new Map();
  byId = /* @__PURE__ */ new Map();
  constructor(pages) {
    for (const page of pages) {
      if (page.inTrash) continue;
      this.byId.set(compactId(page.id), page);
      const identity = pageIdentity(page);
      if (identity === void 0) continue;
      const key = `${identity.session}\0${identity.stage}`;
      this.bySessionStage.set(key, [...this.bySessionStage.get(key) ?? [], page]);
    }
  }
  resolve(session, stage, cachedId) {
    const matches = [...this.bySessionStage.get(`${session}\0${stage}`) ?? []];
    if (matches.length === 0 && cachedId !== null) {
      const cached = this.byId.get(compactId(cachedId));
      if (cached !== void 0) matches.push(cached);
    }
    if (matches.length === 0) return void 0;
    matches.sort(compareAge);
    const [page, ...duplicates] = matches;
    return page === void 0 ? void 0 : { page, duplicates };
  }
  get size() {
    return this.byId.size;
  }
};

// src/sync/absent-pages.ts
async function explainAbsent(records, ids, archived, store) {
  const reasons = /* @__PURE__ */ new Map();
  for (const record of records) {
    const shelved = archived.resolve(record.sessionId, record.stage, ids.known(record));
    if (shelved !== void 0) {
      reasons.set(record.idseId, { kind: "archived", page: shelved.page });
      continue;
    }
    const known = ids.synced(record);
    if (known === null) continue;
    const page = await store.getPage(known);
    if (page === void 0) reasons.set(record.idseId, { kind: "gone", pageId: known });
    else if (page.inTrash) reasons.set(record.idseId, { kind: "trashed", pageId: page.id });
    else if (page.isArchived) reasons.set(record.idseId, { kind: "archived", page });
    else reasons.set(record.idseId, { kind: "gone", pageId: known });
  }
  return reasons;
}
function archivedIndex(pages) {
  return new PageIndex(pages.map((page) => ({ ...page, inTrash: false })));
}
function archivedReason(pageId, command) {
  const what = command === "push" ? "nothing was written and no second page is made" : "the local file stays as it is";
  return `its page ${pageId} is archived in Notion; ${what}. To sync it again, restore the page in Notion (open it and unarchive it)`;
}

// src/sync/pull-selection.ts
function pagesToPull(project, pages, filter, db, warnings) {
  const byArtifact = /* @__PURE__ */ new Map();
  for (const page of pages) {
    if (page.inTrash) continue;
    const identity = pageIdentity(page);
    if (identity === void 0) continue;
    if (filter.session !== void 0 && identity.session !== filter.session) continue;
    const unsafe2 = unsafeNameReason(identity.session);
    if (unsafe2 !== void 0) {
      warnings.push(
        `page ${page.id}: Session ${JSON.stringify(identity.session)} refused: ${unsafe2}; nothing written`
      );
      continue;
    }
    const owner = db.findByRemoteId(page.id);
    if (owner !== void 0 && owner.project === project && (owner.sessionId !== identity.session || owner.stage !== identity.stage)) {
      warnings.push(
        `${owner.idseId}: its page ${page.id} now says Session "${identity.session}", Stage "${identity.stage}" in Notion; not pulled (rename the artifact in the workspace, or change the page back)`
      );
      continue;
    }
    const key = `${identity.session}\0${identity.stage}`;
    byArtifact.set(key, [...byArtifact.get(key) ?? [], { page, identity }]);
  }
  const chosen = [];
  for (const claims of byArtifact.values()) {
    const known = claims.filter(
      (claim) => compactId(syncedPageOf(project, claim.identity, db) ?? "") === compactId(claim.page.id)
    );
    const ranked = [...known.length > 0 ? known : claims].sort(
      (a, b3) => compareAge(a.page, b3.page)
    );
    const first = ranked[0];
    if (first === void 0) continue;
    const idseId = `${project}::${first.identity.session}::${first.identity.stage}`;
    const synced = syncedPageOf(project, first.identity, db);
    if (synced !== null && compactId(synced) !== compactId(first.page.id) && !hasLedger(first.page)) {
      warnings.push(
        `${idseId}: page ${first.page.id} claims this artifact, which is synced with page ${synced}; left alone`
      );
      continue;
    }
    chosen.push(first);
    for (const other of claims) {
      if (other === first) continue;
      warnings.push(
        `${idseId}: page ${other.page.id} also claims this artifact; left alone (page ${first.page.id} is pulled)`
      );
    }
  }
  return chosen;
}
function syncedPageOf(project, identity, db) {
  const record = db.getArtifact(project, identity.session, identity.stage);
  const remoteId = record ? db.getSyncMetadata(record.id)?.remoteId : void 0;
  return remoteId ?? null;
}
function hasLedger(page) {
  const text5 = readValue(page.properties[PROPERTIES.sync.name], "rich_text");
  return parseLedger(text5?.type === "rich_text" ? text5.text : void 0) !== void 0;
}
async function absentOutcomes(project, listing, filter, db, store, warnings) {
  const outcomes = [];
  const live = new PageIndex(listing.live);
  const shelved = archivedIndex(listing.archived);
  const archivedIds = new Set(listing.archived.map((page) => compactId(page.id)));
  const filterSession = filter.session !== void 0 ? { session: filter.session } : {};
  for (const record of db.listArtifacts({ project, ...filterSession })) {
    const known = db.getSyncMetadata(record.id)?.remoteId ?? null;
    if (live.resolve(record.sessionId, record.stage, known) !== void 0) continue;
    const archived = listing.complete ? shelved.resolve(record.sessionId, record.stage, known)?.page.id : known !== null && archivedIds.has(compactId(known)) ? known : void 0;
    if (archived !== void 0) {
      outcomes.push({
        idseId: record.idseId,
        action: "archived",
        pageId: archived,
        reason: archivedReason(archived, "pull")
      });
      continue;
    }
    const synced = db.getRemoteSnapshot(record.idseId)?.remoteId ?? null;
    if (!listing.complete || synced === null) continue;
    const page = await store.getPage(synced);
    if (page?.inTrash === true) {
      outcomes.push({
        idseId: record.idseId,
        action: "trashed",
        pageId: page.id,
        reason: "its page was moved to the trash in Notion; the local file stays (restore the page in Notion to keep it, or the next push makes a new one)"
      });
    } else if (page === void 0) {
      warnings.push(
        `${record.idseId}: its page ${synced} is not in Notion for this integration (deleted for good, or no longer shared with it); the local file stays`
      );
    }
  }
  return outcomes;
}

// src/sync/targets.ts
function resolveTargets(projects, config) {
  const targets = /* @__PURE__ */ new Map();
  const missing = [];
  for (const project of projects) {
    const mapped = config.databases[project];
    if (mapped !== void 0) targets.set(project, { databaseId: mapped });
    else if (config.databaseId !== void 0) {
      targets.set(project, {
        databaseId: config.databaseId,
        ...config.dataSourceId !== void 0 ? { dataSourceId: config.dataSourceId } : {}
      });
    } else missing.push(project);
  }
  if (missing.length > 0) {
    throw new IdseError(
      "database-missing",
      `No Notion database is configured for project${missing.length > 1 ? "s" : ""} ${missing.map((p2) => `"${p2}"`).join(", ")}.`,
      "Set IDSE_NOTION_DATABASE_ID or notion.database_id (one project), or notion.databases in .idse/.idseconfig.json (one per project)."
    );
  }
  const byDatabase = /* @__PURE__ */ new Map();
  for (const [project, target] of targets) {
    const key = compactId(target.databaseId);
    byDatabase.set(key, [...byDatabase.get(key) ?? [], project]);
  }
  for (const [, shared] of byDatabase) {
    if (shared.length > 1) {
      throw new IdseError(
        "database-shared",
        `Projects ${shared.map((p2) => `"${p2}"`).join(" and ")} are aimed at the same Notion database; their pages would collide (each has a __blueprint__ session).`,
        "Give each project its own database in notion.databases, or sync one project with --project."
      );
    }
  }
  return targets;
}
async function openDatabases(targets, store, warnings) {
  const databases = /* @__PURE__ */ new Map();
  for (const [project, target] of targets) {
    const { dataSourceId, properties } = await store.openDatabase(
      target.databaseId,
      target.dataSourceId
    );
    const schema = checkSchema(properties, target.databaseId);
    warnings.push(...schema.warnings.map((w2) => `database ${target.databaseId}: ${w2}`));
    databases.set(project, { dataSourceId, schema });
  }
  return databases;
}

// src/sync/pull.ts
var OVERLAP_MS = 5 * 6e4;
async function preparePull(settings, c3) {
  const projects = /* @__PURE__ */ new Set();
  for (const session of discoverWorkspace(c3.layout.root, settings.filter).sessions) {
    if (session.artifacts.length > 0) projects.add(session.project);
  }
  for (const record of c3.db.listArtifacts(settings.filter)) projects.add(record.project);
  for (const project of Object.keys(settings.targets.databases)) {
    if (settings.filter.project === void 0 || settings.filter.project === project)
      projects.add(project);
  }
  if (settings.filter.project !== void 0) projects.add(settings.filter.project);
  const warnings = [];
  if (projects.size === 0 && settings.targets.databaseId !== void 0) {
    warnings.push(
      "no project to pull into: the workspace has no artifacts yet; run `idse-sync pull --project <name>`"
    );
  }
  const targets = resolveTargets([...projects].sort(), settings.targets);
  const databases = await openDatabases(targets, c3.store, warnings);
  return { databases, warnings };
}
async function runPull(settings, c3, prepared) {
  const { databases, warnings } = prepared ?? await preparePull(settings, c3);
  const run = {
    outcomes: [],
    written: [],
    changes: [],
    editors: /* @__PURE__ */ new Set(),
    ledgers: [],
    cursors: /* @__PURE__ */ new Map()
  };
  const imported = importWorkspace(c3.db, discoverWorkspace(c3.layout.root, settings.filter));
  warnings.push(...imported.sessionProblems.map((p2) => `${p2.path}: ${p2.problem}`));
  for (const [project, database] of databases) {
    await pullProject(project, database, settings, c3, run, warnings);
  }
  run.outcomes.push(...openConflicts(c3.db, settings.filter, run.outcomes));
  warnings.push(...cancellationWarning(run.outcomes));
  let commitSha = null;
  const going = settings.signal?.aborted !== true;
  if (going && !settings.dryRun && c3.commit !== void 0 && run.changes.length > 0) {
    try {
      commitSha = await c3.commit({
        written: run.written,
        changes: run.changes,
        editors: [...run.editors]
      });
    } catch (error) {
      for (const [key, value2] of run.cursors) c3.db.setCursor(key, value2 ?? null);
      throw error;
    }
  }
  if (going && !settings.dryRun) await writeLedgers(run, commitSha, settings, c3, warnings);
  return {
    report: {
      command: "pull",
      dryRun: settings.dryRun,
      counts: countOutcomes(run.outcomes),
      artifacts: byIdseId(run.outcomes),
      warnings,
      requests: c3.gateway.requestCount
    },
    written: run.written,
    changes: run.changes,
    editors: [...run.editors],
    commitSha
  };
}
async function pullProject(project, { dataSourceId, schema }, settings, c3, run, warnings) {
  const startedAt = c3.now();
  const cursorKey = `pull:${dataSourceId}`;
  const last = c3.db.getCursor(cursorKey);
  const since = last === void 0 ? void 0 : new Date(Date.parse(last) - OVERLAP_MS).toISOString();
  const window2 = since === void 0 ? {} : { editedSince: since };
  const split = schema.stageOptions ? { stageOptions: schema.stageOptions } : {};
  const live = await c3.store.listPages(dataSourceId, { ...window2, ...split });
  const archived = await c3.store.listPages(dataSourceId, { archived: true, ...split });
  const env = {
    store: c3.store,
    db: c3.db,
    layout: c3.layout,
    schema,
    dryRun: settings.dryRun,
    committedVersion: c3.committedVersion
  };
  let failed = false;
  const states = [];
  const pending = /* @__PURE__ */ new Map();
  for (const { page, identity } of pagesToPull(project, live, settings.filter, c3.db, warnings)) {
    if (settings.signal?.aborted === true) {
      failed = true;
      run.outcomes.push({
        idseId: `${project}::${identity.session}::${identity.stage}`,
        action: "failed",
        pageId: page.id,
        reason: CANCELLED_REASON
      });
      continue;
    }
    let result;
    try {
      result = await pullPage(project, identity, page, env);
    } catch (error) {
      const stop = runStoppingError(error, {});
      if (stop !== void 0) throw stop;
      result = {
        idseId: `${project}::${identity.session}::${identity.stage}`,
        action: "failed",
        pageId: page.id,
        reason: isIdseError(error) ? error.message : describeNotionError(error, settings.secrets),
        warnings: [],
        written: []
      };
    }
    if (result.action === "failed") failed = true;
    const { warnings: extra, written, ledger, ledgerTakesCommit, created, ...outcome } = result;
    warnings.push(...extra);
    run.outcomes.push(outcome);
    run.written.push(...written);
    if (outcome.action === "pulled") {
      run.editors.add(page.lastEditedBy);
      run.changes.push(outcome.idseId);
    } else if (outcome.action === "conflict" && written.length > 0) {
      run.editors.add(page.lastEditedBy);
      run.changes.push(`${outcome.idseId} (conflict; Notion's version in ${written.join(", ")})`);
    }
    if (ledger !== void 0) {
      const takesCommit = ledgerTakesCommit === true;
      pending.set(page.id, {
        pageId: page.id,
        idseId: outcome.idseId,
        ledger,
        takesCommit,
        cursorKey
      });
    }
    states.push({ page, ledger, created: created === true });
  }
  const listing = { live, archived, complete: since === void 0 };
  run.outcomes.push(
    ...await absentOutcomes(project, listing, settings.filter, c3.db, c3.store, warnings)
  );
  const properties = pullPropertyEdits(project, states, c3.db);
  warnings.push(...properties.warnings);
  for (const { idseId, page } of properties.relinked) {
    run.changes.push(`${idseId} (upstream artifacts)`);
    run.editors.add(page.lastEditedBy);
  }
  if (schema.available.has("sync")) {
    for (const [pageId, ledger] of properties.ledgers) {
      const known = pending.get(pageId);
      const idseId = c3.db.findByRemoteId(pageId)?.idseId ?? pageId;
      pending.set(pageId, {
        pageId,
        idseId,
        ledger,
        takesCommit: known?.takesCommit ?? false,
        cursorKey
      });
    }
  }
  run.ledgers.push(...pending.values());
  const readSome = live.length > 0;
  if (!settings.dryRun && !failed && settings.filter.session === void 0 && readSome) {
    run.cursors.set(cursorKey, last);
    c3.db.setCursor(cursorKey, startedAt.toISOString());
  }
}
async function writeLedgers(run, commitSha, settings, c3, warnings) {
  for (const pending of run.ledgers) {
    const ledger = pending.takesCommit && commitSha !== null ? { ...pending.ledger, commit: commitSha } : pending.ledger;
    try {
      await c3.store.updateProperties(pending.pageId, {
        [PROPERTIES.sync.name]: toRequestValue({ type: "rich_text", text: encodeLedger(ledger) })
      });
    } catch (error) {
      const stop = runStoppingError(error, {});
      if (stop !== void 0) throw stop;
      const reason = `the file and spine hold the pull, but the page's Sync ledger could not be written (${describeNotionError(error, settings.secrets)}); the next pull records it`;
      const outcome = run.outcomes.find((o2) => o2.idseId === pending.idseId);
      if (outcome !== void 0) {
        outcome.action = "failed";
        outcome.reason = reason;
      } else {
        run.outcomes.push({
          idseId: pending.idseId,
          action: "failed",
          pageId: pending.pageId,
          reason
        });
      }
      if (run.cursors.has(pending.cursorKey)) {
        c3.db.setCursor(pending.cursorKey, run.cursors.get(pending.cursorKey) ?? null);
        run.cursors.delete(pending.cursorKey);
        warnings.push(
          "the pull cursor was kept where it was: the next pull reads these pages again"
        );
      }
    }
  }
}
function openConflicts(db, filter, reported) {
  const outcomes = [];
  for (const conflict of db.listConflicts()) {
    const [project, session] = conflict.idseId.split("::");
    if (reported.some((o2) => o2.idseId === conflict.idseId)) continue;
    if (filter.project !== void 0 && project !== filter.project) continue;
    if (filter.session !== void 0 && session !== filter.session) continue;
    outcomes.push({
      idseId: conflict.idseId,
      action: "conflict",
      pageId: null,
      reason: `unresolved since ${conflict.createdAt}; Notion's version is in ${conflict.notionCopyPath}: edit the file, then run \`idse-sync resolve ${conflict.idseId}\``
    });
  }
  return outcomes;
}

// src/workspace/export.ts
import { existsSync as existsSync7 } from "node:fs";
function writeSpineOnlyArtifacts(db, layout, filter = {}, options = {}) {
  const results = [];
  for (const record of db.listArtifacts(filter)) {
    if (options.only !== void 0 && !options.only.has(record.idseId)) continue;
    const unsafe2 = unsafeNameReason(record.project) ?? unsafeNameReason(record.sessionId);
    if (unsafe2 !== void 0) {
      results.push({
        idseId: record.idseId,
        path: "",
        action: "failed",
        reason: `name refused: ${unsafe2}`
      });
      continue;
    }
    const path2 = layout.artifactPath(record.project, record.sessionId, record.stage);
    if (existsSync7(path2)) continue;
    if (record.content.length === 0) {
      results.push({
        idseId: record.idseId,
        path: path2,
        action: "skipped",
        reason: "empty in the spine"
      });
      continue;
    }
    if (options.dryRun) {
      results.push({ idseId: record.idseId, path: path2, action: "written", reason: "dry run" });
      continue;
    }
    try {
      writeFileAtomic(path2, record.content, layout.root, db.probe);
      results.push({ idseId: record.idseId, path: path2, action: "written" });
    } catch (error) {
      if (!isIdseError(error)) throw error;
      results.push({ idseId: record.idseId, path: path2, action: "failed", reason: error.message });
    }
  }
  return results;
}

// node_modules/p-queue/dist/lower-bound.js
function lowerBound(array, value2, comparator) {
  let first = 0;
  let count = array.length;
  while (count > 0) {
    const step = Math.trunc(count / 2);
    let it2 = first + step;
    if (comparator(array[it2], value2) <= 0) {
      first = ++it2;
      count -= step + 1;
    } else {
      count = step;
    }
  }
  return first;
}

// node_modules/p-queue/dist/priority-queue.js
var compactionThreshold = 100;
var PriorityQueue = class {
  // The slots before `#head` are `undefined`.
  #queue = [];
  // The queue is stored as a sorted array, but dequeued slots are left before `#head` until compaction. Only items from `#head` onward are live, which keeps repeated dequeues amortized O(1).
  #head = 0;
  #compact() {
    if (this.#head === 0) {
      return;
    }
    this.#queue.splice(0, this.#head);
    this.#head = 0;
  }
  // Only the live items, because a dequeued item with the same id or function is no longer part of the queue.
  #findIndex(isMatch) {
    for (let index2 = this.#head; index2 < this.#queue.length; index2++) {
      if (isMatch(this.#queue[index2])) {
        return index2;
      }
    }
    return -1;
  }
  // Not `dequeue()`, which a subclass can override, because `remove()` also uses it.
  #removeFirst() {
    const item = this.#queue[this.#head];
    this.#queue[this.#head] = void 0;
    this.#head++;
    if (this.#head === this.#queue.length) {
      this.#queue.length = 0;
      this.#head = 0;
    } else if (this.#head > compactionThreshold && this.#head > this.#queue.length / 2) {
      this.#compact();
    }
    return item.run;
  }
  enqueue(run, options) {
    const { priority = 0, id } = options ?? {};
    const { size } = this;
    const element = {
      priority,
      id,
      run
    };
    if (size === 0) {
      this.#queue.length = 0;
      this.#head = 0;
      this.#queue.push(element);
      return;
    }
    if (this.#queue.at(-1).priority >= priority) {
      this.#queue.push(element);
      return;
    }
    this.#compact();
    const index2 = lowerBound(this.#queue, element, (a, b3) => a.priority === b3.priority ? 0 : b3.priority - a.priority);
    this.#queue.splice(index2, 0, element);
  }
  setPriority(id, priority) {
    const index2 = this.#findIndex((element) => element.id === id);
    if (index2 === -1) {
      throw new ReferenceError(`No promise function with the id "${id}" exists in the queue.`);
    }
    if (this.#queue[index2].priority === priority) {
      return;
    }
    const [item] = this.#queue.splice(index2, 1);
    this.enqueue(item.run, { priority, id });
  }
  remove(idOrRun) {
    const index2 = this.#findIndex((element) => (typeof idOrRun === "string" ? element.id : element.run) === idOrRun);
    if (index2 === this.#head) {
      this.#removeFirst();
    } else if (index2 !== -1) {
      this.#queue.splice(index2, 1);
    }
  }
  dequeue() {
    return this.#head === this.#queue.length ? void 0 : this.#removeFirst();
  }
  filter(options) {
    const result = [];
    for (let index2 = this.#head; index2 < this.#queue.length; index2++) {
      const element = this.#queue[index2];
      if (element.priority === options.priority) {
        result.push(element.run);
      }
    }
    return result;
  }
  get size() {
    return this.#queue.length - this.#head;
  }
};

// node_modules/p-queue/dist/index.js
var maximumTimerDelay = 2147483647;
var asyncHooks = globalThis.process?.getBuiltinModule?.("node:async_hooks");
var bindAsyncContext = (function_) => {
  if (asyncHooks === void 0) {
    return function_;
  }
  const asyncResource = new asyncHooks.AsyncResource("PQueueTask");
  return () => asyncResource.runInAsyncScope(function_);
};
var validateTimeout = (timeout) => {
  if (timeout !== void 0 && !(Number.isFinite(timeout) && timeout > 0 && timeout <= maximumTimerDelay)) {
    throw new TypeError(`Expected \`timeout\` to be a positive finite number up to ${maximumTimerDelay}, got \`${timeout}\` (${typeof timeout})`);
  }
};
var validateLimit = (name, value2) => {
  if (!(typeof value2 === "number" && value2 >= 1 && (value2 === Infinity || Number.isInteger(value2)))) {
    throw new TypeError(`Expected \`${name}\` to be an integer from 1 and up or \`Infinity\`, got \`${String(value2)}\` (${typeof value2})`);
  }
};
var validateRateLimit = (interval, intervalCap, isStrict) => {
  validateLimit("intervalCap", intervalCap);
  if (!(Number.isFinite(interval) && interval >= 0)) {
    throw new TypeError(`Expected \`interval\` to be a finite number >= 0, got \`${String(interval)}\` (${typeof interval})`);
  }
  if (intervalCap !== Infinity && interval > maximumTimerDelay) {
    throw new TypeError(`Expected \`interval\` to be at most ${maximumTimerDelay} with an \`intervalCap\`, got \`${interval}\``);
  }
  if (isStrict && interval === 0) {
    throw new TypeError("The `strict` option requires a non-zero `interval`");
  }
  if (isStrict && intervalCap === Infinity) {
    throw new TypeError("The `strict` option requires a finite `intervalCap`");
  }
};
var PQueue = class extends EventTarget {
  #carryoverIntervalCount;
  #isIntervalIgnored;
  #intervalCount = 0;
  #intervalCap;
  #rateLimitedInInterval = false;
  #rateLimitFlushScheduled = false;
  #interval;
  /*
  Timestamp when the current interval window ends. Kept accurate at every window transition: `#initializeIntervalIfNeeded` sets it when a window starts and `#onInterval` advances it as the recurring timer rolls into each new window. This is the source of truth for whether a task added after the queue goes idle belongs to a fresh window, so it must not go stale.
  */
  #intervalEnd = 0;
  // Recurring timer that drives windows while the queue is actively processing. Absent (`undefined`) once the queue goes idle.
  #intervalId;
  // One-shot timer used while idle to resume at the next window boundary, since `#intervalId` is cleared when idle.
  #timeoutId;
  #strict;
  // Circular buffer implementation for better performance
  #strictTicks = [];
  #strictTicksStartIndex = 0;
  #queue;
  #queueClass;
  #pending = 0;
  // The `!` is needed because of https://github.com/microsoft/TypeScript/issues/32194
  #concurrency;
  #isPaused;
  // Use to assign a unique identifier to a promise function, if not explicitly specified
  #idAssigner = 1n;
  // Track currently running tasks for debugging
  #runningTasks = /* @__PURE__ */ new Set();
  // The `abort` listener of each signal, with the callbacks of the tasks that use the signal.
  #abortListeners = /* @__PURE__ */ new Map();
  // The waiting tasks, so that `.clear()` can reject their promises.
  #waitingTasks = /* @__PURE__ */ new Set();
  #timeout;
  constructor(options) {
    super();
    globalThis.process?.getBuiltinModule?.("node:events")?.setMaxListeners(Infinity, this);
    const { carryoverIntervalCount = false, intervalCap = Infinity, interval = 0, concurrency = Infinity, autoStart = true, queueClass = PriorityQueue, strict = false, timeout } = options ?? {};
    validateRateLimit(interval, intervalCap, strict);
    this.#carryoverIntervalCount = carryoverIntervalCount;
    this.#isIntervalIgnored = intervalCap === Infinity || interval === 0;
    this.#intervalCap = intervalCap;
    this.#interval = interval;
    this.#strict = strict;
    this.#queueClass = queueClass;
    this.#queue = new this.#queueClass();
    this.concurrency = concurrency;
    this.timeout = timeout;
    this.#isPaused = !autoStart;
    this.#setupRateLimitTracking();
  }
  // Calls `callback` when `signal` aborts, and returns a function that stops it. The tasks that share a signal share one listener on it, because Node.js searches all the listeners of a signal to add or remove one, so a listener for each task takes O(n²) time with many tasks.
  #onAbort(signal, callback) {
    let listener = this.#abortListeners.get(signal);
    if (!listener) {
      const callbacks = /* @__PURE__ */ new Set();
      const dispatch = () => {
        this.#abortListeners.delete(signal);
        for (const abortCallback of callbacks) {
          abortCallback();
        }
      };
      listener = { callbacks, dispatch };
      this.#abortListeners.set(signal, listener);
      signal.addEventListener("abort", dispatch, { once: true });
    }
    const currentListener = listener;
    currentListener.callbacks.add(callback);
    return () => {
      currentListener.callbacks.delete(callback);
      if (currentListener.callbacks.size > 0 || this.#abortListeners.get(signal) !== currentListener) {
        return;
      }
      this.#abortListeners.delete(signal);
      signal.removeEventListener("abort", currentListener.dispatch);
    };
  }
  #emit(event, detail) {
    this.dispatchEvent(new CustomEvent(event, { detail }));
  }
  async #onEvent(events, shouldHandle) {
    const eventList = Array.isArray(events) ? events : [events];
    return new Promise((resolve4) => {
      const controller = new AbortController();
      const listener = () => {
        if (shouldHandle && !shouldHandle()) {
          return;
        }
        controller.abort();
        resolve4();
      };
      for (const event of eventList) {
        this.addEventListener(event, listener, { signal: controller.signal });
      }
    });
  }
  // From the current state. `#rateLimitedInInterval` is what the events last reported, and it updates in a microtask.
  get #isRateLimitedNow() {
    if (this.#isIntervalIgnored || this.#queue.size === 0) {
      return false;
    }
    const now = Date.now();
    if (this.#strict) {
      this.#cleanupStrictTicks(now);
      return this.#getActiveTicksCount() >= this.#intervalCap;
    }
    const isWindowOver = this.#intervalId === void 0 && this.#intervalEnd <= now;
    const count = isWindowOver ? this.#intervalCountAtWindowStart : this.#intervalCount;
    return count >= this.#intervalCap;
  }
  // The tasks that still run count against the new window with `carryoverIntervalCount`.
  get #intervalCountAtWindowStart() {
    return this.#carryoverIntervalCount ? this.#pending : 0;
  }
  #updateRateLimitState() {
    const shouldBeRateLimited = this.#isRateLimitedNow;
    if (shouldBeRateLimited === this.#rateLimitedInInterval) {
      return;
    }
    this.#rateLimitedInInterval = shouldBeRateLimited;
    this.#emit(shouldBeRateLimited ? "rateLimit" : "rateLimitCleared");
  }
  #rollbackIntervalConsumption() {
    if (this.#isIntervalIgnored) {
      return;
    }
    this.#rollbackIntervalSlot();
    this.#scheduleRateLimitUpdate();
  }
  #scheduleRateLimitUpdate() {
    if (this.#isIntervalIgnored || this.#rateLimitFlushScheduled) {
      return;
    }
    this.#rateLimitFlushScheduled = true;
    queueMicrotask(() => {
      this.#rateLimitFlushScheduled = false;
      this.#updateRateLimitState();
    });
  }
  #setupRateLimitTracking() {
    if (this.#isIntervalIgnored) {
      return;
    }
    this.addEventListener("add", () => {
      if (this.#queue.size > 0) {
        this.#scheduleRateLimitUpdate();
      }
    });
    this.addEventListener("next", () => {
      this.#scheduleRateLimitUpdate();
    });
  }
  #cleanupStrictTicks(now) {
    while (this.#strictTicksStartIndex < this.#strictTicks.length) {
      const oldestTick = this.#strictTicks[this.#strictTicksStartIndex];
      if (oldestTick !== void 0 && now - oldestTick >= this.#interval) {
        this.#strictTicksStartIndex++;
      } else {
        break;
      }
    }
    const shouldCompact = this.#strictTicksStartIndex > 100 && this.#strictTicksStartIndex > this.#strictTicks.length / 2 || this.#strictTicksStartIndex === this.#strictTicks.length;
    if (!shouldCompact) {
      return;
    }
    this.#strictTicks = this.#strictTicks.slice(this.#strictTicksStartIndex);
    this.#strictTicksStartIndex = 0;
  }
  // Helper methods for interval consumption
  #consumeIntervalSlot(now) {
    if (this.#strict) {
      this.#strictTicks.push(now);
    } else {
      this.#intervalCount++;
    }
  }
  #rollbackIntervalSlot() {
    if (this.#strict) {
      if (this.#strictTicks.length > this.#strictTicksStartIndex) {
        this.#strictTicks.pop();
      }
      return;
    }
    if (this.#intervalCount > 0) {
      this.#intervalCount--;
    }
  }
  #getActiveTicksCount() {
    return this.#strictTicks.length - this.#strictTicksStartIndex;
  }
  get #doesIntervalAllowAnother() {
    if (this.#isIntervalIgnored) {
      return true;
    }
    const count = this.#strict ? this.#getActiveTicksCount() : this.#intervalCount;
    return count < this.#intervalCap;
  }
  get #doesConcurrentAllowAnother() {
    return this.#pending < this.#concurrency;
  }
  #next() {
    this.#pending--;
    if (this.#pending === 0) {
      this.#emit("pendingZero");
    }
    this.#processQueue();
    this.#emit("next");
  }
  #onResumeInterval() {
    this.#timeoutId = void 0;
    this.#onInterval();
    if (!this.#isPaused) {
      this.#initializeIntervalIfNeeded();
    }
  }
  #isIntervalPausedAt(now) {
    if (this.#strict) {
      this.#cleanupStrictTicks(now);
      const activeTicksCount = this.#getActiveTicksCount();
      if (activeTicksCount >= this.#intervalCap) {
        const oldestTick = this.#strictTicks[this.#strictTicksStartIndex];
        const delay = this.#interval - (now - oldestTick);
        this.#createIntervalTimeout(delay);
        return true;
      }
      return false;
    }
    if (this.#intervalId === void 0) {
      const delay = this.#intervalEnd - now;
      if (delay <= 0) {
        this.#intervalCount = this.#intervalCountAtWindowStart;
      } else {
        this.#createIntervalTimeout(delay);
        return true;
      }
    }
    return false;
  }
  #createIntervalTimeout(delay) {
    if (this.#timeoutId !== void 0) {
      return;
    }
    this.#timeoutId = setTimeout(() => {
      this.#onResumeInterval();
    }, delay);
  }
  #clearIntervalTimer() {
    if (this.#intervalId === void 0) {
      return;
    }
    clearInterval(this.#intervalId);
    this.#intervalId = void 0;
  }
  #clearTimeoutTimer() {
    if (this.#timeoutId === void 0) {
      return;
    }
    clearTimeout(this.#timeoutId);
    this.#timeoutId = void 0;
  }
  // Emits `empty`, and `idle` when no tasks run. For when the queue has no waiting tasks.
  #emitEmptyAndIdle() {
    this.#clearIntervalTimer();
    this.#emit("empty");
    if (this.#pending > 0 || this.#queue.size > 0) {
      return;
    }
    this.#clearTimeoutTimer();
    if (this.#strict) {
      this.#cleanupStrictTicks(Date.now());
    }
    this.#emit("idle");
  }
  #tryToStartAnother() {
    let isStarted;
    do {
      isStarted = this.#startNextTask();
    } while (isStarted === void 0);
    return isStarted;
  }
  // Returns `undefined` when it skipped a task whose signal aborted while it waited.
  #startNextTask() {
    if (this.#queue.size === 0) {
      this.#emitEmptyAndIdle();
      return false;
    }
    if (this.#isPaused) {
      if (!this.#doesIntervalAllowAnother) {
        this.#isIntervalPausedAt(Date.now());
      }
      return false;
    }
    const now = Date.now();
    const canInitializeInterval = !this.#isIntervalPausedAt(now);
    if (this.#doesIntervalAllowAnother && this.#doesConcurrentAllowAnother) {
      const job = this.#queue.dequeue();
      if (!this.#isIntervalIgnored) {
        this.#consumeIntervalSlot(now);
        this.#scheduleRateLimitUpdate();
      }
      if (canInitializeInterval) {
        this.#initializeIntervalIfNeeded();
      }
      const pendingBefore = this.#pending;
      job();
      if (this.#pending === pendingBefore) {
        this.#emit("next");
        return;
      }
      this.#emit("active");
      return true;
    }
    return false;
  }
  #initializeIntervalIfNeeded() {
    if (this.#isIntervalIgnored || this.#intervalId !== void 0 || this.#strict) {
      return;
    }
    this.#clearTimeoutTimer();
    this.#intervalId = setInterval(() => {
      this.#onInterval();
    }, this.#interval);
    this.#intervalEnd = Date.now() + this.#interval;
  }
  #onInterval() {
    if (!this.#strict) {
      if (this.#intervalId !== void 0) {
        if (this.#intervalCount === 0 && this.#pending === 0) {
          this.#clearIntervalTimer();
        } else {
          this.#intervalEnd = Date.now() + this.#interval;
        }
      }
      this.#intervalCount = this.#intervalCountAtWindowStart;
    }
    this.#processQueue();
    this.#scheduleRateLimitUpdate();
  }
  /**
  Executes all queued functions until it reaches the limit.
  */
  #processQueue() {
    while (this.#tryToStartAnother()) {
    }
  }
  // On an empty queue, `#processQueue()` emits `empty` and `idle`. An `idle` listener that sets `concurrency` or calls `.start()` would then recurse without end.
  #processWaitingTasks() {
    if (this.#queue.size > 0) {
      this.#processQueue();
    }
  }
  async #add(function_, options, waitingTask) {
    const id = options.id ?? (this.#idAssigner++).toString();
    options = {
      timeout: this.#timeout,
      ...options,
      id
    };
    validateTimeout(options.timeout);
    if (options.priority !== void 0 && (typeof options.priority !== "number" || Number.isNaN(options.priority))) {
      throw new TypeError(`Expected \`priority\` to be a number, got \`${String(options.priority)}\` (${typeof options.priority})`);
    }
    waitingTask.id = id;
    waitingTask.priority = options.priority ?? 0;
    return new Promise((resolve4, reject) => {
      if (options.signal?.aborted) {
        reject(options.signal.reason);
        return;
      }
      const run = bindAsyncContext(async () => {
        waitingTask.stopListeningForAbort?.();
        this.#waitingTasks.delete(waitingTask);
        if (options.signal?.aborted) {
          this.#rollbackIntervalConsumption();
          reject(options.signal.reason);
          return;
        }
        this.#pending++;
        const runningTask = {
          id,
          priority: waitingTask.priority,
          startTime: Date.now(),
          timeout: options.timeout
        };
        this.#runningTasks.add(runningTask);
        let { signal } = options;
        let stopListeningForAbort;
        let stopForwardingAbort;
        let timeoutId;
        try {
          if (options.timeout !== void 0) {
            const { signal: userSignal, timeout } = options;
            const taskController = new AbortController();
            timeoutId = setTimeout(() => {
              taskController.abort(new TimeoutError(`Task timed out after ${timeout}ms (queue has ${this.#pending} running, ${this.#queue.size} waiting)`));
            }, timeout);
            if (userSignal) {
              stopForwardingAbort = this.#onAbort(userSignal, () => {
                taskController.abort(userSignal.reason);
              });
            }
            signal = taskController.signal;
          }
          let operation;
          if (signal) {
            const abortSignal = signal;
            const abortPromise = new Promise((_resolve, rejectWithReason) => {
              stopListeningForAbort = this.#onAbort(abortSignal, () => {
                rejectWithReason(abortSignal.reason);
              });
            });
            operation = Promise.race([abortPromise, (async () => function_({ signal }))()]);
          } else {
            try {
              operation = function_({ signal });
            } catch (error) {
              operation = Promise.reject(error);
            }
          }
          const result = await operation;
          resolve4(result);
          this.#emit("completed", result);
        } catch (error) {
          reject(error);
          this.#emit("error", error);
        } finally {
          clearTimeout(timeoutId);
          stopListeningForAbort?.();
          stopForwardingAbort?.();
          this.#runningTasks.delete(runningTask);
          queueMicrotask(() => {
            this.#next();
          });
        }
      });
      const hasWaitingTasks = this.#queue.size > 0;
      this.#queue.enqueue(run, options);
      waitingTask.reject = reject;
      this.#waitingTasks.add(waitingTask);
      if (options.signal) {
        const { signal } = options;
        waitingTask.stopListeningForAbort = this.#onAbort(signal, () => {
          this.#waitingTasks.delete(waitingTask);
          if (this.#queue instanceof PriorityQueue) {
            this.#queue.remove(run);
          } else {
            this.#queue.remove(id);
          }
          reject(signal.reason);
          this.#processQueue();
          this.#emit("next");
        });
      }
      this.#emit("add");
      if (hasWaitingTasks) {
        this.#processQueue();
      } else {
        this.#tryToStartAnother();
      }
    });
  }
  /**
      Get or set the default timeout. A change applies to tasks added after it.
  
      @example
      ```
      const queue = new PQueue({timeout: 5000});
  
      queue.timeout = 10000;
      ```
      */
  get timeout() {
    return this.#timeout;
  }
  // Validated here, not only in `.add()`, so that an invalid value throws where it is set, instead of making every later `.add()` reject.
  set timeout(timeout) {
    validateTimeout(timeout);
    this.#timeout = timeout;
  }
  get concurrency() {
    return this.#concurrency;
  }
  set concurrency(newConcurrency) {
    validateLimit("concurrency", newConcurrency);
    this.#concurrency = newConcurrency;
    this.#processWaitingTasks();
  }
  /**
      Changes the priority of a waiting task, found by its `id`. Throws a `ReferenceError` if no waiting task has that `id`, for example because it already started. Throws a `TypeError` if `priority` is not a finite number. Tasks only wait when the queue has a `concurrency` limit, is paused, or is rate-limited.
  
      @example
      ```
      // Raise the priority to run a task earlier
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦀', {priority: 0, id: '🦀'});
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦄', {priority: 1});
  
      queue.setPriority('🦀', 2);
      // '🦀' runs second
      ```
  
      @example
      ```
      // Lower the priority to run a task later
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦀', {priority: 1, id: '🦀'});
      queue.add(async () => '🦄');
      queue.add(async () => '🦄', {priority: 0});
  
      queue.setPriority('🦀', -1);
      // '🦀' runs last
      ```
      */
  setPriority(id, priority) {
    if (typeof priority !== "number" || !Number.isFinite(priority)) {
      throw new TypeError(`Expected \`priority\` to be a finite number, got \`${priority}\` (${typeof priority})`);
    }
    for (const waitingTask of this.#waitingTasks) {
      if (waitingTask.id === id) {
        this.#queue.setPriority(id, priority);
        waitingTask.priority = priority;
        return;
      }
    }
    throw new ReferenceError(`No promise function with the id "${id}" exists in the queue.`);
  }
  /**
      Adds a sync or async task to the queue.
  
      Returns a promise that settles with the result of `fn` when the task completes, not when it is added. The function gets `{signal}` as its first argument. The signal is set when the task has a `signal` or a `timeout`, and aborts when either one does. Pass it on, for example to `fetch()`, to stop the work. The function runs in the async context of the `.add()` call (in Node.js 22.3 and later, Deno, and Bun), so it sees the [`AsyncLocalStorage`](https://nodejs.org/api/async_context.html#class-asynclocalstorage) values of the caller, also when it starts later.
  
      If you `await` each `.add()` call before the next, the tasks run one after the other, whatever the `concurrency`.
  
      Handle rejections of the returned promise. Otherwise, they are unhandled rejections, which can make the process exit.
      */
  add(function_, options = {}) {
    const waitingTask = {};
    const promise = this.#add(function_, options, waitingTask);
    waitingTask.promise = promise;
    if (waitingTask.isCleared) {
      promise.catch(() => void 0);
    }
    return promise;
  }
  async addAll(functions, options) {
    return Promise.all(functions.map(async (function_) => this.add(function_, options)));
  }
  /**
      Starts (or resumes) running queued tasks. Only needed if the queue is paused, with `autoStart: false` or `.pause()`.
  
      @returns `this` (the instance).
      */
  start() {
    if (!this.#isPaused) {
      return this;
    }
    this.#isPaused = false;
    this.#processWaitingTasks();
    return this;
  }
  /**
  Stops starting new tasks. Running tasks continue.
  */
  pause() {
    this.#isPaused = true;
  }
  /**
      Removes all waiting tasks. Running tasks continue.
  
      The promises returned by `.add()` for the removed tasks reject with an `AbortError`, which is a `DOMException`. The removed tasks do not run, and they do not emit the `error` event.
  
      If you ignore such a promise, its rejection is not reported as unhandled. This does not apply to a promise made from it, like the one from `queue.add(fn).then(…)` or from `.addAll()`, so handle the rejection of that promise.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 1});
  
      queue.add(() => doWork());
      const promise = queue.add(() => doWork());
  
      queue.clear();
  
      try {
          await promise;
      } catch (error) {
          console.log(error.name);
          //=> 'AbortError'
      }
      ```
      */
  clear() {
    if (this.#queue.size === 0) {
      return;
    }
    this.#queue = new this.#queueClass();
    const error = new DOMException("The queue was cleared", "AbortError");
    for (const waitingTask of this.#waitingTasks) {
      waitingTask.stopListeningForAbort?.();
      waitingTask.isCleared = true;
      waitingTask.promise?.catch(() => void 0);
      waitingTask.reject(error);
    }
    this.#waitingTasks.clear();
    this.#emitEmptyAndIdle();
    this.#updateRateLimitState();
    this.#emit("next");
  }
  /**
      Returns a promise that resolves when the queue is empty. Tasks can still be running.
  
      The promise resolves once. Call `.onEmpty()` again to wait for the next time, or use the `empty` event to get every time.
      */
  async onEmpty() {
    if (this.#queue.size === 0) {
      return;
    }
    await this.#onEvent(["empty", "active"], () => this.#queue.size === 0);
  }
  /**
      Returns a promise that resolves when `queue.size < limit`.
  
      Await it before you add a task, to keep the queue from growing beyond a size. It counts only waiting tasks, not running tasks.
      */
  async onSizeLessThan(limit) {
    if (this.#queue.size < limit) {
      return;
    }
    await this.#onEvent(["next", "active"], () => this.#queue.size < limit);
  }
  /**
      Returns a promise that resolves when the queue is empty and all tasks have completed: `queue.size === 0 && queue.pending === 0`.
  
      Unlike `.onEmpty()`, it waits for running tasks to finish.
  
      The promise resolves once. Call `.onIdle()` again to wait for the next time, or use the `idle` event to get every time.
      */
  async onIdle() {
    if (this.#pending === 0 && this.#queue.size === 0) {
      return;
    }
    await this.#onEvent("idle");
  }
  /**
      Returns a promise that resolves when no tasks are running: `queue.pending === 0`.
  
      Unlike `.onIdle()`, it ignores queued tasks. Use it to let running tasks finish before you change shared state. A task that timed out, or whose `signal` aborted while it ran, no longer counts, although its function can still run.
  
      @example
      ```
      queue.pause();
      await queue.onPendingZero();
      // No tasks are running, but the queue can still have tasks
      ```
      */
  async onPendingZero() {
    if (this.#pending === 0) {
      return;
    }
    await this.#onEvent("pendingZero");
  }
  /**
      Returns a promise that resolves when the queue becomes rate-limited by `intervalCap`. If the queue is already rate-limited, it resolves immediately.
  
      Useful for backpressure, when tasks are added faster than they run.
  
      @example
      ```
      const queue = new PQueue({intervalCap: 5, interval: 1000});
  
      for (let index = 0; index < 10; index++) {
          queue.add(() => someTask());
      }
  
      await queue.onRateLimit();
      console.log('The queue is rate-limited');
      ```
      */
  async onRateLimit() {
    this.#updateRateLimitState();
    if (this.isRateLimited) {
      return;
    }
    await this.#onEvent("rateLimit");
  }
  /**
      Returns a promise that resolves when the queue is no longer rate-limited. If the queue is not rate-limited, it resolves immediately.
  
      @example
      ```
      const queue = new PQueue({intervalCap: 5, interval: 1000});
  
      for (let index = 0; index < 10; index++) {
          queue.add(() => someTask());
      }
  
      await queue.onRateLimitCleared();
      console.log('The rate limit is cleared');
      ```
      */
  async onRateLimitCleared() {
    this.#updateRateLimitState();
    if (!this.isRateLimited) {
      return;
    }
    await this.#onEvent("rateLimitCleared");
  }
  /**
      Returns a promise that rejects when a task fails: it throws, times out, or its `signal` aborts while it runs. It rejects with the error of the task, or with `null` if the error is `undefined`, like the `error` event.
  
      Use `Promise.race([queue.onError(), queue.onIdle()])` to stop at the first error, and to resolve normally when the queue becomes idle. Each call adds an `error` listener that stays until a task fails, so to get every error, for example in a loop, use the `error` event instead.
  
      Important: The promises returned by `.add()` still reject. Handle each of them (for example with `.catch(() => {})`) to prevent unhandled rejections.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2});
  
      // Do not start the remaining tasks. Pause in an `error` listener, because it runs before the next task starts, and the code after `await` runs later.
      queue.addEventListener('error', () => {
          queue.pause();
      }, {once: true});
  
      queue.add(() => fetchData(1)).catch(() => {});
      queue.add(() => fetchData(2)).catch(() => {});
      queue.add(() => fetchData(3)).catch(() => {});
  
      try {
          await Promise.race([
              queue.onError(),
              queue.onIdle()
          ]);
      } catch (error) {
          console.error('Queue failed:', error);
      }
      ```
      */
  // eslint-disable-next-line @typescript-eslint/promise-function-async
  onError() {
    return new Promise((_resolve, reject) => {
      this.addEventListener("error", (event) => {
        reject(event.detail);
      }, { once: true });
    });
  }
  /**
  The number of tasks waiting to run.
  */
  get size() {
    return this.#queue.size;
  }
  /**
      The number of waiting tasks with the given `priority`.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue();
  
      // Paused, so the tasks stay queued. Without it they all start synchronously and the queue is empty by the time `sizeBy` reads it.
      queue.pause();
  
      queue.add(async () => '🦄', {priority: 1});
      queue.add(async () => '🦄', {priority: 0});
      queue.add(async () => '🦄', {priority: 1});
  
      console.log(queue.sizeBy({priority: 1}));
      //=> 2
  
      console.log(queue.sizeBy({priority: 0}));
      //=> 1
      ```
      */
  sizeBy(options) {
    return this.#queue.filter(options).length;
  }
  /**
  The number of running tasks.
  */
  get pending() {
    return this.#pending;
  }
  /**
  Whether the queue is paused.
  */
  get isPaused() {
    return this.#isPaused;
  }
  /**
  Whether the queue is rate-limited: the number of tasks started in the current interval, plus the tasks still running from earlier intervals with `carryoverIntervalCount`, has reached `intervalCap`, and tasks are waiting.
  */
  get isRateLimited() {
    return this.#isRateLimitedNow;
  }
  /**
      Whether tasks are waiting because all concurrency slots are in use, or because the queue is rate-limited.
  
      Useful to detect backpressure and tasks that hang.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2});
  
      // Backpressure
      if (queue.isSaturated) {
          await queue.onSizeLessThan(queue.concurrency);
      }
  
      // Monitoring
      setInterval(() => {
          if (queue.isSaturated) {
              console.warn(`Queue saturated: ${queue.pending} running, ${queue.size} waiting`);
          }
      }, 60000);
      ```
      */
  get isSaturated() {
    return this.#queue.size > 0 && (this.#pending >= this.#concurrency || this.isRateLimited);
  }
  /**
      An array with the running tasks. Each task has its `id`, `priority`, `startTime`, `timeout`, and `timeoutRemaining` (the milliseconds until it times out). Without a timeout, `timeout` and `timeoutRemaining` are `undefined`.
  
      @example
      ```
      import PQueue from 'p-queue';
  
      const queue = new PQueue({concurrency: 2, timeout: 10000});
  
      queue.add(() => fetchUser(123), {id: 'user-123'});
      queue.add(() => fetchPosts(456), {id: 'posts-456', priority: 1});
  
      console.log(queue.runningTasks);
      // => [{
      //   id: 'user-123',
      //   priority: 0,
      //   startTime: 1759253001716,
      //   timeout: 10000,
      //   timeoutRemaining: 10000
      // }, {
      //   id: 'posts-456',
      //   priority: 1,
      //   startTime: 1759253001716,
      //   timeout: 10000,
      //   timeoutRemaining: 10000
      // }]
      ```
      */
  get runningTasks() {
    return Array.from(this.#runningTasks, (task) => ({
      ...task,
      timeoutRemaining: task.timeout === void 0 ? void 0 : Math.max(0, task.startTime + task.timeout - Date.now())
    }));
  }
};
var TimeoutError = class extends DOMException {
  constructor(message) {
    super(message, "TimeoutError");
  }
};

// src/sync/property-plan.ts
function planCreate(values, schema) {
  const request = {};
  const hashes = {};
  for (const [key, value2] of values) {
    if (!schema.available.has(key)) continue;
    const name = key === "title" ? schema.titleName : PROPERTIES[key].name;
    request[name] = toRequestValue(value2);
    if (PROPERTIES[key].mode !== "create_only") hashes[name] = shortHash(valueKey(value2));
  }
  return { request, hashes, teammateEdits: [], forced: [] };
}
function planUpdate(values, page, base, schema, options = {}) {
  const current = options.current ?? {};
  const request = {};
  const hashes = {};
  const teammateEdits = [];
  const forced = [];
  for (const [key, value2] of values) {
    const spec = PROPERTIES[key];
    if (spec.mode === "create_only" || spec.mode === "ledger" || !schema.available.has(key))
      continue;
    const onPage = key in current ? current[key] : readValue(page.properties[spec.name], spec.type);
    const pageHash = shortHash(onPage === void 0 ? "" : valueKey(onPage));
    const wanted = valueKey(value2);
    if (onPage !== void 0 && valueKey(onPage) === wanted) {
      hashes[spec.name] = pageHash;
      continue;
    }
    const recorded = base?.properties[spec.name];
    if (recorded !== void 0 && recorded !== pageHash) {
      if (options.force !== true) {
        teammateEdits.push(spec.name);
        hashes[spec.name] = recorded;
        continue;
      }
      forced.push(spec.name);
    }
    request[spec.name] = toRequestValue(value2);
    hashes[spec.name] = shortHash(wanted);
  }
  return { request, hashes, teammateEdits, forced };
}

// src/sync/push-artifact.ts
async function pushArtifact(job, env) {
  const { record } = job;
  const oversized = sourceSizeProblem(record.content) ?? nestingProblem(record.content);
  if (oversized !== void 0) {
    return {
      idseId: record.idseId,
      action: "failed",
      pageId: job.page?.id ?? null,
      path: job.path,
      warnings: [],
      reason: oversized
    };
  }
  const converted = gfmToNotion(record.content);
  const warnings = converted.warnings.map(
    (w2) => `${record.idseId} line ${w2.line}: ${w2.construct}: ${w2.message}`
  );
  const values = desiredValues(job.facts);
  const status = values.get("status");
  if (status?.type === "status" && env.schema.statusOptions !== void 0 && !env.schema.statusOptions.has(status.name)) {
    values.delete("status");
    warnings.push(
      `${record.idseId}: Status left out: the database has no "${status.name}" option (run \`idse-sync doctor\`)`
    );
  }
  const source = shortHash(record.content);
  const outcome = (action, page2, reason) => ({
    idseId: record.idseId,
    action,
    pageId: page2?.id ?? null,
    path: job.path,
    warnings,
    ...page2 !== void 0 ? { page: page2 } : {},
    ...reason !== void 0 ? { reason } : {}
  });
  if (job.page === void 0) {
    const plan2 = planCreate(values, env.schema);
    const tooLarge2 = requestLimitProblem(converted.markdown, plan2.request);
    if (tooLarge2 !== void 0) return outcome("failed", void 0, tooLarge2);
    if (env.dryRun) return outcome("created", void 0);
    const created = await env.store.createPage(env.dataSourceId, plan2.request, converted.markdown);
    const rendered2 = (await env.store.readMarkdown(created.id)).markdown;
    const ledger2 = {
      source,
      markdown: markdownHash(rendered2),
      commit: await env.commitFor(job.path, record.content),
      properties: plan2.hashes
    };
    const page2 = env.schema.available.has("sync") ? await updateProperties(
      env,
      created.id,
      { [PROPERTIES.sync.name]: ledgerValue(ledger2) },
      ledger2
    ) : created;
    remember(env, job, page2, ledger2, rendered2, false);
    return outcome("created", page2);
  }
  let page = job.page;
  const base = syncBaseOf(page, env.schema, job.snapshot, job.sync);
  const plan = await planProperties(job, env, values, base);
  warnings.push(
    ...plan.teammateEdits.map(
      (name) => `${record.idseId}: "${name}" was changed in Notion since the last sync; left as it is`
    ),
    ...plan.forced.map(
      (name) => `${record.idseId}: --force overwrote "${name}", changed in Notion since the last sync`
    )
  );
  let rendered;
  let markdown = base?.markdown;
  let bodyWritten = false;
  let lossy = false;
  if (base === void 0 || base.source !== source) {
    const remote = await readWholePage(env.store, page.id);
    if (remote.unshared.length > 0) return outcome("failed", page, unsharedReason(remote.unshared));
    if (remote.missing.length > 0) return outcome("failed", page, missingReason(remote.missing));
    const tooDeep = nestingProblem(remote.markdown);
    if (tooDeep !== void 0) return outcome("failed", page, `the page in Notion has ${tooDeep}`);
    const remoteHash = markdownHash(remote.markdown);
    if (sameDocument(record.content, remote.markdown)) {
      markdown = remoteHash;
      rendered = remote.markdown;
    } else if (base !== void 0 && remoteHash === base.markdown) {
      bodyWritten = true;
    } else if (base === void 0 && env.schema.available.has("sync") && page.lastEditedBy === await env.store.botUserId()) {
      bodyWritten = true;
    } else if (resolvedAgainst2(env.db, record.idseId, remoteHash)) {
      bodyWritten = true;
    } else if (env.force) {
      bodyWritten = true;
      warnings.push(
        `${record.idseId}: --force overwrote edits made in Notion that were never pulled`
      );
    } else {
      return outcome("conflict", page, conflictReason(env.db, record.idseId, base));
    }
    if (bodyWritten) {
      if (remote.unloaded.length > 0)
        return outcome("failed", page, unloadedReason(remote.unloaded));
      const tooLarge2 = requestLimitProblem(converted.markdown);
      if (tooLarge2 !== void 0) return outcome("failed", page, tooLarge2);
      if (!env.dryRun) {
        const written = await replaceBody(env, page.id, record.content, converted.markdown);
        rendered = written.markdown;
        markdown = markdownHash(rendered);
        lossy = written.warnings.length > 0;
        warnings.push(
          ...written.warnings.map(
            (w2) => `${record.idseId}: Notion changed or ignored part of the body: ${w2} (not recorded as synced: the next push writes it again)`
          )
        );
      }
    }
  }
  const commit = lossy ? base?.commit ?? null : base === void 0 || base.source !== source || base.commit === null ? await env.commitFor(job.path, record.content) : base.commit;
  const ledger = {
    source: lossy ? base?.source ?? UNSYNCED_SOURCE : source,
    markdown: markdown ?? "",
    commit,
    properties: plan.hashes
  };
  const request = { ...plan.request };
  const ledgerChanged = base === void 0 || base.origin !== "ledger" || encodeLedger(ledger) !== encodeLedger(base);
  if (env.schema.available.has("sync") && ledgerChanged) {
    request[PROPERTIES.sync.name] = ledgerValue(ledger);
  }
  const propertiesWritten = Object.keys(plan.request).length > 0;
  if (Object.keys(request).length > 0 && !env.dryRun) {
    const sendsLedger = request[PROPERTIES.sync.name] !== void 0;
    page = await updateProperties(env, page.id, request, sendsLedger ? ledger : void 0);
  }
  if (!env.dryRun) remember(env, job, page, ledger, rendered, lossy);
  if (bodyWritten || propertiesWritten) {
    const body = lossy ? "body (Notion changed part of it)" : "body";
    const parts = [bodyWritten ? body : "", ...Object.keys(plan.request)].filter(Boolean);
    return outcome("updated", page, parts.join(", "));
  }
  if (request[PROPERTIES.sync.name] !== void 0) {
    return outcome("skipped", page, "unchanged; recorded the sync ledger");
  }
  return outcome("skipped", page, "unchanged");
}
async function planProperties(job, env, values, base) {
  const page = job.page;
  const relation = page.properties[PROPERTIES.upstream.name];
  if (values.has("upstream") && relation?.has_more === true && relation.id !== void 0) {
    const ids = await env.store.relationIds(page.id, relation.id);
    return planUpdate(values, page, base, env.schema, {
      force: env.force,
      current: { upstream: { type: "relation", ids } }
    });
  }
  return planUpdate(values, page, base, env.schema, { force: env.force });
}
async function replaceBody(env, pageId, gfm2, v2) {
  try {
    return await env.store.replaceMarkdown(pageId, v2);
  } catch (error) {
    if (!isSavedButUnavailable(error)) throw error;
    const now = await env.store.readMarkdown(pageId);
    if (!now.truncated && sameDocument(gfm2, now.markdown))
      return { markdown: now.markdown, warnings: [] };
    throw error;
  }
}
async function updateProperties(env, pageId, request, ledger) {
  try {
    return await env.store.updateProperties(pageId, request);
  } catch (error) {
    if (!isSavedButUnavailable(error) || ledger === void 0) throw error;
    const page = await env.store.getPage(pageId);
    const onPage = readValue(page?.properties[PROPERTIES.sync.name], "rich_text");
    if (page !== void 0 && onPage?.type === "rich_text" && onPage.text === encodeLedger(ledger)) {
      return page;
    }
    throw error;
  }
}
function resolvedAgainst2(db, idseId, remoteHash) {
  return db.listConflicts({ includeResolved: true }).some((c3) => c3.idseId === idseId && c3.resolvedAt !== null && c3.remoteHash === remoteHash);
}
function conflictReason(db, idseId, base) {
  const open = db.getOpenConflict(idseId);
  if (open !== void 0) {
    return `unresolved conflict since ${open.createdAt}; Notion's version is in ${open.notionCopyPath}: edit the file, then run \`idse-sync resolve ${idseId}\``;
  }
  const why = base === void 0 ? "the page has no sync history and its content differs" : "the page was edited in Notion since the last sync";
  return `${why}; run \`idse-sync pull\` first (or push --force)`;
}
function ledgerValue(ledger) {
  return toRequestValue({ type: "rich_text", text: encodeLedger(ledger) });
}
function remember(env, job, page, ledger, rendered, lossy) {
  const { db } = env;
  db.transaction(() => {
    const known = job.sync;
    const samePage = known?.remoteId != null && compactId(known.remoteId) === compactId(page.id);
    if (lossy) {
      if (!samePage) db.setRemoteId(job.record.id, page.id);
    } else if (known?.lastPushHash !== job.record.contentHash || !samePage) {
      db.recordPush(job.record.id, { hash: job.record.contentHash, remoteId: page.id });
    }
    const markdown = rendered ?? job.snapshot?.markdown;
    if (markdown !== void 0 && markdownHash(markdown) === ledger.markdown) {
      db.saveRemoteSnapshot(job.record.idseId, {
        markdown,
        remoteId: page.id,
        propertiesHash: JSON.stringify(ledger.properties),
        lastEditedTime: page.lastEditedTime,
        ledgerCommit: ledger.commit
      });
    } else if (job.snapshot !== void 0 && env.schema.available.has("sync")) {
      db.deleteRemoteSnapshot(job.record.idseId);
    }
  });
}

// src/sync/warm-skip.ts
function unconfirmedKey(idseId) {
  return `unconfirmed-page:${idseId}`;
}
function isWarmSkip(record, facts, db, schema) {
  if (db.getCursor(unconfirmedKey(record.idseId)) !== void 0) return false;
  const sync = db.getSyncMetadata(record.id);
  if (sync?.lastPushHash !== record.contentHash || sync.remoteId === null) return false;
  if ((sync.lastPullAt ?? "") > (sync.lastPushAt ?? "")) return false;
  const snapshot = db.getRemoteSnapshot(record.idseId);
  if (snapshot?.remoteId == null || compactId(snapshot.remoteId) !== compactId(sync.remoteId)) {
    return false;
  }
  const recorded = parsePropertyHashes(snapshot.propertiesHash);
  for (const [key, value2] of desiredValues(facts)) {
    const spec = PROPERTIES[key];
    if (spec.mode === "create_only" || !schema.available.has(key)) continue;
    if (recorded[spec.name] !== shortHash(valueKey(value2))) return false;
  }
  return true;
}

// src/sync/push-project.ts
var ARTIFACTS_IN_FLIGHT = 6;
async function pushProject(p2, warnings) {
  const c3 = p2.collaborators;
  const env = {
    store: c3.store,
    db: c3.db,
    schema: p2.schema,
    dataSourceId: p2.dataSourceId,
    dryRun: p2.settings.dryRun,
    force: p2.settings.force,
    commitFor: (path2, content3) => c3.commitFor(path2, content3)
  };
  const cachedId = (record) => c3.db.getSyncMetadata(record.id)?.remoteId ?? null;
  const outcomes = [];
  const skipped = (record) => ({
    idseId: record.idseId,
    action: "skipped",
    pageId: cachedId(record),
    reason: "unchanged"
  });
  const warm = /* @__PURE__ */ new Set();
  for (const record of p2.records) {
    const upstream = upstreamIds(record, p2, cachedId);
    const facts = withUpstream(baseFacts(record, p2), upstream);
    if (!p2.settings.force && upstream !== null && isWarmSkip(record, facts, c3.db, p2.schema)) {
      warm.add(record.idseId);
    }
  }
  if (warm.size === p2.records.length) return p2.records.map(skipped);
  const listing = { ...p2.schema.stageOptions ? { stageOptions: p2.schema.stageOptions } : {} };
  const index2 = new PageIndex(await c3.store.listPages(p2.dataSourceId, listing));
  const unmatched = p2.records.filter(
    (record) => index2.resolve(record.sessionId, record.stage, cachedId(record)) === void 0
  );
  const absent = unmatched.length === 0 ? /* @__PURE__ */ new Map() : await explainAbsent(
    unmatched,
    { known: cachedId, synced: (r2) => c3.db.getRemoteSnapshot(r2.idseId)?.remoteId ?? null },
    archivedIndex(await c3.store.listPages(p2.dataSourceId, { ...listing, archived: true })),
    c3.store
  );
  const pages = /* @__PURE__ */ new Map();
  const pending = [];
  for (const record of p2.records) {
    const resolved = index2.resolve(record.sessionId, record.stage, cachedId(record));
    if (resolved !== void 0) {
      pages.set(record.idseId, resolved.page);
      await removeDuplicates(record, resolved.duplicates, p2, warnings);
    }
    const absence = absent.get(record.idseId);
    if (absence?.kind === "archived") {
      outcomes.push({
        idseId: record.idseId,
        action: "archived",
        pageId: absence.page.id,
        reason: archivedReason(absence.page.id, "push")
      });
      continue;
    }
    if (absence?.kind === "trashed") {
      warnings.push(
        `${record.idseId}: its page ${absence.pageId} is in Notion's trash; a new page is created (to keep the old one instead, restore it from the trash and trash the new one)`
      );
    } else if (absence?.kind === "gone") {
      warnings.push(
        `${record.idseId}: its page ${absence.pageId} is not in the database for this integration (deleted for good, moved, or no longer shared with it); a new page is created`
      );
    }
    const cached = cachedId(record);
    const stillWarm = warm.has(record.idseId) && cached !== null && resolved !== void 0 && compactId(resolved.page.id) === compactId(cached);
    if (stillWarm) outcomes.push(skipped(record));
    else pending.push(record);
    const unconfirmed = c3.db.getCursor(unconfirmedKey(record.idseId));
    if (unconfirmed !== void 0 && !p2.settings.dryRun && resolved !== void 0) {
      if (compactId(resolved.page.id) === compactId(unconfirmed)) {
        c3.db.setCursor(unconfirmedKey(record.idseId), null);
      }
    }
  }
  const pageIdOf = (dep) => pages.get(dep.idseId)?.id ?? index2.resolve(dep.sessionId, dep.stage, cachedId(dep))?.page.id ?? null;
  const knownUpstream = pending.map((record) => upstreamIds(record, p2, pageIdOf));
  const jobs = new PQueue({ concurrency: ARTIFACTS_IN_FLIGHT });
  const first = await Promise.all(
    pending.map(
      (record, i) => jobs.add(() => {
        if (p2.settings.signal?.aborted === true) return Promise.resolve(cancelled(record, p2));
        const facts = withUpstream(baseFacts(record, p2), knownUpstream[i]);
        return runJob(jobFor(record, facts, pages.get(record.idseId), p2), env, p2);
      })
    )
  );
  if (!p2.settings.dryRun && p2.settings.signal?.aborted !== true) {
    const hadPage = pending.map((record) => pages.has(record.idseId));
    const adopted = await settleRaces(pending, first, hadPage, p2, env, warnings);
    markUnconfirmed(pending, first, adopted, p2);
  }
  for (const result of first) if (result.page) pages.set(result.idseId, result.page);
  for (const [i, record] of pending.entries()) {
    const result = first[i];
    if (result?.page === void 0 || p2.settings.dryRun || knownUpstream[i] !== null) continue;
    if (p2.settings.signal?.aborted === true) break;
    const upstream = upstreamIds(record, p2, (dep) => pages.get(dep.idseId)?.id ?? null);
    if (upstream === null || upstream === void 0) continue;
    const again = await runJob(
      jobFor(record, withUpstream(baseFacts(record, p2), upstream), result.page, p2),
      env,
      p2
    );
    const merged = [
      ...result.warnings,
      ...again.warnings.filter((w2) => !result.warnings.includes(w2))
    ];
    if (again.action === "failed" || result.action === "skipped" && again.action === "updated") {
      first[i] = { ...again, warnings: merged };
    } else first[i] = { ...result, warnings: merged };
  }
  for (const result of first) {
    warnings.push(...result.warnings);
    outcomes.push(strip(result));
  }
  return outcomes;
}
function upstreamIds(record, p2, pageIdOf) {
  const deps = p2.collaborators.db.getDependencies(record.id, "upstream");
  if (deps.length === 0) return void 0;
  const ids = deps.map(pageIdOf);
  return ids.every((id) => id !== null) ? ids : null;
}
function withUpstream(facts, upstream) {
  return upstream ? { ...facts, upstreamPageIds: upstream } : facts;
}
function baseFacts(record, p2) {
  const session = p2.collaborators.db.getSession(record.project, record.sessionId);
  const status = session?.status ?? "draft";
  return {
    stage: record.stage,
    session: record.sessionId,
    status: isSessionStatus(status) ? status : "draft",
    tags: session?.tags ?? [],
    description: session?.description ?? null
  };
}
function jobFor(record, facts, page, p2) {
  const { db, layout } = p2.collaborators;
  return {
    record,
    facts,
    path: layout.relative(record.project, record.sessionId, record.stage),
    page,
    sync: db.getSyncMetadata(record.id),
    snapshot: db.getRemoteSnapshot(record.idseId)
  };
}
async function runJob(job, env, p2) {
  try {
    return await pushArtifact(job, env);
  } catch (error) {
    const stop = runStoppingError(error, {});
    if (stop !== void 0) throw stop;
    return {
      idseId: job.record.idseId,
      action: "failed",
      pageId: job.page?.id ?? null,
      path: job.path,
      reason: describeNotionError(error, p2.settings.secrets),
      warnings: []
    };
  }
}
async function settleRaces(pending, results, hadPage, p2, env, warnings) {
  const adoptedAt = /* @__PURE__ */ new Set();
  const created = pending.map((record, i) => ({ record, i, result: results[i] })).filter(
    ({ result, i }) => result?.action === "created" && result.page !== void 0 || result?.action === "failed" && hadPage[i] === false
  );
  if (created.length === 0) return adoptedAt;
  const index2 = new PageIndex(
    await p2.collaborators.store.listPages(p2.dataSourceId, {
      ...p2.schema.stageOptions ? { stageOptions: p2.schema.stageOptions } : {}
    })
  );
  for (const { record, i, result } of created) {
    const ours = result?.page;
    const resolved = index2.resolve(record.sessionId, record.stage, null);
    if (resolved === void 0) continue;
    await removeDuplicates(record, resolved.duplicates, p2, warnings);
    if (ours !== void 0 && compactId(resolved.page.id) === compactId(ours.id)) continue;
    const facts = withUpstream(
      baseFacts(record, p2),
      upstreamIds(record, p2, () => null)
    );
    const adopted = await runJob(jobFor(record, facts, resolved.page, p2), env, p2);
    adoptedAt.add(i);
    const madeNow = ours === void 0 && adopted.action !== "failed" && adopted.action !== "conflict" && resolved.page.createdBy === await p2.collaborators.store.botUserId();
    const reason = ours === void 0 ? `the page was made during this run but its first write failed; written again on ${resolved.page.id}` : `another run created its page at the same time; kept that older page ${resolved.page.id}`;
    results[i] = {
      ...adopted,
      ...madeNow ? { action: "created" } : {},
      reason: adopted.reason === "unchanged" || madeNow ? reason : `${adopted.reason ?? ""}; ${reason}`,
      warnings: [
        ...result?.warnings ?? [],
        ...adopted.warnings.filter((w2) => !result?.warnings.includes(w2))
      ]
    };
  }
  return adoptedAt;
}
function markUnconfirmed(pending, results, adopted, p2) {
  const { db } = p2.collaborators;
  for (const [i, record] of pending.entries()) {
    const result = results[i];
    if ((result?.action === "created" || adopted.has(i)) && result?.page !== void 0) {
      db.setCursor(unconfirmedKey(record.idseId), result.page.id);
    }
  }
}
async function removeDuplicates(record, duplicates, p2, warnings) {
  if (duplicates.length === 0) return;
  const bot = await p2.collaborators.store.botUserId();
  for (const duplicate of duplicates) {
    if (duplicate.createdBy !== bot) {
      warnings.push(
        `${record.idseId}: page ${duplicate.id} duplicates the older page and was not created by this integration; left alone`
      );
    } else if (p2.settings.dryRun) {
      warnings.push(`${record.idseId}: would trash duplicate page ${duplicate.id}`);
    } else {
      await p2.collaborators.store.trashPage(duplicate.id);
      warnings.push(`${record.idseId}: trashed duplicate page ${duplicate.id} (kept the oldest)`);
    }
  }
}
function cancelled(record, p2) {
  return {
    idseId: record.idseId,
    action: "failed",
    pageId: p2.collaborators.db.getSyncMetadata(record.id)?.remoteId ?? null,
    path: p2.collaborators.layout.relative(record.project, record.sessionId, record.stage),
    reason: CANCELLED_REASON,
    warnings: []
  };
}
function strip(result) {
  const { warnings: _warnings, page: _page, ...outcome } = result;
  return outcome;
}

// src/sync/push.ts
async function preparePush(settings, c3) {
  const workspace = discoverWorkspace(c3.layout.root, settings.filter);
  const warnings = [];
  const targets = resolveTargets(projectsToPush(workspace, c3.db, settings), settings.targets);
  const databases = await openDatabases(targets, c3.store, warnings);
  return { workspace, databases, warnings };
}
async function runPush(settings, c3, prepared) {
  const { workspace, databases, warnings } = prepared ?? await preparePush(settings, c3);
  const outcomes = [];
  warnings.push(...workspace.problems.map((p2) => `${p2.path}: ${p2.problem}`));
  const imported = importWorkspace(c3.db, workspace);
  warnings.push(...imported.sessionProblems.map((p2) => `${p2.path}: ${p2.problem}`));
  const unreadable = /* @__PURE__ */ new Set();
  for (const file of imported.artifacts.filter((a) => a.action === "failed")) {
    unreadable.add(file.idseId);
    if (settings.only === void 0 || settings.only.has(file.idseId)) {
      outcomes.push({
        idseId: file.idseId,
        action: "failed",
        pageId: null,
        path: c3.layout.relativePath(file.path),
        reason: file.reason ?? ""
      });
    }
  }
  if (!settings.dryRun) {
    const exported = writeSpineOnlyArtifacts(c3.db, c3.layout, settings.filter, {
      ...settings.only !== void 0 ? { only: settings.only } : {}
    });
    for (const written of exported) {
      if (written.action === "written")
        warnings.push(`wrote spine-only artifact ${written.idseId} to its file`);
      if (written.action === "failed") warnings.push(`${written.idseId}: ${written.reason}`);
    }
  }
  const records = c3.db.listArtifacts(settings.filter).filter((r2) => !unreadable.has(r2.idseId)).filter((r2) => settings.only === void 0 || settings.only.has(r2.idseId));
  const byProject = /* @__PURE__ */ new Map();
  for (const record of records) {
    byProject.set(record.project, [...byProject.get(record.project) ?? [], record]);
  }
  for (const [project, projectRecords] of byProject) {
    const database = databases.get(project);
    if (database === void 0) continue;
    const results = await pushProject(
      { records: projectRecords, ...database, settings, collaborators: c3 },
      warnings
    );
    outcomes.push(...results);
  }
  warnings.push(...cancellationWarning(outcomes));
  return {
    command: "push",
    dryRun: settings.dryRun,
    counts: countOutcomes(outcomes),
    artifacts: byIdseId(outcomes),
    warnings,
    requests: c3.requestCount()
  };
}
function projectsToPush(workspace, db, settings) {
  const projects = /* @__PURE__ */ new Set();
  for (const session of workspace.sessions) {
    if (session.artifacts.length > 0) projects.add(session.project);
  }
  for (const record of db.listArtifacts(settings.filter)) projects.add(record.project);
  const only = settings.only;
  if (only === void 0) return [...projects];
  return [...projects].filter(
    (project) => [...only].some((idseId) => idseId.startsWith(`${project}::`))
  );
}

// src/sync/checked-run.ts
async function withCheckedSpine(collaborators, dryRun, copy, prepare, run) {
  const { layout } = collaborators;
  const snapshot = copy ?? ArtifactDatabase.openSnapshot(existsSync8(layout.spinePath) ? layout.spinePath : null);
  const probe = collaborators.probe;
  let db = snapshot;
  try {
    const prepared = await prepare(snapshot);
    const warnings = [];
    if (!dryRun) {
      snapshot.close();
      for (const path2 of removeInterruptedWrites(layout.idseDir)) {
        warnings.push(`removed ${layout.relativePath(path2)}, left by an interrupted write`);
      }
      db = ArtifactDatabase.open(layout.spinePath, {
        create: true,
        ...probe !== void 0 ? { probe } : {}
      });
      const migration = db.migrate();
      if (migration.backupPath) {
        warnings.push(`migrated the spine; the previous file is at ${migration.backupPath}`);
      }
    }
    return { result: await run(db, prepared), warnings };
  } finally {
    snapshot.close();
    db.close();
  }
}
async function checkedPush(settings, c3, options = {}) {
  const { result, warnings } = await withCheckedSpine(
    c3,
    settings.dryRun,
    options.copy,
    (copy) => preparePush(settings, { db: copy, layout: c3.layout, store: c3.store }),
    async (db, prepared) => {
      const report = await runPush(
        settings,
        {
          db,
          layout: c3.layout,
          store: c3.store,
          requestCount: () => c3.gateway.requestCount,
          commitFor: c3.commitFor
        },
        prepared
      );
      await options.afterRun?.(db, report);
      return report;
    }
  );
  result.warnings.unshift(...warnings);
  return result;
}
async function checkedPull(settings, c3) {
  const { result, warnings } = await withCheckedSpine(
    c3,
    settings.dryRun,
    void 0,
    (copy) => preparePull(settings, { db: copy, layout: c3.layout, store: c3.store }),
    (db, prepared) => runPull(
      settings,
      {
        db,
        layout: c3.layout,
        store: c3.store,
        gateway: c3.gateway,
        committedVersion: c3.committedVersion,
        now: () => /* @__PURE__ */ new Date(),
        ...c3.commit !== void 0 ? {
          commit: async (pulled) => c3.commit?.(
            pulled.written,
            pulled.changes,
            await c3.store.userNames(pulled.editors)
          ) ?? null
        } : {}
      },
      prepared
    )
  );
  result.report.warnings.unshift(...warnings);
  return result;
}

// src/git/changed.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { resolve as resolve3 } from "node:path";
var FIRST_DEEPEN = 50;
var FILE_TO_STAGE = new Map(STAGES.map((stage) => [STAGE_FILES[stage], stage]));
var SESSION_METADATA = "metadata/session.json";
var WorkspaceHistory = class _WorkspaceHistory {
  constructor(git, root2, prefix, head) {
    this.git = git;
    this.root = root2;
    this.prefix = prefix;
    this.head = head;
  }
  git;
  root;
  prefix;
  head;
  /** Opens the repository holding `root`; throws when there is none or it has no commit. */
  static async open(root2) {
    const git = wo({ baseDir: root2 });
    let prefix;
    try {
      prefix = (await git.revparse(["--show-prefix"])).trim();
    } catch {
      throw new IdseError(
        "not-a-repository",
        `--since and --changed need a git repository; ${root2} is not in one.`,
        "Run the push inside the repository, or without --since/--changed."
      );
    }
    const head = (await git.raw(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])).trim();
    if (head === "") {
      throw new IdseError(
        "no-commits",
        "The repository has no commit yet, so nothing changed in git.",
        "Commit the artifacts first, or push without --since/--changed."
      );
    }
    return new _WorkspaceHistory(git, root2, prefix, head);
  }
  /** Like {@link open}, but null outside a repository or before its first commit. */
  static async openIfCommitted(root2) {
    try {
      return await _WorkspaceHistory.open(root2);
    } catch {
      return null;
    }
  }
  /** `REF..HEAD`: REF resolved to a commit, fetching history a shallow clone lacks. */
  async since(ref) {
    let from = await this.resolve(ref);
    for (let depth = FIRST_DEEPEN; from === null && await this.isShallow(); depth *= 2) {
      await this.deepen(depth, `to find ${ref}`);
      from = await this.resolve(ref);
    }
    if (from === null) {
      throw new IdseError(
        "unknown-revision",
        `--since ${ref}: no such commit in this repository.`,
        "Pass a commit, branch or tag that exists here (`git log --oneline` lists commits)."
      );
    }
    return { from, to: this.head };
  }
  /** What HEAD changed: against its first parent (a merge), or everything (a first commit). */
  async lastCommit() {
    return { from: await this.firstParent(this.head), to: this.head };
  }
  /** True when `ancestor` is `descendant` or one of its ancestors; false when either is unknown. */
  async isAncestor(ancestor, descendant) {
    try {
      const base = (await this.git.raw(["merge-base", ancestor, descendant])).trim();
      const resolved = await this.resolve(ancestor);
      return resolved !== null && base === resolved;
    } catch {
      return false;
    }
  }
  /** The full sha of a commit-ish present in the repository, or null. */
  async resolve(ref) {
    if (ref.startsWith("-")) return null;
    try {
      const sha = (await this.git.raw(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim().split("\n")[0];
      return sha ? sha : null;
    } catch {
      return null;
    }
  }
  /** Commits in `from..to`, or every commit up to `to` when `from` is null. */
  async countCommits(range) {
    const spec = range.from === null ? range.to : `${range.from}..${range.to}`;
    return Number((await this.git.raw(["rev-list", "--count", spec])).trim());
  }
  /**
   * The artifacts whose files differ between the two commits, by idse_id. A change to a
   * session's `metadata/session.json` changes the properties of every artifact of that session
   * present at `to` (`metadataOnly`). Files outside `.idse/projects/`, other files in session
   * folders and unsafe names are ignored.
   */
  async changes(range) {
    const projects = `${this.prefix}${IDSE_DIR}/projects`;
    const args = ["diff-tree", "-r", "-z", "-M", "--name-status", "--no-commit-id"];
    args.push(...range.from === null ? ["--root", range.to] : [range.from, range.to]);
    args.push("--", `:(top,literal)${projects}`);
    const byId = /* @__PURE__ */ new Map();
    const metadataSessions = [];
    for (const entry of parseNameStatus(await this.git.raw(args))) {
      const after = this.locate(entry.path);
      if (entry.status === "D") {
        if (after?.stage !== void 0) byId.set(after.idseId, change(after, "deleted"));
        continue;
      }
      const before = entry.oldPath === void 0 ? void 0 : this.locate(entry.oldPath);
      if (before?.stage !== void 0) {
        const renamedTo = after?.path ?? entry.path;
        byId.set(before.idseId, { ...change(before, "deleted"), renamedTo });
      }
      if (after?.stage !== void 0) {
        const changed = change(after, "changed");
        if (entry.oldPath !== void 0) changed.renamedFrom = before?.path ?? entry.oldPath;
        byId.set(after.idseId, changed);
      } else if (after !== void 0) {
        metadataSessions.push(after);
      }
    }
    for (const { project, session } of metadataSessions) {
      const dir = `${projects}/${project}/sessions/${session}`;
      const listed = await this.git.raw([
        "ls-tree",
        "-r",
        "-z",
        "--name-only",
        // Paths from the top, like every other git answer here, even when .idse/ is in a subfolder.
        "--full-name",
        range.to,
        "--",
        `:(top,literal)${dir}`
      ]);
      for (const path2 of listed.split("\0").filter(Boolean)) {
        const found = this.locate(path2);
        if (found?.stage !== void 0 && !byId.has(found.idseId)) {
          byId.set(found.idseId, { ...change(found, "changed"), metadataOnly: true });
        }
      }
    }
    return [...byId.values()].sort((a, b3) => compare(a.idseId, b3.idseId));
  }
  /**
   * An artifact file (with its stage) or a session's metadata file (without), from a path
   * relative to the repository's top; undefined for anything else.
   */
  locate(topPath) {
    if (!topPath.startsWith(this.prefix)) return void 0;
    const path2 = topPath.slice(this.prefix.length);
    const parts = path2.split("/");
    if (parts.length !== 7 || parts[0] !== IDSE_DIR || parts[1] !== "projects") return void 0;
    const [, , project = "", sessions, session = "", folder, file] = parts;
    if (sessions !== "sessions") return void 0;
    if (unsafeNameReason(project) !== void 0 || unsafeNameReason(session) !== void 0) {
      return void 0;
    }
    const inSession = `${folder}/${file}`;
    const stage = FILE_TO_STAGE.get(inSession);
    if (stage !== void 0) {
      return { project, session, path: path2, stage, idseId: `${project}::${session}::${stage}` };
    }
    if (inSession === SESSION_METADATA) return { project, session, path: path2 };
    return void 0;
  }
  async firstParent(sha) {
    if (await this.isShallowBoundary(sha)) await this.deepen(1, `to read the parent of ${sha}`);
    if (await this.isShallowBoundary(sha)) {
      throw new IdseError(
        "history-missing",
        `The parent of ${sha.slice(0, 12)} is not in this shallow clone, so what it changed is unknown.`,
        "Fetch more history (`git fetch --deepen=1` or `--unshallow`), then run again."
      );
    }
    const line = (await this.git.raw(["rev-list", "--parents", "-n", "1", sha])).trim();
    return line.split(" ")[1] ?? null;
  }
  async isShallow() {
    return (await this.git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }
  /** True when git cut this commit's parents off (a shallow clone's boundary). */
  async isShallowBoundary(sha) {
    return (await this.shallowBoundary()).includes(sha);
  }
  /** The commits whose parents a shallow clone lacks (git's `shallow` file); none when complete. */
  async shallowBoundary() {
    if (!await this.isShallow()) return [];
    const file = resolve3(
      this.root,
      (await this.git.raw(["rev-parse", "--git-path", "shallow"])).trim()
    );
    try {
      return readFileSync3(file, "utf8").split("\n").filter(Boolean);
    } catch {
      return [];
    }
  }
  /** Fetches `commits` more commits of history; throws when that fails or fetches nothing. */
  async deepen(commits, why) {
    const before = (await this.shallowBoundary()).join(" ");
    let failure;
    try {
      await this.git.raw(["fetch", "--quiet", `--deepen=${commits}`]);
    } catch (error) {
      failure = error instanceof Error ? error.message.trim().split("\n")[0] : String(error);
    }
    if (failure === void 0 && (await this.shallowBoundary()).join(" ") === before) {
      failure = "no history came (is there a remote to fetch from?)";
    }
    if (failure !== void 0) {
      throw new IdseError(
        "history-missing",
        `This is a shallow clone and fetching more history ${why} failed: ${failure}`,
        "Fetch the history yourself (`git fetch --unshallow`), then run again."
      );
    }
  }
};
function parseNameStatus(output) {
  const fields = output.split("\0");
  const entries = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? "";
    if (status === "") continue;
    const letter = status.charAt(0);
    if (letter === "R" || letter === "C") {
      const oldPath = fields[i++] ?? "";
      const path2 = fields[i++] ?? "";
      entries.push(letter === "R" ? { status: "R", path: path2, oldPath } : { status: "A", path: path2 });
    } else {
      entries.push({ status: letter, path: fields[i++] ?? "" });
    }
  }
  return entries;
}
function change(found, kind) {
  const { idseId, project, session, stage, path: path2 } = found;
  return { idseId, project, session, stage, kind, path: path2 };
}
function compare(a, b3) {
  return a < b3 ? -1 : a > b3 ? 1 : 0;
}

// src/git/commit-lookup.ts
function createCommitLookup(root2) {
  let git;
  let head;
  const headCommit = () => {
    head ??= (async () => {
      try {
        git = wo({ baseDir: root2 });
        if (!await git.checkIsRepo()) return null;
        return (await git.revparse(["--verify", "--quiet", "HEAD"])).trim() || null;
      } catch {
        return null;
      }
    })();
    return head;
  };
  return async (path2, content3) => {
    const commit = await headCommit();
    if (commit === null || git === void 0) return null;
    try {
      const prefix = (await git.revparse(["--show-prefix"])).trim();
      const committed = await git.raw(["show", "--end-of-options", `${commit}:${prefix}${path2}`]);
      return committed === content3 ? commit : null;
    } catch {
      return null;
    }
  };
}

// src/workspace/config.ts
import { readFileSync as readFileSync4 } from "node:fs";
function readNotionConfig(path2, options) {
  let raw;
  try {
    raw = options.allowToken ? readFileSync4(path2, "utf8") : readRegularFile(path2).toString("utf8");
  } catch (error) {
    if (error instanceof IdseError) throw error;
    if (error.code === "ENOENT") return {};
    if (error.code === "ELOOP") {
      throw configError(path2, "is a symbolic link, which is never followed");
    }
    throw configError(path2, `cannot be read (${error.code})`);
  }
  let data;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw configError(path2, `is not valid JSON (${error.message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw configError(path2, "must hold a JSON object");
  }
  const notion = data["notion"];
  if (notion === void 0) return {};
  if (typeof notion !== "object" || notion === null || Array.isArray(notion)) {
    throw configError(path2, '"notion" must be an object');
  }
  const section = notion;
  const config = {};
  const text5 = (key) => {
    const value2 = section[key];
    if (value2 === void 0 || value2 === null) return void 0;
    if (typeof value2 !== "string" || value2.trim() === "") {
      throw configError(path2, `"notion.${key}" must be a non-empty string`);
    }
    return value2.trim();
  };
  const databaseId = text5("database_id");
  if (databaseId !== void 0) config.databaseId = databaseId;
  const dataSourceId = text5("data_source_id");
  if (dataSourceId !== void 0) config.dataSourceId = dataSourceId;
  const baseUrl = text5("base_url");
  if (baseUrl !== void 0 && options.allowToken) config.baseUrl = baseUrl;
  else if (baseUrl !== void 0) config.ignoredBaseUrl = baseUrl;
  for (const key of ["token", "api_key", "notion_token"]) {
    if (section[key] === void 0) continue;
    if (!options.allowToken) {
      throw new IdseError(
        "token-in-committed-config",
        `${path2} holds a Notion token ("notion.${key}"); this file is committed with the workspace.`,
        "Remove it from the file, revoke the token in Notion (it may be in git history), and set NOTION_TOKEN instead."
      );
    }
    const token = text5(key);
    if (token !== void 0) config.token = token;
  }
  const databases = section["databases"];
  if (databases !== void 0 && databases !== null) {
    if (typeof databases !== "object" || Array.isArray(databases)) {
      throw configError(path2, '"notion.databases" must map project names to database ids');
    }
    const map4 = {};
    for (const [project, id] of Object.entries(databases)) {
      if (typeof id !== "string" || id.trim() === "") {
        throw configError(path2, `"notion.databases.${project}" must be a database id`);
      }
      map4[project] = id.trim();
    }
    config.databases = map4;
  }
  return config;
}
function configError(path2, problem) {
  return new IdseError(
    "config-invalid",
    `The configuration file ${path2} ${problem}.`,
    'Fix the file (see "Configuration" in the README).'
  );
}

// src/notion/api-host.ts
var NOTION_API_URL = "https://api.notion.com";
var LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["localhost", "[::1]"]);
function checkNotionApiHost(value2, source) {
  if (value2 === void 0) return {};
  let url;
  try {
    url = new URL(value2);
  } catch {
    throw new IdseError(
      "notion-host-invalid",
      `${source} is not a URL: ${JSON.stringify(value2)}.`,
      `Unset it to use ${NOTION_API_URL}, or set it to the full URL of a proxy (https://\u2026).`
    );
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new IdseError(
      "notion-host-invalid",
      `${source} must be a plain base URL, without credentials, query or fragment.`,
      `Unset it to use ${NOTION_API_URL}, or set it to a base URL such as https://proxy.example.com.`
    );
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127(?:\.\d{1,3}){3}$/.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new IdseError(
      "notion-host-insecure",
      `${source} is ${url.origin}: the Notion token is only sent over https (plain http only to this machine's loopback address).`,
      `Use an https URL, or unset ${source} to use ${NOTION_API_URL}.`
    );
  }
  const shown = `${url.origin}${url.pathname === "/" ? "" : url.pathname}`;
  if (shown === NOTION_API_URL) return { baseUrl: value2 };
  return {
    baseUrl: value2,
    notice: `Notion requests, with the token, go to ${shown} (set by ${source}), not ${NOTION_API_URL}`
  };
}
function committedBaseUrlWarning(value2) {
  return `.idse/.idseconfig.json sets notion.base_url to ${JSON.stringify(value2)}: ignored, the Notion API host is never taken from a file in the repository (remove it; set NOTION_BASE_URL, or base_url in ~/.idseconfig.json, for a proxy)`;
}

// src/notion/client.ts
var import_client4 = __toESM(require_src(), 1);
var NOTION_VERSION = "2026-03-11";
var SERVER_RETRIES = 3;
var SERVER_RETRY_DELAY_MS = 250;
var RETRIED_READ_STATUSES = /* @__PURE__ */ new Set([500, 502, 503, 504]);
var PAUSES_PER_REQUEST = 8;
var DEFAULT_PAUSE_MS = 1e3;
function isRead(url, method) {
  const verb = (method ?? "GET").toUpperCase();
  if (verb === "GET") return true;
  const path2 = new URL(url, "http://localhost").pathname;
  return verb === "POST" && (/\/query$/.test(path2) || /\/v1\/search$/.test(path2));
}
var realTimer = {
  now: () => Date.now(),
  sleep: (ms2) => new Promise((resolve4) => setTimeout(resolve4, ms2))
};
var NotionGateway = class {
  client;
  queue;
  timer;
  requests = 0;
  rateLimitedResponses = 0;
  overloadedResponses = 0;
  pausedUntil = 0;
  blocked;
  constructor(options) {
    const rate = options.ratePerSecond ?? 3;
    if (!(rate > 0)) throw new RangeError("ratePerSecond must be positive");
    this.timer = options.timer ?? realTimer;
    this.queue = new PQueue({
      concurrency: options.concurrency ?? 3,
      intervalCap: 1,
      interval: Math.max(1, Math.ceil(1e3 / rate)),
      carryoverIntervalCount: true
    });
    const transport = options.fetch ?? fetch;
    const secrets = [options.token];
    const log = options.log;
    const logger = (level, message, extra) => {
      if (message === "request fail") return;
      if (log) log(redactSecrets(`notion ${level}: ${message} ${JSON.stringify(extra)}`, secrets));
    };
    this.client = new import_client4.Client({
      auth: options.token,
      ...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {},
      notionVersion: NOTION_VERSION,
      logLevel: import_client4.LogLevel.WARN,
      logger,
      retry: false,
      fetch: (url, init) => this.send(transport, url, init)
    });
  }
  /** Notion HTTP requests made so far, retries included. */
  get requestCount() {
    return this.requests;
  }
  /** 429 answers seen so far. */
  get rateLimitedCount() {
    return this.rateLimitedResponses;
  }
  /** 529 answers seen so far. */
  get overloadedCount() {
    return this.overloadedResponses;
  }
  /**
   * Sends one SDK request under the run's retry policy. A write answered 5xx is never repeated
   * here (it may have been applied): its caller looks before writing again.
   */
  async send(transport, url, init) {
    const read = isRead(url, init?.method);
    const request = { ...init, redirect: "error" };
    const what = `${(init?.method ?? "GET").toUpperCase()} ${new URL(url, "http://localhost").pathname}`;
    let serverRetries = 0;
    let pauses = 0;
    for (; ; ) {
      let response;
      try {
        response = await this.paced(() => transport(url, request));
      } catch (error) {
        if (error === this.blocked || !read || serverRetries >= SERVER_RETRIES) throw error;
        if (init?.signal?.aborted === true || error instanceof IdseError) throw error;
        await this.timer.sleep(SERVER_RETRY_DELAY_MS * 2 ** serverRetries++);
        continue;
      }
      if (this.blocked !== void 0 && response.status === 429) {
        await response.body?.cancel();
        throw this.blocked;
      }
      if ((response.status === 429 || response.status === 529) && pauses < PAUSES_PER_REQUEST) {
        pauses++;
        await response.body?.cancel();
        continue;
      }
      if (read && RETRIED_READ_STATUSES.has(response.status) && serverRetries < SERVER_RETRIES) {
        await response.body?.cancel();
        await this.timer.sleep(SERVER_RETRY_DELAY_MS * 2 ** serverRetries++);
        continue;
      }
      return boundedResponse(response, what);
    }
  }
  async paced(send) {
    return this.queue.add(async () => {
      if (this.blocked !== void 0) throw this.blocked;
      const wait = this.pausedUntil - this.timer.now();
      if (wait > 0) await this.timer.sleep(wait);
      if (this.blocked !== void 0) throw this.blocked;
      this.requests++;
      const response = await send();
      if (response.status === 429 || response.status === 529) {
        if (response.status === 429) this.rateLimitedResponses++;
        else this.overloadedResponses++;
        if (response.status === 429 && await rateLimitReason(response) === BLOCKED_REASON) {
          this.blocked = blockedError();
          return response;
        }
        this.pausedUntil = Math.max(this.pausedUntil, this.timer.now() + retryAfterMs(response));
      }
      return response;
    });
  }
  /** Waits for requests in flight (tests and benchmarks). */
  async idle() {
    await this.queue.onIdle();
  }
};
var BLOCKED_REASON = "public_api_request_blocked";
async function rateLimitReason(response) {
  try {
    const body = await response.clone().json();
    const reason = body.additional_data?.rate_limit_reason;
    return typeof reason === "string" ? reason : void 0;
  } catch {
    return void 0;
  }
}
function retryAfterMs(response) {
  const header = response.headers.get("retry-after");
  const seconds = header === null || header.trim() === "" ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1e3 : DEFAULT_PAUSE_MS;
}
function blockedError() {
  return new IdseError(
    "notion-blocked",
    "Notion is blocking this integration's requests (429 rate_limited, public_api_request_blocked); the run stopped and sent nothing more.",
    "Waiting does not lift it: ask the workspace owner to check the integration in Notion's connection settings (or Notion support), then run again.",
    { exitCode: ExitCode.UsageOrConfig }
  );
}

export {
  VERSION,
  ExitCode,
  IdseError,
  isIdseError,
  redactSecrets,
  SecretSet,
  inertText,
  guardLineStarts,
  presentable,
  presentableLine,
  isNotionCode,
  runStoppingError,
  describeNotionError,
  PROPERTIES,
  DOWNSTREAM_PROPERTY,
  STAGE_LABELS,
  stageFromNotion,
  STATUS_LABELS,
  compactId,
  STAGES,
  contentHash,
  makeIdseId,
  ArtifactDatabase,
  unsafePathReason,
  assertSafePath,
  assertWorkspaceUnlinked,
  NO_FOLLOW,
  readArtifactText,
  writeFileAtomic,
  readNotionConfig,
  NOTION_API_URL,
  checkNotionApiHost,
  committedBaseUrlWarning,
  emptyCounts,
  byIdseId,
  WorkspaceLayout,
  NotionGateway,
  findWorkspaceRoot,
  discoverWorkspace,
  wo,
  assertRepository,
  assertCanCommit,
  commitPulledFiles,
  createVersionLookup,
  NotionDesignStore,
  readSessionMetadata,
  gfmToNotion,
  sourceSizeProblem,
  nestingProblem,
  checkedPush,
  checkedPull,
  WorkspaceHistory,
  createCommitLookup,
  toUserError
};
