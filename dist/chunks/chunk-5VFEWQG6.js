import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);

// src/errors.ts
var ExitCode = {
  Ok: 0,
  ArtifactsFailed: 1,
  UsageOrConfig: 2,
  Conflicts: 3
};
var IdseError = class extends Error {
  /** Stable identifier, listed in docs/troubleshooting.md. */
  code;
  fix;
  exitCode;
  constructor(code, message, fix, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "IdseError";
    this.code = code;
    this.fix = fix;
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

// src/spine/native-binding.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var BUNDLED_SQLITE_TARGETS = ["linux-x64", "linux-arm64"];
function bundledSqliteFileName(target) {
  return `better_sqlite3-${target}.node`;
}
var nativeBinding;
var missingFor;
function setSqliteNativeBinding(path) {
  nativeBinding = path;
  missingFor = void 0;
}
function sqliteBindingOptions() {
  if (missingFor !== void 0) {
    throw new IdseError(
      "sqlite-binary-missing",
      `idse-sync has no SQLite binary for ${missingFor}: the package ships one for glibc Linux on x64 and arm64 only, and no better-sqlite3 is installed beside it.`,
      "Install it beside idse-notion-sync: npm i -D better-sqlite3@13 (its prebuilt binary for this platform is then used)."
    );
  }
  return nativeBinding === void 0 ? {} : { nativeBinding };
}
function currentHost() {
  return {
    platform: process.platform,
    arch: process.arch,
    musl: process.platform === "linux" && isMusl()
  };
}
function isMusl() {
  try {
    const maps = readFileSync("/proc/self/maps", "latin1");
    if (/\/ld-musl-[^/\s]*\.so/.test(maps)) return true;
    if (/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(maps)) return false;
  } catch {
  }
  const header = process.report.getReport().header;
  return header?.glibcVersionRuntime === void 0;
}
function bundledSqliteBinding(entryDir, host) {
  if (host.musl) return void 0;
  const target = BUNDLED_SQLITE_TARGETS.find((t) => t === `${host.platform}-${host.arch}`);
  if (target === void 0) return void 0;
  const file = join(entryDir, "native", bundledSqliteFileName(target));
  return existsSync(file) ? file : void 0;
}
function installedSqliteBinding(entryUrl) {
  try {
    const requireFrom = createRequire(entryUrl);
    const root = dirname(requireFrom.resolve("better-sqlite3/package.json"));
    const compiled = join(root, "build", "Release", "better_sqlite3.node");
    if (existsSync(compiled)) return compiled;
    const binding = requireFrom(join(root, "lib", "binding.js"));
    return binding.getPrebuildPath() ?? void 0;
  } catch {
    return void 0;
  }
}
function useSqliteBindingFor(entryUrl, host = currentHost()) {
  const chosen = bundledSqliteBinding(dirname(fileURLToPath(entryUrl)), host) ?? installedSqliteBinding(entryUrl);
  setSqliteNativeBinding(chosen);
  if (chosen === void 0) {
    missingFor = `${host.platform}-${host.arch}${host.musl ? " (musl)" : ""}`;
  }
  return chosen;
}

export {
  ExitCode,
  IdseError,
  isIdseError,
  sqliteBindingOptions,
  useSqliteBindingFor
};
