import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);
import {
  NotionDesignStore,
  NotionGateway,
  SecretSet,
  VERSION,
  WorkspaceHistory,
  WorkspaceLayout,
  assertRepository,
  assertWorkspaceUnlinked,
  checkNotionApiHost,
  checkedPull,
  checkedPush,
  commitPulledFiles,
  committedBaseUrlWarning,
  conversionLosses,
  createCommitLookup,
  createVersionLookup,
  deletedOutcomes,
  discoverWorkspace,
  emptyCounts,
  findWorkspaceRoot,
  gfmToNotion,
  nestingProblem,
  presentable,
  presentableLine,
  readArtifactText,
  readNotionConfig,
  redactSecrets,
  reportJson,
  repositoryOf,
  runWarning,
  scopeOf,
  sourceSizeProblem,
  toUserError,
  warningText,
  withDeletions,
  wo
} from "./chunk-YSSSLFE2.js";
import {
  IdseError,
  isIdseError
} from "./chunk-5VFEWQG6.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-DQB4XDCU.js";
import {
  __toESM
} from "./chunk-6FVV7MT4.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/context.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
function readGitHubContext(env, cwd) {
  const repository = env["GITHUB_REPOSITORY"] ?? "";
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) {
    throw new IdseError(
      "not-in-actions",
      "GITHUB_REPOSITORY is not set: this entry runs as a GitHub Action step.",
      "Use it with `uses:` in a workflow; outside Actions run the idse-sync CLI instead."
    );
  }
  return {
    eventName: env["GITHUB_EVENT_NAME"] ?? "",
    payload: readPayload(env["GITHUB_EVENT_PATH"]),
    owner,
    repo,
    sha: env["GITHUB_SHA"] ?? "",
    ref: env["GITHUB_REF"] ?? "",
    workspace: env["GITHUB_WORKSPACE"] || cwd,
    apiUrl: (env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env["GITHUB_SERVER_URL"] || "https://github.com").replace(/\/+$/, ""),
    tempDir: env["RUNNER_TEMP"] || tmpdir(),
    runId: env["GITHUB_RUN_ID"] || String(process.pid)
  };
}
function readPayload(path) {
  if (!path) return {};
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error2) {
    throw new IdseError(
      "event-unreadable",
      `Cannot read the event payload ${path} (${error2.code ?? "error"}).`,
      "GITHUB_EVENT_PATH must name the event JSON the runner wrote."
    );
  }
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : {};
  } catch {
    throw new IdseError(
      "event-unreadable",
      `The event payload ${path} is not JSON.`,
      "GITHUB_EVENT_PATH must name the event JSON the runner wrote."
    );
  }
}

// src/action/render.ts
var COMMENT_MARKER = "<!-- idse-notion-sync -->";
var MAX_ROWS = 100;
var MAX_WARNINGS = 30;
var MAX_WARNING_LENGTH = 500;
function renderComment(report, run) {
  return `${COMMENT_MARKER}
${renderSummary(report, run)}`;
}
function renderSummary(report, run) {
  const lines = [`### ${title(report, run)}`, ""];
  lines.push(...countsTable(report, run), "");
  const listed = report.artifacts.filter((a) => a.action !== "skipped");
  if (listed.length > 0) {
    lines.push("| Artifact | Result | Notion page | Note |", "|---|---|---|---|");
    for (const artifact of listed.slice(0, MAX_ROWS)) lines.push(row(artifact, report.dryRun));
    if (listed.length > MAX_ROWS) lines.push("", `\u2026and ${listed.length - MAX_ROWS} more.`);
    lines.push("");
  }
  const skipped = report.artifacts.length - listed.length;
  if (skipped > 0) {
    lines.push(
      `${skipped} unchanged artifact${skipped === 1 ? "" : "s"} ${report.dryRun ? "would be" : skipped === 1 ? "was" : "were"} skipped.`,
      ""
    );
  }
  if (run.kind === "pull" && run.commitSha !== null) {
    lines.push(`Committed as ${escapeText(run.commitSha)}.`, "");
  }
  if (run.kind === "local-preview") {
    lines.push(
      "This pull request comes from a fork, and GitHub gives such runs no secrets: Notion was not consulted, so these are the artifacts a merge would push, compared with nothing. The push after the merge writes only what differs.",
      ""
    );
  }
  if (report.warnings.length > 0) {
    lines.push("**Warnings**", "");
    for (const warning2 of report.warnings.slice(0, MAX_WARNINGS).map(warningText)) {
      const clipped = warning2.length > MAX_WARNING_LENGTH ? `${warning2.slice(0, MAX_WARNING_LENGTH)}\u2026` : warning2;
      lines.push(`- ${escapeText(clipped)}`);
    }
    if (report.warnings.length > MAX_WARNINGS) {
      lines.push(`- \u2026and ${report.warnings.length - MAX_WARNINGS} more in the job log.`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function title(report, run) {
  switch (run.kind) {
    case "push":
      return report.dryRun ? "Notion sync: push (dry run, nothing written)" : "Notion sync: push";
    case "preview":
      return "Notion sync: what merging this pull request would do";
    case "local-preview":
      return "Notion sync: artifacts this pull request changes";
    case "pull":
      return report.dryRun ? "Notion sync: pull (dry run, nothing written)" : "Notion sync: pull";
  }
}
function countsTable(report, run) {
  const c = report.counts;
  const would = report.dryRun || run.kind === "preview" || run.kind === "local-preview";
  if (run.kind === "local-preview") {
    const changed = report.artifacts.filter((a) => a.action === "changed").length;
    return ["| Changed artifacts |", "|---:|", `| ${changed} |`];
  }
  if (run.kind === "pull") {
    return [
      `| ${would ? "Would pull" : "Pulled"} | Skipped | Failed | Conflicts |`,
      "|---:|---:|---:|---:|",
      `| ${c.pulled} | ${c.skipped} | ${c.failed} | ${c.conflicts} |`
    ];
  }
  const heads = would ? ["Would push", "Would create", "Would update", "Would skip", "Would fail", "Conflicts"] : ["Pushed", "Created", "Updated", "Skipped", "Failed", "Conflicts"];
  return [
    `| ${heads.join(" | ")} |`,
    `|${heads.map(() => "---:").join("|")}|`,
    `| ${[c.pushed, c.created, c.updated, c.skipped, c.failed, c.conflicts].join(" | ")} |`
  ];
}
var WOULD = {
  created: "would create",
  updated: "would update",
  failed: "would fail",
  conflict: "conflict",
  pulled: "would pull"
};
function row(artifact, dryRun) {
  const result = dryRun ? WOULD[artifact.action] ?? artifact.action : artifact.action;
  const url = notionPageUrl(artifact.pageId);
  const link = url === void 0 ? "" : `[open](${url})`;
  const note = artifact.reason === void 0 ? "" : escapeText(artifact.reason);
  return `| ${codeSpan(artifact.idseId)} | ${escapeText(result)} | ${link} | ${note} |`;
}
function notionPageUrl(pageId) {
  const compact = (pageId ?? "").replace(/[^0-9a-fA-F]/g, "");
  return compact.length === 32 ? `https://www.notion.so/${compact.toLowerCase()}` : void 0;
}
var CONTROL = /[\u0000-\u001f\u007f]+/g;
function codeSpan(text) {
  const flat = text.replace(CONTROL, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`.replace(/\|/g, "\\|");
}
function escapeText(text) {
  return text.replace(CONTROL, " ").replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`).replace(/@/g, "@\u2060");
}

// src/action/github-api.ts
var GitHubApiError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
    this.name = "GitHubApiError";
  }
  status;
};
async function connectGitHub(options) {
  const { getOctokit } = await import("./github-BNB3TDAY.js");
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl });
  const repository = { owner: options.owner, repo: options.repo };
  const call = async (what, request) => {
    try {
      return await request();
    } catch (error2) {
      throw toApiError(what, error2);
    }
  };
  let identity;
  const whoAmI = () => identity ??= (async () => {
    try {
      return (await octokit.rest.users.getAuthenticated()).data.login;
    } catch {
    }
    try {
      const answer = await octokit.graphql(
        "query { viewer { login } }"
      );
      const login = answer.viewer?.login;
      if (typeof login === "string" && login !== "")
        return `${login.replace(/\[bot\]$/, "")}[bot]`;
    } catch {
    }
    return JOB_TOKEN_LOGIN;
  })();
  return {
    async lastSuccessfulRun(runId, filter) {
      const run = await call(
        "read this workflow run",
        () => octokit.rest.actions.getWorkflowRun({ ...repository, run_id: Number(runId) })
      );
      const { data } = await call(
        "list the workflow runs",
        () => octokit.rest.actions.listWorkflowRuns({
          ...repository,
          workflow_id: run.data.workflow_id,
          branch: filter.branch,
          event: filter.event,
          status: "success",
          per_page: 1
        })
      );
      return data.workflow_runs[0]?.head_sha ?? null;
    },
    async pullRequestOfCommit(sha) {
      const { data } = await call(
        "list the pull requests of the commit",
        () => octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repository, commit_sha: sha })
      );
      const chosen = data.find((pr) => pr.merge_commit_sha === sha) ?? data.find((pr) => pr.merged_at !== null) ?? data[0];
      return chosen?.number ?? null;
    },
    async upsertComment(pullRequest, body, options2) {
      let existing;
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repository,
        issue_number: pullRequest,
        per_page: 100
      });
      await call("list the pull request comments", async () => {
        for await (const page of pages) {
          const marked = page.data.filter((c) => (c.body ?? "").startsWith(COMMENT_MARKER));
          if (marked.length === 0) continue;
          const me = await whoAmI();
          const ours = marked.find((c) => c.user?.login === me);
          if (ours !== void 0) {
            existing = { id: ours.id, body: ours.body ?? "" };
            break;
          }
        }
      });
      if (existing !== void 0) {
        if (normalize(existing.body) === normalize(body)) {
          return { id: existing.id, write: "unchanged" };
        }
        const id = existing.id;
        await call(
          "edit the comment",
          () => octokit.rest.issues.updateComment({ ...repository, comment_id: id, body })
        );
        return { id, write: "updated" };
      }
      if (!options2.create) return null;
      const { data } = await call(
        "comment on the pull request",
        () => octokit.rest.issues.createComment({ ...repository, issue_number: pullRequest, body })
      );
      return { id: data.id, write: "created" };
    }
  };
}
var JOB_TOKEN_LOGIN = "github-actions[bot]";
function normalize(body) {
  return body.replace(/\r\n/g, "\n").trimEnd();
}
function toApiError(what, error2) {
  const status = typeof error2 === "object" && error2 !== null && typeof error2.status === "number" ? error2.status : 0;
  const message = error2 instanceof Error ? error2.message.split("\n")[0] : String(error2);
  return new GitHubApiError(
    status,
    `could not ${what}: ${status === 0 ? message : `GitHub answered ${status} (${message})`}`
  );
}

// src/action/inputs.ts
var ACTION_MODES = ["push", "pull", "preview"];
function parseInputs(read, mask) {
  const text = (name) => {
    const value = read(name).trim();
    return value === "" ? void 0 : value;
  };
  const notionToken = text("notion-token");
  if (notionToken !== void 0) mask(notionToken);
  const githubToken = text("github-token");
  if (githubToken !== void 0) mask(githubToken);
  return {
    notionToken,
    notionDatabaseId: text("notion-database-id"),
    mode: parseMode(text("mode")),
    workspace: text("workspace") ?? ".",
    githubToken,
    comment: parseSwitch("comment", text("comment"), true),
    commit: parseSwitch("commit", text("commit"), true),
    dryRun: parseSwitch("dry-run", text("dry-run"), false),
    rate: parseRate(text("rate"))
  };
}
function parseMode(value) {
  if (value === void 0) return void 0;
  const mode = ACTION_MODES.find((m) => m === value.toLowerCase());
  if (mode === void 0) {
    throw new IdseError(
      "usage",
      `Unknown mode ${JSON.stringify(value)}: the mode input is push, pull or preview.`,
      "Set `mode: push`, `mode: pull` or `mode: preview`, or leave it out to follow the event."
    );
  }
  return mode;
}
var TRUE_WORDS = ["true", "True", "TRUE"];
var FALSE_WORDS = ["false", "False", "FALSE"];
function parseSwitch(name, value, fallback) {
  if (value === void 0) return fallback;
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new IdseError(
    "usage",
    `The ${name} input must be true or false, not ${JSON.stringify(value)}.`,
    `Set \`${name}: true\` or \`${name}: false\`.`
  );
}
function parseRate(value) {
  if (value === void 0) return 3;
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new IdseError(
      "usage",
      `The rate input must be a positive number of Notion requests per second, not ${JSON.stringify(value)}.`,
      "Leave it out (3 per second, what Notion allows an integration), or set e.g. `rate: 2`."
    );
  }
  return rate;
}

// src/action/run.ts
import { writeFileSync } from "node:fs";
import { join as join2, relative, resolve, sep } from "node:path";

// src/action/changed-artifacts.ts
async function artifactsChangedIn(root, range) {
  if (range === null || range.from === null) {
    return {
      ids: null,
      deleted: [],
      note: "no base commit to compare with: every artifact is checked"
    };
  }
  const history = await WorkspaceHistory.openIfCommitted(root);
  if (history === null) {
    return { ids: null, deleted: [], note: "no git history here: every artifact is checked" };
  }
  for (const commit of [range.to, range.from]) {
    if (await history.resolve(commit) === null && !await fetchCommit(root, commit)) {
      return {
        ids: null,
        deleted: [],
        note: `commit ${commit} is not in the checkout (shallow clone or force push): every artifact is checked`
      };
    }
  }
  const { only, deleted } = scopeOf(await history.changes(range));
  return { ids: only, deleted };
}
function unionOf(a, b) {
  if (a.ids === null) return a;
  if (b.ids === null) return b;
  const deleted = new Map([...a.deleted, ...b.deleted].map((c) => [c.idseId, c]));
  return { ids: /* @__PURE__ */ new Set([...a.ids, ...b.ids]), deleted: [...deleted.values()] };
}
async function fetchCommit(root, sha) {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return false;
  const git = wo({ baseDir: root });
  try {
    await git.raw(["fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha]);
    await git.raw(["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

// src/action/plan.ts
var ZERO_SHA = /^0+$/;
var PREVIEW_ACTIONS = /* @__PURE__ */ new Set(["opened", "synchronize", "reopened", "ready_for_review"]);
function planRun(mode, context) {
  const chosen = mode ?? modeOfEvent(context);
  if (typeof chosen !== "string") return chosen;
  if (chosen === "pull") return { mode: "pull" };
  const pr = context.payload.pull_request;
  if (chosen === "preview") {
    return {
      mode: "preview",
      range: eventRange(context),
      pullRequest: pr?.number ?? null,
      fork: pr !== void 0 && isFork(context)
    };
  }
  const branch = defaultBranch(context);
  if (context.eventName === "push" && context.payload.deleted === true) {
    return { mode: "skip", reason: `${context.payload.ref ?? "the ref"} was deleted` };
  }
  if (pr !== void 0) {
    if (pr.merged !== true) {
      return {
        mode: "skip",
        reason: `pull request #${pr.number} is not merged; only merged changes are pushed`
      };
    }
    if (branch !== void 0 && pr.base.ref !== branch) {
      return {
        mode: "skip",
        reason: `pull request #${pr.number} was merged into ${pr.base.ref}, not the default branch ${branch}`
      };
    }
    return { mode: "push", range: eventRange(context), pullRequest: pr.number };
  }
  const ref = context.eventName === "push" ? context.payload.ref ?? context.ref : context.ref;
  if (branch !== void 0 && ref !== "" && ref !== `refs/heads/${branch}`) {
    return {
      mode: "skip",
      reason: `pushes run only from the default branch ${branch}; this run is on ${ref}`
    };
  }
  return { mode: "push", range: eventRange(context), pullRequest: null };
}
function modeOfEvent(context) {
  switch (context.eventName) {
    case "push":
      return "push";
    case "schedule":
    case "workflow_dispatch":
      return "pull";
    case "pull_request": {
      const action = context.payload.action ?? "";
      if (action === "closed") return "push";
      if (PREVIEW_ACTIONS.has(action)) return "preview";
      return { mode: "skip", reason: `nothing to do for pull_request "${action}"` };
    }
    default:
      throw new IdseError(
        "usage",
        `The ${JSON.stringify(context.eventName)} event has no default mode.`,
        "Set the mode input to push, pull or preview."
      );
  }
}
function eventRange(context) {
  const { payload } = context;
  const pr = payload.pull_request;
  if (pr !== void 0) {
    const head = (pr.merged === true ? pr.merge_commit_sha : null) || context.sha || pr.head.sha;
    return { from: pr.base.sha || null, to: head };
  }
  if (context.eventName === "push") {
    const head = payload.after || context.sha;
    if (!head) return null;
    const before = payload.before ?? "";
    return { from: before === "" || ZERO_SHA.test(before) ? null : before, to: head };
  }
  return null;
}
function defaultBranch(context) {
  return context.payload.repository?.default_branch || void 0;
}
function isFork(context) {
  const pr = context.payload.pull_request;
  if (pr === void 0) return false;
  if (pr.head.repo === null || pr.head.repo === void 0) return true;
  const base = pr.base.repo?.full_name ?? `${context.owner}/${context.repo}`;
  return pr.head.repo.full_name !== void 0 && pr.head.repo.full_name !== base;
}

// src/action/sync.ts
import { join } from "node:path";
function notionSettingsFor(layout, access2) {
  const config = readNotionConfig(join(layout.idseDir, ".idseconfig.json"), {
    allowToken: false
  });
  const databaseId = access2.databaseId ?? config.databaseId;
  const host = checkNotionApiHost(access2.baseUrl, "NOTION_BASE_URL");
  return {
    token: access2.token,
    ...host.baseUrl !== void 0 ? { baseUrl: host.baseUrl } : {},
    ...host.notice !== void 0 ? { apiNotice: host.notice } : {},
    warnings: config.ignoredBaseUrl === void 0 ? [] : [committedBaseUrlWarning(config.ignoredBaseUrl)],
    rate: access2.rate,
    targets: {
      databases: { ...config.databases },
      ...databaseId !== void 0 ? { databaseId } : {},
      // A data source id only belongs with the database id it came with.
      ...config.dataSourceId !== void 0 && access2.databaseId === void 0 ? { dataSourceId: config.dataSourceId } : {}
    }
  };
}
function connect(notion, log) {
  return new NotionGateway({
    token: notion.token,
    ...notion.baseUrl !== void 0 ? { baseUrl: notion.baseUrl } : {},
    ratePerSecond: notion.rate,
    log
  });
}
async function pushFromAction(layout, notion, options) {
  const gateway = connect(notion, options.log);
  const repository = await repositoryOf(layout.root, options.repositoryUrl);
  const settings = {
    filter: {},
    dryRun: options.dryRun,
    force: false,
    targets: notion.targets,
    secrets: [notion.token],
    ...options.only !== null ? { only: options.only } : {},
    ...options.signal !== void 0 ? { signal: options.signal } : {},
    ...repository !== void 0 ? { repository } : {}
  };
  return checkedPush(settings, {
    layout,
    store: new NotionDesignStore(gateway),
    requestCount: () => gateway.requestCount,
    commitFor: createCommitLookup(layout.root),
    committedVersion: createVersionLookup(layout.root)
  });
}
async function pullFromAction(layout, notion, options) {
  const gateway = connect(notion, options.log);
  const repository = await repositoryOf(layout.root, options.repositoryUrl);
  const settings = {
    filter: {},
    dryRun: options.dryRun,
    targets: notion.targets,
    secrets: [notion.token],
    ...options.signal !== void 0 ? { signal: options.signal } : {},
    ...repository !== void 0 ? { repository } : {}
  };
  const store = new NotionDesignStore(gateway);
  const commit = options.commit && !options.dryRun;
  if (commit) {
    await assertRepository(layout.root);
    await useBotIdentityUnlessSet(layout.root);
  }
  const result = await checkedPull(settings, {
    layout,
    store,
    gateway,
    committedVersion: createVersionLookup(layout.root),
    ...commit ? {
      commit: (files, artifacts, editors) => commitPulledFiles(layout.root, files, { artifacts, editors })
    } : {}
  });
  if (await isShallow(layout.root)) {
    result.report.warnings.push(
      runWarning(
        "the checkout is shallow, so merge bases older than it cannot be read and an edit on both sides may be reported as a conflict; check out with `fetch-depth: 0`"
      )
    );
  }
  return { report: result.report, commitSha: result.commitSha, written: result.written };
}
async function isShallow(root) {
  try {
    const answer = await wo({ baseDir: root }).raw(["rev-parse", "--is-shallow-repository"]);
    return answer.trim() === "true";
  } catch {
    return false;
  }
}
var BOT_NAME = "github-actions[bot]";
var BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";
async function useBotIdentityUnlessSet(root) {
  const git = wo({ baseDir: root });
  const configured = async (key) => {
    try {
      return (await git.raw(["config", "--get", key])).trim() !== "";
    } catch {
      return false;
    }
  };
  if (!await configured("user.email")) await git.raw(["config", "user.email", BOT_EMAIL]);
  if (!await configured("user.name")) await git.raw(["config", "user.name", BOT_NAME]);
}
function localPreview(layout, only) {
  const artifacts = [];
  const warnings = [];
  const workspace = discoverWorkspace(layout.root);
  warnings.push(...workspace.problems.map((p) => runWarning(`${p.path}: ${p.problem}`)));
  for (const session of workspace.sessions) {
    for (const artifact of session.artifacts) {
      const idseId = `${artifact.project}::${artifact.session}::${artifact.stage}`;
      if (only !== null && !only.has(idseId)) continue;
      const path = layout.relative(artifact.project, artifact.session, artifact.stage);
      let text;
      try {
        text = readArtifactText(artifact.path, layout.root);
      } catch (error2) {
        const reason = error2 instanceof Error ? error2.message : String(error2);
        artifacts.push({ idseId, action: "failed", pageId: null, path, reason });
        continue;
      }
      const refused = sourceSizeProblem(text) ?? nestingProblem(text);
      if (refused !== void 0) {
        artifacts.push({ idseId, action: "failed", pageId: null, path, reason: refused });
        continue;
      }
      artifacts.push({ idseId, action: "changed", pageId: null, path });
      warnings.push(...conversionLosses(idseId, gfmToNotion(text).warnings, { construct: true }));
    }
  }
  artifacts.sort((a, b) => a.idseId < b.idseId ? -1 : a.idseId > b.idseId ? 1 : 0);
  const counts = emptyCounts();
  counts.failed = artifacts.filter((a) => a.action === "failed").length;
  return { command: "push", dryRun: true, counts, artifacts, warnings, requests: 0 };
}

// src/action/run.ts
async function runAction(run) {
  const secrets = new SecretSet([
    run.inputs.notionToken,
    run.inputs.githubToken,
    ...run.environmentSecrets ?? []
  ]);
  const line = (text) => presentableLine(text, secrets);
  const clean = (text) => redactSecrets(text, secrets.list());
  const io = {
    info: (m) => run.io.info(line(m)),
    notice: (m) => run.io.notice(line(m)),
    warning: (m, p) => run.io.warning(line(m), p && presentable(p, secrets)),
    error: (m, p) => run.io.error(line(m), p && presentable(p, secrets)),
    setOutput: (n, v) => run.io.setOutput(n, line(v)),
    setFailed: (m) => run.io.setFailed(line(m)),
    summary: (m) => run.io.summary(clean(m))
  };
  try {
    await syncAndReport({ ...run, io }, secrets);
  } catch (error2) {
    const known = toUserError(error2);
    if (known !== void 0) io.setFailed(`${known.message} ${actionFix(known)}`);
    else io.setFailed(`internal error: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
}
async function syncAndReport(run, secrets) {
  const { inputs, context, io } = run;
  const plan = planRun(inputs.mode, context);
  if (plan.mode === "skip") {
    io.notice(`idse-sync: nothing to do: ${plan.reason}.`);
    setCountOutputs(io, void 0);
    return;
  }
  const root = findWorkspaceRoot(context.workspace, inputs.workspace);
  assertWorkspaceUnlinked(root);
  const layout = new WorkspaceLayout(root);
  const log = (line) => io.info(line);
  const github = gitHubOf(run);
  const changed = plan.mode === "pull" ? null : await coveredArtifacts(run, plan, layout, github);
  if (changed?.note !== void 0) io.info(`idse-sync: ${changed.note}.`);
  const only = changed?.ids ?? null;
  const fork = plan.mode === "preview" && plan.fork;
  let synced;
  let rendered;
  let commitSha = null;
  let filesChanged = false;
  if (inputs.notionToken === void 0) {
    if (!fork) throw missingToken();
    synced = localPreview(layout, only);
    rendered = { kind: "local-preview" };
  } else {
    const notion = notionSettingsFor(layout, {
      token: inputs.notionToken,
      rate: inputs.rate,
      ...inputs.notionDatabaseId !== void 0 ? { databaseId: inputs.notionDatabaseId } : {},
      ...run.notionBaseUrl !== void 0 ? { baseUrl: run.notionBaseUrl } : {}
    });
    if (notion.apiNotice !== void 0) io.notice(`idse-sync: ${notion.apiNotice}.`);
    for (const warning2 of notion.warnings) io.warning(`idse-sync: ${warning2}`);
    if (plan.mode === "pull") {
      const pulled = await pullFromAction(layout, notion, {
        ...run.signal !== void 0 ? { signal: run.signal } : {},
        repositoryUrl: repositoryUrlOf(context),
        dryRun: inputs.dryRun,
        commit: inputs.commit,
        log
      });
      synced = pulled.report;
      commitSha = pulled.commitSha;
      filesChanged = pulled.written.length > 0;
      rendered = { kind: "pull", commitSha };
    } else {
      const dryRun = plan.mode === "preview" || inputs.dryRun;
      synced = await pushFromAction(layout, notion, {
        only,
        dryRun,
        log,
        repositoryUrl: repositoryUrlOf(context),
        ...run.signal !== void 0 ? { signal: run.signal } : {}
      });
      rendered = { kind: plan.mode };
    }
    synced.warnings.unshift(...notion.warnings.map(runWarning));
    if (notion.apiNotice !== void 0) synced.notionApi = notion.apiNotice;
  }
  if (changed !== null) withDeletions(synced, deletedOutcomes(changed.deleted));
  const report = presentable(synced, secrets);
  const summary2 = renderSummary(report, rendered);
  const reportPath = writeReport(context, report, summary2);
  for (const warning2 of report.warnings) io.info(`warning: ${warningText(warning2)}`);
  annotate(report, plan, layout, context, io);
  await writeSummary(io, summary2);
  const commentId = await comment(run, plan, report, rendered, fork, github);
  setCountOutputs(io, report);
  io.setOutput("changed", String(plan.mode === "pull" ? filesChanged : report.counts.pushed > 0));
  io.setOutput("commit-sha", commitSha ?? "");
  io.setOutput("comment-id", commentId === null ? "" : String(commentId));
  io.setOutput("report", reportPath);
  const { failed, conflicts } = report.counts;
  if (plan.mode !== "preview" && failed + conflicts > 0) {
    io.setFailed(
      `idse-sync ${plan.mode}: ${failed} artifact${failed === 1 ? "" : "s"} failed, ${conflicts} conflict${conflicts === 1 ? "" : "s"}` + (commitSha !== null ? ` (the clean part is committed as ${commitSha})` : "") + ". The annotations and the job summary name each one."
    );
  }
}
function setCountOutputs(io, report) {
  const c = report?.counts;
  io.setOutput("pushed", String(c?.pushed ?? 0));
  io.setOutput("created", String(c?.created ?? 0));
  io.setOutput("updated", String(c?.updated ?? 0));
  io.setOutput("skipped", String(c?.skipped ?? 0));
  io.setOutput("pulled", String(c?.pulled ?? 0));
  io.setOutput("failed", String(c?.failed ?? 0));
  io.setOutput("conflicts", String(c?.conflicts ?? 0));
  if (report === void 0) {
    for (const name of ["changed", "commit-sha", "comment-id", "report"]) {
      io.setOutput(name, name === "changed" ? "false" : "");
    }
  }
}
function writeReport(context, report, summary2) {
  const base = join2(context.tempDir, `idse-sync-report-${context.runId}-${process.pid}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(reportJson(report), null, 2)}
`);
  writeFileSync(`${base}.md`, summary2);
  return `${base}.json`;
}
async function writeSummary(io, markdown) {
  try {
    await io.summary(markdown);
  } catch (error2) {
    io.warning(
      `could not write the job summary: ${error2 instanceof Error ? error2.message : String(error2)}`
    );
  }
}
function annotate(report, plan, layout, context, io) {
  const preview = plan.mode === "preview" || report.dryRun;
  const repoPath = (path) => relative(context.workspace, resolve(layout.root, path)).split(sep).join("/");
  const files = /* @__PURE__ */ new Map();
  for (const artifact of report.artifacts) {
    if (artifact.path === void 0) continue;
    files.set(artifact.idseId, repoPath(artifact.path));
    if (artifact.action !== "failed" && artifact.action !== "conflict") continue;
    const title2 = `idse-sync: ${artifact.action === "failed" ? "failed" : "conflict"}`;
    const message = `${artifact.idseId}: ${artifact.reason ?? artifact.action}`;
    const place = { file: repoPath(artifact.path), title: title2 };
    if (preview) io.warning(message, place);
    else io.error(message, place);
  }
  if (!preview) return;
  for (const warning2 of report.warnings) {
    if (warning2.kind !== "loss") continue;
    const file = files.get(warning2.idseId);
    if (file === void 0) continue;
    io.warning(warning2.message, {
      file,
      startLine: warning2.line,
      title: "idse-sync: lost in Notion"
    });
  }
}
async function comment(run, plan, report, rendered, fork, github) {
  const { inputs, context, io } = run;
  if (!inputs.comment || plan.mode === "pull" || plan.mode === "skip") return null;
  if (fork) {
    io.info(
      "idse-sync: a fork pull request gets a read-only token, so the preview is in the job summary only."
    );
    return null;
  }
  if (github === null) {
    io.warning("idse-sync: no github-token, so no pull request comment (the job summary has it).");
    return null;
  }
  try {
    const api = await github();
    const sha = plan.range?.to ?? context.sha;
    const pullRequest = plan.pullRequest ?? (sha ? await api.pullRequestOfCommit(sha) : null);
    if (pullRequest === null) {
      io.info(
        `idse-sync: commit ${sha} belongs to no pull request; the job summary has the report.`
      );
      return null;
    }
    const written = await api.upsertComment(pullRequest, renderComment(report, rendered), {
      // A pull request that touched no artifact gets no new comment; an earlier one is updated.
      create: report.artifacts.length > 0 || report.warnings.length > 0
    });
    if (written === null) return null;
    io.info(`idse-sync: pull request #${pullRequest} comment ${written.id} ${written.write}.`);
    return written.id;
  } catch (error2) {
    const detail = error2 instanceof Error ? error2.message : String(error2);
    const permission = error2 instanceof GitHubApiError && (error2.status === 403 || error2.status === 404) ? " Give the job `permissions: pull-requests: write` (and `contents: read`)." : "";
    io.warning(
      `idse-sync: the ${plan.mode} succeeded, but the pull request comment was not written: ${detail}.${permission}`
    );
    return null;
  }
}
function gitHubOf(run) {
  const token = run.inputs.githubToken;
  if (token === void 0) return null;
  let connection;
  const { apiUrl, owner, repo } = run.context;
  return () => connection ??= run.connectGitHub({ token, apiUrl, owner, repo });
}
async function coveredArtifacts(run, plan, layout, github) {
  const changed = await artifactsChangedIn(layout.root, plan.range);
  const { context, io } = run;
  const range = plan.range;
  const branch = context.payload.repository?.default_branch;
  if (plan.mode !== "push" || context.eventName !== "push" || changed.ids === null) return changed;
  if (range === null || github === null || branch === void 0) return changed;
  let last;
  try {
    last = await (await github()).lastSuccessfulRun(context.runId, { branch, event: "push" });
  } catch (error2) {
    io.info(
      `idse-sync: covering this push's commits only; the last successful run is unknown (${error2 instanceof Error ? error2.message : String(error2)}). Grant \`actions: read\` to also cover commits of failed or replaced runs.`
    );
    return changed;
  }
  if (last === null || last === range.from || last === range.to) return changed;
  const since = await artifactsChangedIn(layout.root, { from: last, to: range.to });
  const covered = unionOf(changed, since);
  const added = (covered.ids?.size ?? 0) - changed.ids.size;
  if (covered.ids !== null && added > 0) {
    io.info(
      `idse-sync: also covering ${added} artifact(s) changed since ${last}, the commit of the last successful run.`
    );
  }
  return covered;
}
function missingToken() {
  return new IdseError(
    "token-missing",
    "The notion-token input is empty.",
    "Store the Notion integration secret as a repository secret and pass it: `notion-token: ${{ secrets.NOTION_TOKEN }}`."
  );
}
function actionFix(error2) {
  switch (error2.code) {
    case "notion-unauthorized":
      return "Check the notion-token input: it must be the secret of an active internal integration.";
    case "database-missing":
      return "Set the notion-database-id input, or notion.database_id / notion.databases in .idse/.idseconfig.json.";
    case "notion-unreachable":
      return "Check the runner can reach api.notion.com, and NOTION_BASE_URL in the step env (unset it for api.notion.com).";
    case "workspace-missing":
      return "Check out the repository first (actions/checkout), and set the workspace input to the folder holding .idse/.";
    default:
      return error2.fix;
  }
}
function repositoryUrlOf(context) {
  return `${context.serverUrl}/${context.owner}/${context.repo}`;
}

// src/action/runner.ts
async function runOnRunner() {
  const env = process.env;
  let inputs;
  try {
    inputs = parseInputs((name) => getInput(name), setSecret);
  } catch (error2) {
    const secrets = [getInput("notion-token"), getInput("github-token")];
    const text = isIdseError(error2) ? `${error2.message} ${error2.fix}` : `internal error: ${error2 instanceof Error ? error2.message : String(error2)}`;
    setFailed(redactSecrets(text, secrets));
    return;
  }
  const io = {
    info: (message) => info(message),
    notice: (message) => notice(message),
    warning: (message, place) => warning(message, place ?? {}),
    error: (message, place) => error(message, place ?? {}),
    setOutput: (name, value) => setOutput(name, value),
    setFailed: (message) => setFailed(message),
    summary: async (markdown) => {
      await summary.addRaw(markdown, true).write();
    }
  };
  let context;
  try {
    context = readGitHubContext(env, process.cwd());
  } catch (error2) {
    setFailed(isIdseError(error2) ? `${error2.message} ${error2.fix}` : String(error2));
    return;
  }
  info(`idse-sync ${VERSION}`);
  const notionBaseUrl = env["NOTION_BASE_URL"]?.trim();
  const cancel = new AbortController();
  const onSignal = (signal) => {
    if (cancel.signal.aborted) process.exit(130);
    info(`${signal} received: finishing the writes under way, then stopping`);
    cancel.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  await runAction({
    inputs,
    context,
    io,
    connectGitHub,
    signal: cancel.signal,
    ...notionBaseUrl ? { notionBaseUrl } : {},
    environmentSecrets: [env["NOTION_TOKEN"], env["GITHUB_TOKEN"], env["GH_TOKEN"]]
  });
  if (cancel.signal.aborted)
    setFailed("The job was cancelled; the report lists what was done.");
}
export {
  runOnRunner
};
