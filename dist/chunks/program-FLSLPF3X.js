import { createRequire as __idseCreateRequire } from 'node:module'; const require = __idseCreateRequire(import.meta.url);
import {
  nodeVersionProblem
} from "./chunk-5YDCA247.js";
import {
  ARTIFACT_STATES,
  ArtifactDatabase,
  DOWNSTREAM_PROPERTY,
  NOTION_API_URL,
  NO_FOLLOW,
  NotionDesignStore,
  NotionGateway,
  PROPERTIES,
  PUSH_COMMIT_CURSOR,
  STAGES,
  STAGE_LABELS,
  STATUS_LABELS,
  SecretSet,
  VERSION,
  WorkspaceHistory,
  WorkspaceLayout,
  assertCanCommit,
  assertRepository,
  assertSafePath,
  assertWorkspaceUnlinked,
  checkNotionApiHost,
  checkedPull,
  checkedPush,
  commitPulledFiles,
  committedBaseUrlWarning,
  compactId,
  contentHash,
  createCommitLookup,
  createVersionLookup,
  deletedOutcomes,
  describeNotionError,
  discoverWorkspace,
  emptyCounts,
  exitCodeOf,
  findWorkspaceRoot,
  guardLineStarts,
  inertText,
  isNotionCode,
  makeIdseId,
  nothingToPushReport,
  presentable,
  presentableLine,
  readArtifactText,
  readNotionConfig,
  readSessionMetadata,
  recordPushCursor,
  redactSecrets,
  reportJson,
  repositoryOf,
  runStoppingError,
  runWarning,
  scopeOf,
  selectChanges,
  stageFromNotion,
  toUserError,
  unsafePathReason,
  warningText,
  widenedWarning,
  withDeletions,
  writeFileAtomic
} from "./chunk-YSSSLFE2.js";
import {
  ExitCode,
  IdseError,
  isIdseError
} from "./chunk-5VFEWQG6.js";
import "./chunk-6FVV7MT4.js";

// node_modules/commander/lib/error.js
var CommanderError = class extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = void 0;
  }
};
var InvalidArgumentError = class extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, "commander.invalidArgument", message);
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
};

// node_modules/commander/lib/argument.js
var Argument = class {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */
  constructor(name, description) {
    this.description = description || "";
    this.variadic = false;
    this.parseArg = void 0;
    this.defaultValue = void 0;
    this.defaultValueDescription = void 0;
    this.argChoices = void 0;
    switch (name[0]) {
      case "<":
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case "[":
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }
    if (this._name.endsWith("...")) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }
  /**
   * Return argument name.
   *
   * @return {string}
   */
  name() {
    return this._name;
  }
  /**
   * @package
   */
  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }
    previous.push(value);
    return previous;
  }
  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */
  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }
  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */
  argParser(fn) {
    this.parseArg = fn;
    return this;
  }
  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */
  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(", ")}.`
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }
  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }
  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
};
function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
  return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
}

// node_modules/commander/lib/command.js
import { EventEmitter } from "node:events";
import childProcess from "node:child_process";
import path from "node:path";
import fs from "node:fs";
import process2 from "node:process";
import { stripVTControlCharacters as stripVTControlCharacters2 } from "node:util";

// node_modules/commander/lib/help.js
import { stripVTControlCharacters } from "node:util";
var Help = class {
  constructor() {
    this.helpWidth = void 0;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }
  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }
  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */
  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }
  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }
  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */
  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption);
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd.createOption(helpOption.long, helpOption.description).helpGroup(helpOption.helpGroupHeading)
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd.createOption(helpOption.short, helpOption.description).helpGroup(helpOption.helpGroupHeading)
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }
  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */
  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];
    const globalOptions = [];
    for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }
  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */
  visibleArguments(cmd) {
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
      });
    }
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }
  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  subcommandTerm(cmd) {
    const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
    return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
    (args ? " " + args : "");
  }
  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */
  optionTerm(option) {
    return option.flags;
  }
  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */
  argumentTerm(argument) {
    return argument.name();
  }
  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command))
        )
      );
    }, 0);
  }
  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
      );
    }, 0);
  }
  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
      );
    }, 0);
  }
  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument))
        )
      );
    }, 0);
  }
  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  commandUsage(cmd) {
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + "|" + cmd._aliases[0];
    }
    let ancestorCmdNames = "";
    for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
      ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + " " + cmd.usage();
  }
  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */
  commandDescription(cmd) {
    return cmd.description();
  }
  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */
  subcommandDescription(cmd) {
    return cmd.summary() || cmd.description();
  }
  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */
  optionDescription(option) {
    const extraInfo = [];
    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
      );
    }
    if (option.defaultValue !== void 0) {
      const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
        );
      }
    }
    if (option.presetArg !== void 0 && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== void 0) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(", ")})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return option.description;
  }
  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */
  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
      );
    }
    if (argument.defaultValue !== void 0) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(", ")})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }
  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];
    return [helper.styleTitle(heading), ...items, ""];
  }
  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = /* @__PURE__ */ new Map();
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }
  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */
  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80;
    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }
    let output = [
      `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      ""
    ];
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth
        ),
        ""
      ]);
    }
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument))
      );
    });
    output = output.concat(
      this.formatItemList("Arguments:", argumentList, helper)
    );
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? "Options:"
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option))
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });
    if (helper.showGlobalOptions) {
      const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option))
        );
      });
      output = output.concat(
        this.formatItemList("Global Options:", globalOptionList, helper)
      );
    }
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || "Commands:"
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub))
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });
    return output.join("\n");
  }
  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return stripVTControlCharacters(str).length;
  }
  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }
  styleUsage(str) {
    return str.split(" ").map((word) => {
      if (word === "[options]") return this.styleOptionText(word);
      if (word === "[command]") return this.styleSubcommandText(word);
      if (word[0] === "[" || word[0] === "<")
        return this.styleArgumentText(word);
      return this.styleCommandText(word);
    }).join(" ");
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    return str.split(" ").map((word) => {
      if (word === "[options]") return this.styleOptionText(word);
      if (word[0] === "[" || word[0] === "<")
        return this.styleArgumentText(word);
      return this.styleSubcommandText(word);
    }).join(" ");
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }
  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */
  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper)
    );
  }
  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }
  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = " ".repeat(itemIndent);
    if (!description) return itemIndentStr + term;
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term)
    );
    const spacerWidth = 2;
    const helpWidth = this.helpWidth ?? 80;
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        "\n" + " ".repeat(termWidth + spacerWidth)
      );
    }
    return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
  }
  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;
    const rawLines = str.split(/\r\n|\n/);
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push("");
        return;
      }
      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(""));
        const nextChunk = chunk.trimStart();
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(""));
    });
    return wrappedLines.join("\n");
  }
};

// node_modules/commander/lib/option.js
var Option = class {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */
  constructor(flags, description) {
    this.flags = flags;
    this.description = description || "";
    this.required = flags.includes("<");
    this.optional = flags.includes("[");
    this.variadic = new RegExp("\\p{ID_Continue}\\.\\.\\.[>\\]]$", "u").test(flags);
    this.mandatory = false;
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag;
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith("--no-");
    }
    this.defaultValue = void 0;
    this.defaultValueDescription = void 0;
    this.presetArg = void 0;
    this.envVar = void 0;
    this.parseArg = void 0;
    this.hidden = false;
    this.argChoices = void 0;
    this.conflictsWith = [];
    this.implied = void 0;
    this.helpGroupHeading = void 0;
  }
  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */
  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }
  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */
  preset(arg) {
    this.presetArg = arg;
    return this;
  }
  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */
  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }
  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === "string") {
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }
  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */
  env(name) {
    this.envVar = name;
    return this;
  }
  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */
  argParser(fn) {
    this.parseArg = fn;
    return this;
  }
  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */
  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }
  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */
  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }
  /**
   * @package
   */
  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }
    previous.push(value);
    return previous;
  }
  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */
  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(", ")}.`
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }
  /**
   * Return option name.
   *
   * @return {string}
   */
  name() {
    if (this.long) {
      return this.long.replace(/^--/, "");
    }
    return this.short.replace(/^-/, "");
  }
  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */
  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ""));
    }
    return camelcase(this.name());
  }
  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }
  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */
  is(arg) {
    return this.short === arg || this.long === arg;
  }
  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */
  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
};
var DualOptions = class {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = /* @__PURE__ */ new Map();
    this.negativeOptions = /* @__PURE__ */ new Map();
    this.dualOptions = /* @__PURE__ */ new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }
  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== void 0 ? preset : false;
    return option.negate === (negativeValue === value);
  }
};
function camelcase(str) {
  return str.split("-").reduce((str2, word) => {
    return str2 + word[0].toUpperCase() + word.slice(1);
  });
}
function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  const shortFlagExp = /^-[^-]$/;
  const longFlagExp = /^--[^-]/;
  const flagParts = flags.split(/[ |,]+/).concat("guard");
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }
  if (flagParts[0].startsWith("-")) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);
    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === void 0 && longFlag === void 0)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`
    );
  return { shortFlag, longFlag };
}

// node_modules/commander/lib/suggestSimilar.js
var maxDistance = 3;
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);
  const d = [];
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        // deletion
        d[i][j - 1] + 1,
        // insertion
        d[i - 1][j - 1] + cost
        // substitution
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return "";
  candidates = Array.from(new Set(candidates));
  const searchingOptions = word.startsWith("--");
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }
  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return;
    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });
  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }
  if (similar.length > 1) {
    return `
(Did you mean one of ${similar.join(", ")}?)`;
  }
  if (similar.length === 1) {
    return `
(Did you mean ${similar[0]}?)`;
  }
  return "";
}

// node_modules/commander/lib/command.js
var Command = class _Command extends EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */
  constructor(name) {
    super();
    this.commands = [];
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    this.registeredArguments = [];
    this._args = this.registeredArguments;
    this.args = [];
    this.rawArgs = [];
    this.processedArgs = [];
    this._scriptPath = null;
    this._name = name || "";
    this._optionValues = {};
    this._optionValueSources = {};
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null;
    this._executableDir = null;
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = "";
    this._summary = "";
    this._argsDescription = void 0;
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {};
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null;
    this._outputConfiguration = {
      writeOut: (str) => process2.stdout.write(str),
      writeErr: (str) => process2.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
      getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
      getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
      getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
      stripColor: (str) => stripVTControlCharacters2(str)
    };
    this._hidden = false;
    this._helpOption = void 0;
    this._addImplicitHelpCommand = void 0;
    this._helpCommand = void 0;
    this._helpConfiguration = {};
    this._helpGroupHeading = void 0;
    this._defaultCommandGroup = void 0;
    this._defaultOptionGroup = void 0;
  }
  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
    return this;
  }
  /**
   * @returns {Command[]}
   * @private
   */
  _getCommandAndAncestors() {
    const result = [];
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }
  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */
  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === "object" && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden);
    cmd._executableFile = opts.executableFile || null;
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);
    if (desc) return this;
    return cmd;
  }
  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */
  createCommand(name) {
    return new _Command(name);
  }
  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */
  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }
  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */
  configureHelp(configuration) {
    if (configuration === void 0) return this._helpConfiguration;
    this._helpConfiguration = configuration;
    return this;
  }
  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */
  configureOutput(configuration) {
    if (configuration === void 0) return this._outputConfiguration;
    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration
    };
    return this;
  }
  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }
  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }
  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */
  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }
    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true;
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();
    return this;
  }
  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */
  createArgument(name, description) {
    return new Argument(name, description);
  }
  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === "function") {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }
  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */
  arguments(names) {
    names.trim().split(/ +/).forEach((detail) => {
      this.argument(detail);
    });
    return this;
  }
  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`
      );
    }
    if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }
  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */
  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === "boolean") {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }
    const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? "display help for command";
    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);
    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
    return this;
  }
  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    if (typeof helpCommand !== "object") {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }
    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }
  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
    if (hasImplicitHelpCommand) {
      if (this._helpCommand === void 0) {
        this.helpCommand(void 0, void 0);
      }
      return this._helpCommand;
    }
    return null;
  }
  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */
  hook(event, listener) {
    const allowedValues = ["preSubcommand", "preAction", "postAction"];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }
  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */
  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== "commander.executeSubCommandAsync") {
          throw err;
        } else {
        }
      };
    }
    return this;
  }
  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */
  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
    }
    process2.exit(exitCode);
  }
  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */
  action(fn) {
    const listener = (args) => {
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this;
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);
      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }
  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */
  createOption(flags, description) {
    return new Option(flags, description);
  }
  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */
  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === "commander.invalidArgument") {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }
  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */
  _registerOption(option) {
    const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
    if (matchingOption) {
      const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }
    this._initOptionGroup(option);
    this.options.push(option);
  }
  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */
  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };
    const alreadyUsed = knownBy(command).find(
      (name) => this._findCommand(name)
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
      const newCmd = knownBy(command).join("|");
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`
      );
    }
    this._initCommandGroup(command);
    this.commands.push(command);
  }
  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);
    const oname = option.name();
    const name = option.attributeName();
    if (option.defaultValue !== void 0) {
      this.setOptionValueWithSource(name, option.defaultValue, "default");
    }
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      if (val == null && option.presetArg !== void 0) {
        val = option.presetArg;
      }
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = "";
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };
    this.on("option:" + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, "cli");
    });
    if (option.envVar) {
      this.on("optionEnv:" + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, "env");
      });
    }
    return this;
  }
  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === "object" && flags instanceof Option) {
      throw new Error(
        "To add an Option object use addOption() instead of option() or requiredOption()"
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === "function") {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }
    return this.addOption(option);
  }
  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }
  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue
    );
  }
  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }
  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }
  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }
  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }
  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }
  /**
   * @private
   */
  _checkForBrokenPassThrough() {
    if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
      );
    }
  }
  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */
  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error("call .storeOptionsAsProperties() before adding options");
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        "call .storeOptionsAsProperties() before setting option values"
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }
  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */
  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }
  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */
  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, void 0);
  }
  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */
  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }
  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */
  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }
  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */
  getOptionValueSourceWithGlobals(key) {
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (Object.hasOwn(cmd._optionValueSources, key)) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }
  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */
  _prepareUserArgs(argv, parseOptions) {
    if (argv !== void 0 && !Array.isArray(argv)) {
      throw new Error("first parameter to parse must be array or undefined");
    }
    parseOptions = parseOptions || {};
    if (argv === void 0 && parseOptions.from === void 0) {
      if (process2.versions?.electron) {
        parseOptions.from = "electron";
      }
      const execArgv = process2.execArgv ?? [];
      if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
        parseOptions.from = "eval";
      }
    }
    if (argv === void 0) {
      argv = process2.argv;
    }
    this.rawArgs = argv.slice();
    let userArgs;
    switch (parseOptions.from) {
      case void 0:
      case "node":
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case "electron":
        if (process2.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case "user":
        userArgs = argv.slice(0);
        break;
      case "eval":
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`
        );
    }
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || "program";
    return userArgs;
  }
  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */
  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);
    return this;
  }
  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */
  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);
    return this;
  }
  _prepareForParse() {
    if (this._savedState === null) {
      this.options.filter(
        (option) => option.negate && option.defaultValue === void 0 && this.getOptionValue(option.attributeName()) === void 0
      ).forEach((option) => {
        const positiveLongFlag = option.long.replace(/^--no-/, "--");
        if (!this._findOption(positiveLongFlag)) {
          this.setOptionValueWithSource(
            option.attributeName(),
            true,
            "default"
          );
        }
      });
      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }
  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources }
    };
  }
  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    this.args = [];
    this.processedArgs = [];
  }
  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (fs.existsSync(executableFile)) return;
    const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }
  /**
   * Execute a sub-command executable.
   *
   * @private
   */
  _executeSubCommand(subcommand, args) {
    args = args.slice();
    const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
    function findFile(baseDir, baseName) {
      const localBin = path.resolve(baseDir, baseName);
      if (fs.existsSync(localBin)) return localBin;
      if (sourceExt.includes(path.extname(baseName))) return void 0;
      const foundExt = sourceExt.find(
        (ext) => fs.existsSync(`${localBin}${ext}`)
      );
      if (foundExt) return `${localBin}${foundExt}`;
      return void 0;
    }
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();
    let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || "";
    if (this._scriptPath) {
      let resolvedScriptPath;
      try {
        resolvedScriptPath = fs.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = path.resolve(
        path.dirname(resolvedScriptPath),
        executableDir
      );
    }
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = path.basename(
          this._scriptPath,
          path.extname(this._scriptPath)
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`
          );
        }
      }
      executableFile = localFile || executableFile;
    }
    const launchWithNode = sourceExt.includes(path.extname(executableFile));
    let proc;
    if (process2.platform !== "win32") {
      if (launchWithNode) {
        args.unshift(executableFile);
        args = incrementNodeInspectorPort(process2.execArgv).concat(args);
        proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
      } else {
        proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name
      );
      args.unshift(executableFile);
      args = incrementNodeInspectorPort(process2.execArgv).concat(args);
      proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
    }
    if (!proc.killed) {
      const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
      signals.forEach((signal) => {
        process2.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            proc.kill(signal);
          }
        });
      });
    }
    const exitCallback = this._exitCallback;
    proc.on("close", (code) => {
      code = code ?? 1;
      if (!exitCallback) {
        process2.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            "commander.executeSubCommandAsync",
            "(close)"
          )
        );
      }
    });
    proc.on("error", (err) => {
      if (err.code === "ENOENT") {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name
        );
      } else if (err.code === "EACCES") {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        process2.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          "commander.executeSubCommandAsync",
          "(error)"
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });
    this.runningCommand = proc;
  }
  /**
   * @private
   */
  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });
    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      "preSubcommand"
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }
  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */
  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
    );
  }
  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */
  _checkNumberOfArguments() {
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }
  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */
  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage
        );
      }
      return parsedValue;
    };
    this._checkNumberOfArguments();
    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === void 0) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }
  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCall(promise, fn) {
    if (promise?.then && typeof promise.then === "function") {
      return promise.then(() => fn());
    }
    return fn();
  }
  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
      hookedCommand._lifeCycleHooks[event].forEach((callback) => {
        hooks.push({ hookedCommand, callback });
      });
    });
    if (event === "postAction") {
      hooks.reverse();
    }
    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }
  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */
  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== void 0) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }
  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */
  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv();
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);
    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown);
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown
      );
    }
    if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
      this.help({ error: true });
    }
    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };
    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();
      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
      promiseChain = this._chainOrCall(
        promiseChain,
        () => this._actionHandler(this.processedArgs)
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown);
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown);
    } else if (operands.length) {
      if (this._findCommand("*")) {
        return this._dispatchSubcommand("*", operands, unknown);
      }
      if (this.listenerCount("command:*")) {
        this.emit("command:*", operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
    }
  }
  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return void 0;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name)
    );
  }
  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */
  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }
  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForMissingMandatoryOptions() {
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }
  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === void 0) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== "default";
    });
    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0
    );
    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find(
        (defined) => option.conflictsWith.includes(defined.attributeName())
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }
  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }
  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */
  parseOptions(args) {
    const operands = [];
    const unknown = [];
    let dest = operands;
    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === "-";
    }
    const negativeNumberArg = (arg) => {
      if (!/^-(\d+|\d*\.\d+)([eE][+-]?\d+)?$/.test(arg)) return false;
      return !this._getCommandAndAncestors().some(
        (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
      );
    };
    let activeVariadicOption = null;
    let activeGroup = null;
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;
      if (arg === "--") {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }
      if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;
      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === void 0) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }
      if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (option.required || option.optional && this._combineFlagAndOptionalValue) {
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            this.emit(`option:${option.name()}`);
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf("=");
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }
      if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
        dest = unknown;
      }
      if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }
      dest.push(arg);
    }
    return { operands, unknown };
  }
  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      const result = {};
      const len = this.options.length;
      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] = key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }
    return this._optionValues;
  }
  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {}
    );
  }
  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    this._outputConfiguration.outputError(
      `${message}
`,
      this._outputConfiguration.writeErr
    );
    if (typeof this._showHelpAfterError === "string") {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr("\n");
      this.outputHelp({ error: true });
    }
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || "commander.error";
    this._exit(exitCode, code, message);
  }
  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in process2.env) {
        const optionKey = option.attributeName();
        if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
          this.getOptionValueSource(optionKey)
        )) {
          if (option.required || option.optional) {
            this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
          } else {
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }
  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
    };
    this.options.filter(
      (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
        this.getOptionValue(option.attributeName()),
        option
      )
    ).forEach((option) => {
      Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
        this.setOptionValueWithSource(
          impliedKey,
          option.implied[impliedKey],
          "implied"
        );
      });
    });
  }
  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */
  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: "commander.missingArgument" });
  }
  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */
  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: "commander.optionMissingArgument" });
  }
  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */
  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: "commander.missingMandatoryOptionValue" });
  }
  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    const findBestOptionFromValue = (option2) => {
      const optionKey = option2.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName()
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName()
      );
      if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
        return negativeOption;
      }
      return positiveOption || option2;
    };
    const getErrorMessage = (option2) => {
      const bestOption = findBestOptionFromValue(option2);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === "env") {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };
    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: "commander.conflictingOption" });
  }
  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */
  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = "";
    if (flag.startsWith("--") && this._showSuggestionAfterError) {
      let candidateFlags = [];
      let command = this;
      do {
        const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }
    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: "commander.unknownOption" });
  }
  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */
  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;
    const expected = this.registeredArguments.length;
    const s = expected === 1 ? "" : "s";
    const received = receivedArgs.length;
    const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
    const details = receivedArgs.join(", ");
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${received}: ${details}.`;
    this.error(message, { code: "commander.excessArguments" });
  }
  /**
   * Unknown command.
   *
   * @private
   */
  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = "";
    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp().visibleCommands(this).forEach((command) => {
        candidateNames.push(command.name());
        if (command.alias()) candidateNames.push(command.alias());
      });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }
    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: "commander.unknownCommand" });
  }
  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */
  version(str, flags, description) {
    if (str === void 0) return this._version;
    this._version = str;
    flags = flags || "-V, --version";
    description = description || "output the version number";
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);
    this.on("option:" + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}
`);
      this._exit(0, "commander.version", str);
    });
    return this;
  }
  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === void 0 && argsDescription === void 0)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }
  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === void 0) return this._summary;
    this._summary = str;
    return this;
  }
  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */
  alias(alias) {
    if (alias === void 0) return this._aliases[0];
    let command = this;
    if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
      command = this.commands[this.commands.length - 1];
    }
    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
      );
    }
    command._aliases.push(alias);
    return this;
  }
  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */
  aliases(aliases) {
    if (aliases === void 0) return this._aliases;
    aliases.forEach((alias) => this.alias(alias));
    return this;
  }
  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  usage(str) {
    if (str === void 0) {
      if (this._usage) return this._usage;
      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return [].concat(
        this.options.length || this._helpOption !== null ? "[options]" : [],
        this.commands.length ? "[command]" : [],
        this.registeredArguments.length ? args : []
      ).join(" ");
    }
    this._usage = str;
    return this;
  }
  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  name(str) {
    if (str === void 0) return this._name;
    this._name = str;
    return this;
  }
  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */
  helpGroup(heading) {
    if (heading === void 0) return this._helpGroupHeading ?? "";
    this._helpGroupHeading = heading;
    return this;
  }
  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:');
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === void 0) return this._defaultCommandGroup ?? "";
    this._defaultCommandGroup = heading;
    return this;
  }
  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === void 0) return this._defaultOptionGroup ?? "";
    this._defaultOptionGroup = heading;
    return this;
  }
  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }
  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }
  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or import.meta.filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(import.meta.filename);
   *
   * @param {string} filename
   * @return {Command}
   */
  nameFromFilename(filename) {
    this._name = path.basename(filename, path.extname(filename));
    return this;
  }
  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(import.meta.dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */
  executableDir(path2) {
    if (path2 === void 0) return this._executableDir;
    this._executableDir = path2;
    return this;
  }
  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */
  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }
  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */
  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }
  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */
  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === "function") {
      deprecatedCallback = contextOptions;
      contextOptions = void 0;
    }
    const outputContext = this._getOutputContext(contextOptions);
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this
    };
    this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
    this.emit("beforeHelp", eventContext);
    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
        throw new Error("outputHelp callback must return a string or a Buffer");
      }
    }
    outputContext.write(helpInformation);
    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long);
    }
    this.emit("afterHelp", eventContext);
    this._getCommandAndAncestors().forEach(
      (command) => command.emit("afterAllHelp", eventContext)
    );
  }
  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help', 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */
  helpOption(flags, description) {
    if (typeof flags === "boolean") {
      if (flags) {
        if (this._helpOption === null) this._helpOption = void 0;
        if (this._defaultOptionGroup) {
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null;
      }
      return this;
    }
    this._helpOption = this.createOption(
      flags ?? "-h, --help",
      description ?? "display help for command"
    );
    if (flags || description) this._initOptionGroup(this._helpOption);
    return this;
  }
  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    if (this._helpOption === void 0) {
      this.helpOption(void 0, void 0);
    }
    return this._helpOption;
  }
  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }
  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */
  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(process2.exitCode ?? 0);
    if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
      exitCode = 1;
    }
    this._exit(exitCode, "commander.help", "(outputHelp)");
  }
  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */
  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */
  addHelpText(position, text) {
    const allowedValues = ["beforeAll", "before", "after", "afterAll"];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    const helpEvent = `${position}Help`;
    this.on(helpEvent, (context) => {
      let helpStr;
      if (typeof text === "function") {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      if (helpStr) {
        context.write(`${helpStr}
`);
      }
    });
    return this;
  }
  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */
  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      this._exit(0, "commander.helpDisplayed", "(outputHelp)");
    }
  }
};
function incrementNodeInspectorPort(args) {
  return args.map((arg) => {
    if (!arg.startsWith("--inspect")) {
      return arg;
    }
    let debugOption;
    let debugHost = "127.0.0.1";
    let debugPort = "9229";
    let match;
    if ((match = arg.match(/^(--inspect(-brk|-wait)?)$/)) !== null) {
      debugOption = match[1];
    } else if ((match = arg.match(
      /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+)$/
    )) !== null) {
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        debugPort = match[3];
      } else {
        debugHost = match[3];
      }
    } else if ((match = arg.match(
      /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+):(\d+)$/
    )) !== null) {
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }
    if (debugOption && debugPort !== "0") {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}
function useColor() {
  if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
    return false;
  if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
    return true;
  return void 0;
}

// node_modules/commander/index.js
var program = new Command();

// src/cli/commands/doctor.ts
import { join as join4 } from "node:path";

// src/sync/doctor.ts
import { existsSync } from "node:fs";
import { join as join2 } from "node:path";

// src/sync/doctor-host.ts
import { join } from "node:path";
function apiHostCheck(layout, resolveHost) {
  const name = "Notion API host";
  let host;
  try {
    host = resolveHost();
  } catch (error) {
    if (!isIdseError(error)) throw error;
    return {
      check: { name, status: "fail", message: error.message, fix: error.fix },
      usable: false
    };
  }
  const committed = committedBaseUrl(layout);
  const where = host.notice ?? `requests go to ${NOTION_API_URL}`;
  if (committed !== void 0) {
    const check = {
      name,
      status: "fail",
      message: `.idse/.idseconfig.json sets notion.base_url to ${JSON.stringify(committed)}; it is ignored (the API host never comes from a file in the repository), and ${where}`,
      fix: "Remove notion.base_url from .idse/.idseconfig.json, and find out who added it. A proxy is set with NOTION_BASE_URL or base_url in ~/.idseconfig.json."
    };
    return { check, usable: true };
  }
  if (host.notice !== void 0) {
    const check = {
      name,
      status: "warn",
      message: host.notice,
      fix: "Unset NOTION_BASE_URL (and base_url in ~/.idseconfig.json) unless you mean to use that host."
    };
    return { check, usable: true };
  }
  return { check: { name, status: "ok", message: NOTION_API_URL }, usable: true };
}
function committedBaseUrl(layout) {
  if (layout === void 0) return void 0;
  try {
    const path2 = join(layout.idseDir, ".idseconfig.json");
    return readNotionConfig(path2, { allowToken: false }).ignoredBaseUrl;
  } catch {
    return void 0;
  }
}

// src/sync/init-config.ts
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
function recordDatabase(path2, databaseId, project) {
  const data = readObject(path2);
  const notion = objectAt(data, "notion", path2);
  const warnings = [];
  let key;
  let changed;
  if (project !== void 0) {
    key = `notion.databases.${project}`;
    const databases = objectAt(notion, "databases", path2);
    changed = databases[project] !== databaseId;
    databases[project] = databaseId;
  } else {
    key = "notion.database_id";
    changed = notion["database_id"] !== databaseId;
    notion["database_id"] = databaseId;
    if (notion["data_source_id"] !== void 0) {
      delete notion["data_source_id"];
      changed = true;
      warnings.push(`removed notion.data_source_id from ${path2}: it belonged to another database`);
    }
  }
  if (changed) writeFileAtomic(path2, `${JSON.stringify(data, null, 2)}
`, dirname(dirname(path2)));
  return { key, written: changed, warnings };
}
function readObject(path2) {
  let raw;
  try {
    raw = readFileSync(path2, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return {};
    throw invalid(path2, `cannot be read (${error.code})`);
  }
  let data;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw invalid(path2, `is not valid JSON (${error.message})`);
  }
  if (!isObject(data)) throw invalid(path2, "must hold a JSON object");
  return data;
}
function objectAt(parent, key, path2) {
  const value = parent[key];
  if (value === void 0 || value === null) {
    const created = {};
    parent[key] = created;
    return created;
  }
  if (!isObject(value)) throw invalid(path2, `"${key}" must be an object`);
  return value;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function invalid(path2, problem) {
  return new IdseError(
    "config-invalid",
    `The configuration file ${path2} ${problem}.`,
    'Fix the file (see "Configuration" in the README), then run `idse-sync init` again.'
  );
}

// src/sync/schema-review.ts
var STATUS_OPTIONS = [...new Set(Object.values(STATUS_LABELS))];
function reviewSchema(properties, dataSourceId) {
  const titleName = Object.entries(properties).find(([, p]) => p.type === "title")?.[0];
  const review = {
    titleName,
    mistypedRequired: [],
    missing: [],
    mistypedOptional: [],
    statusOptionsMissing: void 0,
    statusOptionsExtra: [],
    stageOptionsMissing: void 0,
    relation: reviewRelation(properties, dataSourceId)
  };
  for (const [key, spec] of Object.entries(PROPERTIES)) {
    if (key === "title" || key === "upstream") continue;
    const actual = properties[spec.name];
    if (actual === void 0) review.missing.push(key);
    else if (actual.type !== spec.type) {
      const sentence = `"${spec.name}" is ${typeLabel(actual.type)}, not ${typeLabel(spec.type)}`;
      (spec.required ? review.mistypedRequired : review.mistypedOptional).push(sentence);
    }
  }
  const status = properties[PROPERTIES.status.name];
  if (status?.type === "status") {
    const names = (status.status?.options ?? []).map((o) => o.name);
    review.statusOptionsMissing = STATUS_OPTIONS.filter((name) => !names.includes(name));
    review.statusOptionsExtra = names.filter((name) => !STATUS_OPTIONS.includes(name));
  }
  const stage = properties[PROPERTIES.stage.name];
  if (stage?.type === "select") {
    const covered = new Set(
      (stage.select?.options ?? []).map((o) => stageFromNotion(o.name))
    );
    review.stageOptionsMissing = Object.entries(STAGE_LABELS).filter(([stageKey]) => !covered.has(stageKey)).map(([, label]) => label);
  }
  return review;
}
function reviewRelation(properties, dataSourceId) {
  const name = PROPERTIES.upstream.name;
  const upstream = properties[name];
  if (upstream === void 0) {
    if (properties[DOWNSTREAM_PROPERTY] !== void 0) {
      return {
        state: "blocked",
        message: `"${name}" is missing and a "${DOWNSTREAM_PROPERTY}" column already exists, so it cannot be added as its two-way partner; upstream links are not written`
      };
    }
    return { state: "missing", message: `"${name}" is missing; upstream links are not written` };
  }
  if (upstream.type !== "relation") {
    return {
      state: "mistyped",
      message: `"${name}" is ${typeLabel(upstream.type)}, not a Relation; it is left alone`
    };
  }
  const relation = upstream.relation ?? {};
  if (relation.data_source_id !== void 0 && compactId(relation.data_source_id) !== compactId(dataSourceId)) {
    return {
      state: "elsewhere",
      message: `"${name}" relates to another data source (${relation.data_source_id}), not to this one`
    };
  }
  if (relation.type !== "dual_property") {
    return {
      state: "one-way",
      message: `"${name}" is a one-way relation: Notion keeps no "${DOWNSTREAM_PROPERTY}" for it`
    };
  }
  const partner = relation.dual_property?.synced_property_name ?? DOWNSTREAM_PROPERTY;
  return { state: "ok", message: `"${name}" is a two-way relation with "${partner}"` };
}
function columnConfig(key) {
  const spec = PROPERTIES[key];
  switch (spec.type) {
    case "title":
      return { title: {} };
    case "rich_text":
      return { rich_text: {} };
    case "status":
      return { status: {} };
    case "select":
      return {
        select: {
          options: key === "stage" ? Object.values(STAGE_LABELS).map((name) => ({ name })) : []
        }
      };
  }
}
function upstreamRelationConfig(dataSourceId) {
  return {
    relation: {
      data_source_id: dataSourceId,
      type: "dual_property",
      dual_property: { synced_property_name: DOWNSTREAM_PROPERTY }
    }
  };
}
function typeLabel(type) {
  const names = {
    title: "a Title",
    select: "a Select",
    multi_select: "a Multi-select",
    rich_text: "a Text",
    status: "a Status",
    relation: "a Relation"
  };
  return names[type] ?? `a "${type}" property`;
}

// src/sync/init.ts
var STATUS_DOC = "https://developers.notion.com/reference/update-data-source-properties";
async function runInit(settings, c) {
  const warnings = [];
  const databases = [];
  const statusDone = [];
  const configured = configuredDatabases(settings.targets, settings.project);
  if (configured.length > 0) {
    if (settings.parentPageId !== void 0) {
      warnings.push(
        "--parent-page was ignored: a database is configured already (remove it from the configuration to create a new one)"
      );
    }
    for (const target of configured) {
      const result = await completeDatabase(target, settings, c, warnings);
      databases.push(result.setup);
      statusDone.push(result.statusDone);
    }
  } else if (settings.parentPageId !== void 0) {
    databases.push(await createDatabase(settings.parentPageId, settings, c, warnings));
    statusDone.push(false);
  } else {
    throw new IdseError(
      "database-missing",
      "No Notion database is configured, and no --parent-page to create one under.",
      "Run `idse-sync init --parent-page <id or URL of a Notion page shared with the integration>` to create one, or set IDSE_NOTION_DATABASE_ID (or notion.database_id in .idse/.idseconfig.json) to use an existing one."
    );
  }
  return {
    command: "init",
    dryRun: settings.dryRun,
    counts: emptyCounts(),
    artifacts: [],
    warnings: warnings.map(runWarning),
    requests: c.requestCount(),
    databases,
    manualSteps: manualSteps(statusDone.every(Boolean))
  };
}
function configuredDatabases(targets, project) {
  if (project !== void 0) {
    const id = targets.databases[project] ?? targets.databaseId;
    return id === void 0 ? [] : [{ databaseId: id }];
  }
  const found = /* @__PURE__ */ new Map();
  if (targets.databaseId !== void 0) {
    found.set(compactId(targets.databaseId), { databaseId: targets.databaseId });
  }
  for (const [name, id] of Object.entries(targets.databases)) {
    if (!found.has(compactId(id))) found.set(compactId(id), { databaseId: id, project: name });
  }
  return [...found.values()];
}
async function completeDatabase(target, settings, c, warnings) {
  const schema = await c.admin.readDatabase(target.databaseId);
  const review = reviewSchema(schema.properties, schema.dataSourceId);
  if (review.mistypedRequired.length > 0) {
    throw new IdseError(
      "schema-mistyped",
      `The Notion database ${target.databaseId} has ${review.mistypedRequired.join("; ")}. init never changes an existing property.`,
      "In Notion, change that property to the type named (or rename it so init can add a new one), then run `idse-sync init` again."
    );
  }
  const additions = {};
  for (const key of review.missing) {
    additions[PROPERTIES[key].name] = columnConfig(key);
  }
  if (review.relation.state === "missing") {
    additions[PROPERTIES.upstream.name] = upstreamRelationConfig(schema.dataSourceId);
  } else if (review.relation.state !== "ok") {
    warnings.push(`database ${target.databaseId}: ${review.relation.message}`);
  }
  for (const problem of review.mistypedOptional) {
    warnings.push(`database ${target.databaseId}: ${problem}; it is left alone`);
  }
  const added = Object.keys(additions);
  if (added.length > 0 && !settings.dryRun) {
    const after = await c.admin.addProperties(schema.dataSourceId, additions);
    for (const name of added) {
      if (after[name] === void 0) {
        warnings.push(`database ${target.databaseId}: Notion did not add "${name}"`);
      }
    }
  }
  return {
    setup: {
      databaseId: schema.databaseId,
      ...target.project !== void 0 ? { project: target.project } : {},
      created: false,
      title: schema.title || null,
      addedProperties: added,
      configWritten: null,
      url: schema.url
    },
    // A Status column added just now has Notion's default options.
    statusDone: review.statusOptionsMissing !== void 0 && review.statusOptionsMissing.length === 0
  };
}
async function createDatabase(parentPageId, settings, c, warnings) {
  const project = settings.project;
  if (project === void 0 && settings.projects.length > 1) {
    throw new IdseError(
      "project-needed",
      `This workspace has ${settings.projects.length} projects (${settings.projects.join(", ")}); each needs its own Notion database.`,
      "Run `idse-sync init --parent-page <page> --project <name>` once per project."
    );
  }
  const columns = {};
  for (const [key2, spec] of Object.entries(PROPERTIES)) {
    if (key2 !== "upstream") columns[spec.name] = columnConfig(key2);
  }
  const names = [...Object.keys(columns), PROPERTIES.upstream.name];
  const name = project ?? (settings.projects.length === 1 ? settings.projects[0] : void 0);
  const title = settings.title ?? (name !== void 0 ? `IDSE artifacts \u2013 ${name}` : "IDSE artifacts");
  const key = project !== void 0 ? `notion.databases.${project}` : "notion.database_id";
  if (settings.dryRun) {
    await c.admin.checkParentPage(parentPageId);
    return {
      databaseId: null,
      ...project !== void 0 ? { project } : {},
      created: true,
      title,
      addedProperties: names,
      configWritten: key,
      url: null
    };
  }
  const created = await c.admin.createDatabase(parentPageId, title, columns);
  const recorded = recordDatabase(settings.configPath, created.databaseId, project);
  warnings.push(...recorded.warnings);
  try {
    await c.admin.addProperties(created.dataSourceId, {
      [PROPERTIES.upstream.name]: upstreamRelationConfig(created.dataSourceId)
    });
  } catch (error) {
    throw new IdseError(
      "init-incomplete",
      `Created the database ${created.databaseId} and recorded it in ${settings.configPath}, but adding "${PROPERTIES.upstream.name}" failed: ${describeNotionError(error, settings.secrets)}.`,
      "Run `idse-sync init` again: it adds what the database still lacks.",
      { exitCode: ExitCode.ArtifactsFailed }
    );
  }
  return {
    databaseId: created.databaseId,
    ...project !== void 0 ? { project } : {},
    created: true,
    title,
    addedProperties: names,
    configWritten: recorded.written ? recorded.key : null,
    url: created.url
  };
}
function manualSteps(statusDone) {
  const options = STATUS_OPTIONS.join(", ");
  return [
    statusDone ? `Status options: the database has ${options}; nothing to do.` : `In Notion, open the database, click the Status column \u2192 Edit property, and make its options exactly ${options} (Draft under To-do, In Review under In progress, Locked and Superseded under Complete; delete defaults such as Not started, In progress, Done). Notion's API cannot create or edit status options (${STATUS_DOC}); until then pushes leave Status out, with a warning.`,
    "Share the database with every integration that syncs it (\u2022\u2022\u2022 \u2192 Connections \u2192 add it), for example the one whose token CI uses; a database init created is already shared with this integration."
  ];
}

// src/sync/doctor.ts
async function runDoctor(inputs) {
  const checks = [];
  const add = (check) => checks.push(check);
  const nodeProblem = nodeVersionProblem(inputs.nodeVersion);
  add(
    nodeProblem === void 0 ? { name: "Node.js version", status: "ok", message: `${inputs.nodeVersion} (needs 22.14+)` } : {
      name: "Node.js version",
      status: "fail",
      message: nodeProblem,
      fix: "Install Node.js 22.14+ or 24 LTS."
    }
  );
  const layout = isIdseError(inputs.workspace) ? void 0 : inputs.workspace;
  add(
    layout !== void 0 ? { name: "workspace", status: "ok", message: `found at ${layout.root}` } : failure("workspace", inputs.workspace)
  );
  add(spineCheck(layout));
  const configs = configCheck(layout, inputs.userConfigPath);
  add(configs);
  const host = apiHostCheck(layout, () => inputs.apiHost());
  add(host.check);
  let access;
  if (configs.status === "fail") {
    add(skip("token present", "the configuration files could not be read"));
  } else if (!host.usable) {
    add(skip("token present", "the API host is not safe to send it to"));
  } else {
    try {
      access = inputs.resolveSettings(layout);
      add({ name: "token present", status: "ok", message: "a Notion token is set (not shown)" });
    } catch (error) {
      add(failure("token present", error));
    }
  }
  let requestCount = () => 0;
  let accepted = false;
  if (access === void 0) add(skip("token accepted", "no token"));
  else {
    const connection = inputs.connect(access);
    requestCount = connection.requestCount;
    const secrets = [access.token];
    try {
      const bot = await connection.admin.whoAmI();
      accepted = true;
      const name = bot.name !== null ? ` as "${bot.name}"` : "";
      add({ name: "token accepted", status: "ok", message: `Notion accepted the token${name}` });
    } catch (error) {
      add(failure("token accepted", error, secrets));
    }
    if (accepted) await databaseChecks(access, connection.admin, add);
  }
  if (!accepted) add(skip("database reachable", "the token was not accepted"));
  return {
    command: "doctor",
    dryRun: false,
    counts: emptyCounts(),
    artifacts: [],
    warnings: [],
    requests: requestCount(),
    checks: checks.map((check) => redactCheck(check, access ? [access.token] : []))
  };
}
function spineCheck(layout) {
  const name = "spine";
  if (layout === void 0) return skip(name, "no workspace");
  if (!existsSync(layout.spinePath)) {
    return {
      name,
      status: "warn",
      message: `no spine yet (${layout.spinePath})`,
      fix: "`idse-sync migrate` creates it (the first push does too)."
    };
  }
  try {
    const db = ArtifactDatabase.openSnapshot(layout.spinePath, { migrate: false });
    try {
      const pending = db.pendingMigrations();
      if (pending.length === 0) return { name, status: "ok", message: "readable, up to date" };
      return {
        name,
        status: "warn",
        message: `readable; ${pending.length} migration(s) pending: ${pending.map((m) => `${m.version} ${m.name}`).join(", ")}`,
        fix: "`idse-sync migrate` applies them, keeping a backup (the next push does too)."
      };
    } finally {
      db.close();
    }
  } catch (error) {
    return failure(name, error);
  }
}
function configCheck(layout, userPath) {
  const name = "config files";
  const files = [];
  if (layout !== void 0) {
    files.push({ path: join2(layout.idseDir, ".idseconfig.json"), allowToken: false });
  }
  if (userPath !== void 0) files.push({ path: userPath, allowToken: true });
  const found = [];
  for (const file of files) {
    if (!existsSync(file.path)) continue;
    try {
      readNotionConfig(file.path, { allowToken: file.allowToken });
      found.push(file.allowToken ? `${file.path} valid` : `${file.path} valid, no token`);
    } catch (error) {
      return failure(name, error);
    }
  }
  const message = found.length > 0 ? found.join("; ") : "none (settings come from the environment)";
  return { name, status: "ok", message };
}
async function databaseChecks(access, admin, add) {
  const targets = configuredDatabases(access.targets, void 0);
  if (targets.length === 0) {
    add({
      name: "database reachable",
      status: "fail",
      message: "no Notion database is configured",
      fix: "Run `idse-sync init --parent-page <page>` to create one, or set IDSE_NOTION_DATABASE_ID (or notion.database_id in .idse/.idseconfig.json)."
    });
    return;
  }
  for (const target of targets) {
    const suffix = targets.length > 1 ? ` [${target.project ?? target.databaseId}]` : "";
    const named = (check) => ({ ...check, name: check.name + suffix });
    let schema;
    try {
      schema = await admin.readDatabase(target.databaseId);
    } catch (error) {
      add(named(failure("database reachable", error, [access.token])));
      continue;
    }
    const title = schema.title ? `"${schema.title}" ` : "";
    add(
      named({
        name: "database reachable",
        status: "ok",
        message: `${title}(${schema.databaseId})`
      })
    );
    for (const check of schemaChecks(reviewSchema(schema.properties, schema.dataSourceId))) {
      add(named(check));
    }
  }
}
function schemaChecks(review) {
  const checks = [];
  const required = Object.values(PROPERTIES).filter((p) => p.required && p.type !== "title");
  const problems = [
    ...review.titleName === void 0 ? ["no title property"] : [],
    ...required.filter((p) => review.missing.some((k) => PROPERTIES[k] === p)).map(missingText),
    ...review.mistypedRequired
  ];
  checks.push(
    problems.length === 0 ? {
      name: "required properties",
      status: "ok",
      message: `${review.titleName} (title), ${required.map((p) => p.name).join(", ")}`
    } : {
      name: "required properties",
      status: "fail",
      message: problems.join("; "),
      fix: "Add or retype them in Notion, or run `idse-sync init` to add missing ones."
    }
  );
  const optional = Object.entries(PROPERTIES).filter(
    ([key, p]) => !p.required && key !== "sync" && key !== "upstream"
  );
  const optionalProblems = [
    ...optional.filter(([key]) => review.missing.includes(key)).map(([, p]) => missingText(p)),
    ...review.mistypedOptional.filter((text) => !text.startsWith(`"${PROPERTIES.sync.name}"`))
  ];
  checks.push(
    optionalProblems.length === 0 ? {
      name: "optional properties",
      status: "ok",
      message: optional.map(([, p]) => p.name).join(", ")
    } : {
      name: "optional properties",
      status: "warn",
      message: `${optionalProblems.join("; ")}; their values are not written`,
      fix: "`idse-sync init` adds missing ones (it never changes an existing property)."
    }
  );
  checks.push(statusCheck(review));
  const sync = PROPERTIES.sync.name;
  const syncMistyped = review.mistypedOptional.find((text) => text.startsWith(`"${sync}"`));
  checks.push(
    review.missing.includes("sync") || syncMistyped !== void 0 ? {
      name: "Sync property",
      status: "warn",
      message: `${syncMistyped ?? `no "${sync}" Text property`}: single-machine mode, each machine trusts only its own spine`,
      fix: syncMistyped ? `Rename that property in Notion, then run \`idse-sync init\` to add "${sync}" as Text.` : `\`idse-sync init\` adds it.`
    } : {
      name: "Sync property",
      status: "ok",
      message: "present: the ledger is shared by every machine"
    }
  );
  const relation = review.relation;
  checks.push(
    relation.state === "ok" ? { name: "Upstream/Downstream relation", status: "ok", message: relation.message } : {
      name: "Upstream/Downstream relation",
      status: "warn",
      message: relation.message,
      fix: relation.state === "missing" ? "`idse-sync init` adds it as a two-way relation." : 'In Notion, make "Upstream Artifact" a relation to this database shown on both sides ("Downstream Artifact(s)").'
    }
  );
  checks.push(
    review.stageOptionsMissing === void 0 ? skip("Stage options", "no Stage select") : review.stageOptionsMissing.length === 0 ? { name: "Stage options", status: "ok", message: "every stage has an option" } : {
      name: "Stage options",
      status: "warn",
      message: `no option for ${review.stageOptionsMissing.join(", ")}`,
      fix: "Nothing required: a push adds a select option the first time it uses it."
    }
  );
  return checks;
}
function statusCheck(review) {
  const name = "Status options";
  const missing = review.statusOptionsMissing;
  if (missing === void 0) return skip(name, "no Status property of type Status");
  const extra = review.statusOptionsExtra.length > 0 ? ` (also ${review.statusOptionsExtra.join(", ")})` : "";
  if (missing.length === 0) {
    return { name, status: "ok", message: `${STATUS_OPTIONS.join(", ")}${extra}` };
  }
  return {
    name,
    status: "fail",
    message: `missing ${missing.join(", ")}${extra}; until then pushes leave Status out, with a warning`,
    fix: `In Notion, edit the Status property's options to ${STATUS_OPTIONS.join(", ")} (the API cannot change status options).`
  };
}
function missingText(spec) {
  return `"${spec.name}" is missing`;
}
function skip(name, why) {
  return { name, status: "skip", message: `not checked: ${why}` };
}
function failure(name, error, secrets = []) {
  if (isIdseError(error)) {
    return { name, status: "fail", message: error.message, fix: error.fix };
  }
  return {
    name,
    status: "fail",
    message: describeNotionError(error, secrets),
    fix: "Check the network and NOTION_BASE_URL, then run again."
  };
}
function redactCheck(check, secrets) {
  return {
    ...check,
    message: redactSecrets(check.message, secrets),
    ...check.fix !== void 0 ? { fix: redactSecrets(check.fix, secrets) } : {}
  };
}

// src/cli/settings.ts
import { join as join3 } from "node:path";
function resolveNotionSettings(layout, io) {
  const workspace = readNotionConfig(join3(layout.idseDir, ".idseconfig.json"), {
    allowToken: false
  });
  const home = io.env["HOME"];
  const user = home ? readNotionConfig(join3(home, ".idseconfig.json"), { allowToken: true }) : {};
  const env = (name) => {
    const value = io.env[name]?.trim();
    return value ? value : void 0;
  };
  io.secrets?.add(user.token);
  const token = env("NOTION_TOKEN") ?? user.token;
  if (token === void 0) {
    throw new IdseError(
      "token-missing",
      "No Notion token: NOTION_TOKEN is not set.",
      "Create an internal integration in Notion, share the database with it, and export NOTION_TOKEN=<its secret>."
    );
  }
  const databaseId = env("IDSE_NOTION_DATABASE_ID") ?? workspace.databaseId ?? user.databaseId;
  const dataSourceId = workspace.dataSourceId ?? user.dataSourceId;
  const host = resolveNotionApiHost(io, user);
  const warnings = workspace.ignoredBaseUrl === void 0 ? [] : [committedBaseUrlWarning(workspace.ignoredBaseUrl)];
  for (const warning of warnings) io.stderr.write(`idse-sync: warning: ${warning}
`);
  return {
    token,
    ...host.baseUrl !== void 0 ? { baseUrl: host.baseUrl } : {},
    ...host.notice !== void 0 ? { apiNotice: host.notice } : {},
    warnings,
    targets: {
      databases: { ...user.databases, ...workspace.databases },
      ...databaseId !== void 0 ? { databaseId } : {},
      // A data source id only belongs with the database id it came with.
      ...dataSourceId !== void 0 && env("IDSE_NOTION_DATABASE_ID") === void 0 ? { dataSourceId } : {}
    }
  };
}
function resolveNotionApiHost(io, homeConfig) {
  const fromEnv = io.env["NOTION_BASE_URL"]?.trim();
  if (fromEnv) return checkNotionApiHost(fromEnv, "NOTION_BASE_URL");
  const home = io.env["HOME"];
  const user = homeConfig ?? (home ? readNotionConfig(join3(home, ".idseconfig.json"), { allowToken: true }) : {});
  return checkNotionApiHost(user.baseUrl, "base_url in ~/.idseconfig.json");
}
function noteSettings(report, notion) {
  report.warnings.unshift(...notion.warnings.map(runWarning));
  if (notion.apiNotice !== void 0) report.notionApi = notion.apiNotice;
  return report;
}

// src/notion/schema-admin.ts
var NotionSchemaAdmin = class {
  constructor(gateway) {
    this.gateway = gateway;
  }
  gateway;
  get client() {
    return this.gateway.client;
  }
  /** `users.me`: the bot user of the token; a refused token is an IdseError. */
  async whoAmI() {
    try {
      const me = await this.client.users.me({});
      return { id: me.id, name: me.name ?? null };
    } catch (error) {
      throw runStoppingError(error, {}) ?? error;
    }
  }
  /** The database's first data source and its columns; 401/404 become IdseErrors. */
  async readDatabase(databaseId) {
    try {
      const database = await this.client.databases.retrieve({ database_id: databaseId });
      const dataSourceId = database.data_sources?.[0]?.id;
      if (dataSourceId === void 0) {
        throw new IdseError(
          "database-no-data-source",
          `The Notion database ${databaseId} has no data source (it may be a linked view).`,
          "Use the id of the source database, not of a linked view of it."
        );
      }
      const source = await this.client.dataSources.retrieve({
        data_source_id: dataSourceId
      });
      return {
        databaseId: database.id,
        dataSourceId,
        title: (database.title ?? []).map((t) => t.plain_text).join(""),
        url: database.url ?? null,
        properties: source.properties
      };
    } catch (error) {
      throw runStoppingError(error, { databaseId }) ?? error;
    }
  }
  /**
   * Creates a database under a page with one data source of these columns. Status options
   * cannot be set through the API, so a status column gets Notion's defaults.
   * https://developers.notion.com/reference/database-create
   */
  async createDatabase(parentPageId, title, properties) {
    try {
      const request = {
        parent: { type: "page_id", page_id: parentPageId },
        title: [{ type: "text", text: { content: title } }],
        initial_data_source: { properties }
      };
      const database = await this.client.databases.create(request);
      const dataSourceId = database.data_sources?.[0]?.id;
      if (dataSourceId === void 0) {
        throw new Error(`Notion created database ${database.id} without a data source`);
      }
      return { databaseId: database.id, dataSourceId, url: database.url ?? null };
    } catch (error) {
      throw parentPageError(error, parentPageId) ?? runStoppingError(error, {}) ?? error;
    }
  }
  /** Checks that the integration can see a page (for a dry run of a database create). */
  async checkParentPage(parentPageId) {
    try {
      await this.client.pages.retrieve({ page_id: parentPageId });
    } catch (error) {
      throw parentPageError(error, parentPageId) ?? runStoppingError(error, {}) ?? error;
    }
  }
  /**
   * Adds columns to a data source in one request; columns not named are left as they are.
   * https://developers.notion.com/reference/update-data-source-properties
   */
  async addProperties(dataSourceId, properties) {
    const source = await this.client.dataSources.update({
      data_source_id: dataSourceId,
      properties
    });
    return source.properties;
  }
};
function parentPageError(error, parentPageId) {
  if (!isNotionCode(error, "object_not_found") && !isNotionCode(error, "restricted_resource")) {
    return void 0;
  }
  return new IdseError(
    "parent-page-not-found",
    `Notion has no page ${parentPageId} that this integration can see.`,
    "Check the page id, and share the page with the integration (\u2022\u2022\u2022 \u2192 Connections) so it may create the database there.",
    { exitCode: ExitCode.UsageOrConfig }
  );
}

// src/cli/commands/notion-connection.ts
function openGateway(access, rate, io) {
  const gateway = new NotionGateway({
    token: access.token,
    ...access.baseUrl !== void 0 ? { baseUrl: access.baseUrl } : {},
    ratePerSecond: requestRate(rate),
    log: (line) => io.stderr.write(`${line}
`)
  });
  io.meter?.watch(() => gateway.requestCount);
  return gateway;
}
function connectSchemaAdmin(access, rate, io) {
  const gateway = openGateway(access, rate, io);
  return { admin: new NotionSchemaAdmin(gateway), requestCount: () => gateway.requestCount };
}
function requestRate(rate) {
  if (rate === void 0) return 3;
  const value = Number(rate);
  if (!Number.isFinite(value) || value <= 0) {
    throw new IdseError(
      "usage",
      `--rate must be a positive number of requests per second, not "${rate}".`,
      "For example: --rate 3"
    );
  }
  return value;
}

// src/cli/commands/workspace.ts
function resolveLayout(options, io) {
  const root = findWorkspaceRoot(io.cwd, options.workspace);
  assertWorkspaceUnlinked(root);
  return new WorkspaceLayout(root);
}
function filterOf(options) {
  return {
    ...options.project !== void 0 ? { project: options.project } : {},
    ...options.session !== void 0 ? { session: options.session } : {}
  };
}

// src/cli/commands/doctor.ts
async function doctorCommand(options, io) {
  let workspace;
  try {
    workspace = resolveLayout(options, io);
  } catch (error) {
    if (!isIdseError(error)) throw error;
    workspace = error;
  }
  const home = io.env["HOME"];
  const report = await runDoctor({
    nodeVersion: process.version,
    workspace,
    ...home ? { userConfigPath: join4(home, ".idseconfig.json") } : {},
    // Without a workspace the environment and ~/.idseconfig.json can still name a database.
    resolveSettings: (layout) => resolveNotionSettings(layout ?? new WorkspaceLayout(io.cwd), io),
    apiHost: () => resolveNotionApiHost(io),
    connect: (access) => connectSchemaAdmin(access, options.rate, io)
  });
  const failed = report.checks?.some((check) => check.status === "fail") ?? false;
  return { report, exitCode: failed ? ExitCode.UsageOrConfig : ExitCode.Ok };
}

// src/cli/commands/hooks.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { dirname as dirname2, join as join6 } from "node:path";
import { fileURLToPath } from "node:url";

// src/git/hook-install.ts
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync as existsSync2,
  mkdirSync,
  readFileSync as readFileSync2,
  readdirSync,
  writeFileSync
} from "node:fs";
import { isAbsolute, join as join5, relative, resolve, sep } from "node:path";
var HOOK_FILE = "idse-sync-post-commit";
var HOOK_CALL = `sh "$(dirname "$0")/${HOOK_FILE}" || true # idse-sync: push changed IDSE artifacts to Notion`;
var HUSKY_DIR = ".husky";
var HUSKY_RUNTIME = `${HUSKY_DIR}/_`;
var HUSKY_RUNNER = `#!/usr/bin/env sh
[ "$HUSKY" = "2" ] && set -x
n=$(basename "$0")
s=$(dirname "$(dirname "$0")")/$n

[ ! -f "$s" ] && exit 0

if [ -f "$HOME/.huskyrc" ]; then
	echo "husky - '~/.huskyrc' is DEPRECATED, please move your code to ~/.config/husky/init.sh"
fi
i="\${XDG_CONFIG_HOME:-$HOME/.config}/husky/init.sh"
[ -f "$i" ] && . "$i"

[ "\${HUSKY-}" = "0" ] && exit 0

export PATH="node_modules/.bin:$PATH"
sh -e "$s" "$@"
c=$?

[ $c != 0 ] && echo "husky - $n script failed (code $c)"
[ $c = 127 ] && echo "husky - command not found in PATH=$PATH"
exit $c
`;
var HUSKY_HOOKS = [
  "pre-commit",
  "pre-merge-commit",
  "prepare-commit-msg",
  "commit-msg",
  "post-commit",
  "applypatch-msg",
  "pre-applypatch",
  "post-applypatch",
  "pre-rebase",
  "post-rewrite",
  "post-checkout",
  "post-merge",
  "pre-push",
  "pre-auto-gc"
];
function installPostCommitHook(options, sources) {
  const git = (...args) => runGit(options.workspaceRoot, args);
  const gitRoot = topLevel(options.workspaceRoot);
  const written = [];
  const warnings = [];
  const write = (path2, text, mode) => {
    const full = join5(gitRoot, path2);
    assertSafePath(gitRoot, full, path2);
    const current = existsSync2(full) ? readFileSync2(full, "utf8") : void 0;
    if (current !== text) {
      mkdirSync(join5(full, ".."), { recursive: true });
      writeFileSync(full, text);
      written.push(path2);
    }
    if (mode !== void 0) chmodSync(full, mode);
  };
  const hooksPath = configuredHooksPath(gitRoot, git);
  if (hooksPath === void 0) {
    const replaced = activeGitHooks(options.workspaceRoot, git);
    if (replaced.length > 0) {
      warnings.push(
        `core.hooksPath now points at ${HUSKY_RUNTIME}, so these hooks in .git/hooks stop running: ${replaced.join(", ")}; move them into ${HUSKY_DIR}/`
      );
    }
    git("config", "--local", "core.hooksPath", HUSKY_RUNTIME);
  }
  if (hooksPath === void 0 || hooksPath === HUSKY_RUNTIME) {
    write(`${HUSKY_RUNTIME}/.gitignore`, "*");
    write(`${HUSKY_RUNTIME}/h`, HUSKY_RUNNER, 493);
    for (const hook of HUSKY_HOOKS) {
      write(`${HUSKY_RUNTIME}/${hook}`, '#!/usr/bin/env sh\n. "$(dirname "$0")/h"', 493);
    }
  }
  write(`${HUSKY_DIR}/${HOOK_FILE}`, sources.hookScript, 493);
  const caller = join5(gitRoot, HUSKY_DIR, "post-commit");
  assertSafePath(gitRoot, caller, `${HUSKY_DIR}/post-commit`);
  const existing = existsSync2(caller) ? readFileSync2(caller, "utf8") : "";
  if (!existing.includes(HOOK_FILE)) {
    const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
    write(`${HUSKY_DIR}/post-commit`, `${existing}${separator}${HOOK_CALL}
`);
  }
  chmodSync(caller, 493);
  const workspace = relative(gitRoot, resolve(options.workspaceRoot)).split(sep).join("/") || ".";
  const config = {
    "idse-sync.workspace": workspace,
    "idse-sync.cli": sources.cliPath,
    "idse-sync.node": sources.nodePath,
    ...options.branch !== void 0 ? { "idse-sync.branch": options.branch } : {}
  };
  for (const [key, value] of Object.entries(config)) git("config", "--local", key, value);
  const ignore = join5(options.workspaceRoot, ".idse", ".gitignore");
  const ignored = existsSync2(ignore) ? readFileSync2(ignore, "utf8") : "";
  if (!ignored.split("\n").some((line) => line.trim() === "sync.log")) {
    const separator = ignored === "" || ignored.endsWith("\n") ? "" : "\n";
    write(relative(gitRoot, ignore).split(sep).join("/"), `${ignored}${separator}sync.log
`);
  }
  const branch = execFileSync("sh", [join5(gitRoot, HUSKY_DIR, HOOK_FILE), "--print-branch"], {
    cwd: gitRoot,
    encoding: "utf8"
  }).trim();
  return { gitRoot, hooksPath: hooksPath ?? HUSKY_RUNTIME, written, config, branch, warnings };
}
function topLevel(root) {
  try {
    return runGit(root, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    throw new IdseError(
      "not-a-repository",
      `hooks install needs a git repository; ${root} is not in one.`,
      "Run `git init` (or clone the repository) first, then `idse-sync hooks install`."
    );
  }
}
function configuredHooksPath(gitRoot, git) {
  let value;
  try {
    value = git("config", "--get", "core.hooksPath").trim();
  } catch {
    return void 0;
  }
  if (value === "") return void 0;
  const normalised = (isAbsolute(value) ? relative(gitRoot, value) : value).split(sep).join("/").replace(/^\.\//, "").replace(/\/$/, "");
  if (normalised === HUSKY_RUNTIME || normalised === HUSKY_DIR) return normalised;
  throw new IdseError(
    "hooks-path-taken",
    `core.hooksPath is ${value}: another hook manager runs this repository's hooks.`,
    `Add \`sh ${HUSKY_DIR}/${HOOK_FILE}\` to ${value}/post-commit and copy hooks/post-commit there, or unset core.hooksPath and run \`idse-sync hooks install\` again.`
  );
}
function activeGitHooks(cwd, git) {
  const dir = resolve(cwd, git("rev-parse", "--git-path", "hooks").trim());
  if (!existsSync2(dir)) return [];
  return readdirSync(dir).filter((name) => !name.endsWith(".sample") && !name.startsWith(".")).sort();
}
function runGit(cwd, args) {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"]
  });
}

// src/cli/commands/hooks.ts
var PACKAGE_NAME = "idse-notion-sync";
function hooksInstallCommand(options, io) {
  const layout = resolveLayout(options, io);
  const packageRoot = findPackageRoot(dirname2(fileURLToPath(import.meta.url)));
  const result = installPostCommitHook(
    {
      workspaceRoot: layout.root,
      ...options.branch !== void 0 ? { branch: options.branch } : {}
    },
    {
      hookScript: readFileSync3(join6(packageRoot, "hooks", "post-commit"), "utf8"),
      cliPath: join6(packageRoot, "bin", "idse-sync.js"),
      // The Node running this install is one the CLI accepts (it checked the version).
      nodePath: process.execPath
    }
  );
  if (options.json === true) {
    return {
      output: `${JSON.stringify({ command: "hooks install", ...result }, null, 2)}
`,
      exitCode: ExitCode.Ok
    };
  }
  return { output: renderInstall(result), exitCode: ExitCode.Ok };
}
function renderInstall(result) {
  const lines = [
    result.written.length > 0 ? `Installed the post-commit hook in ${result.gitRoot}:` : `The post-commit hook in ${result.gitRoot} is up to date.`,
    ...summarizeWritten(result.written).map((file) => `  wrote ${file}`),
    `  git config (local): ${Object.entries(result.config).map(([key, value]) => `${key}=${value}`).join(", ")}`,
    "",
    `It pushes from branch ${result.branch} (change: git config idse-sync.branch NAME), in the`,
    "background, and reports each run in .idse/sync.log. Turn it off for one commit with",
    "IDSE_SYNC_HOOK=0 (or HUSKY=0), or for good with: git config idse-sync.hook false.",
    "It needs NOTION_TOKEN in the environment of git (or notion.token in ~/.idseconfig.json).",
    "Commit .husky/ so teammates get it; each clone runs `idse-sync hooks install` once.",
    "Run `idse-sync push` once now: the hook then pushes only what each commit changes."
  ];
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return `${lines.join("\n")}
`;
}
function summarizeWritten(written) {
  const runtime = written.filter((file) => file.startsWith(".husky/_/"));
  const others = written.filter((file) => !file.startsWith(".husky/_/"));
  return runtime.length > 0 ? [`.husky/_/ (husky's runner, ${runtime.length} files)`, ...others] : others;
}
function findPackageRoot(from) {
  for (let dir = from; ; dir = dirname2(dir)) {
    const manifest = join6(dir, "package.json");
    if (existsSync3(manifest)) {
      try {
        if (JSON.parse(readFileSync3(manifest, "utf8")).name === PACKAGE_NAME) {
          return dir;
        }
      } catch {
      }
    }
    if (dirname2(dir) === dir) {
      throw new IdseError(
        "install-incomplete",
        `Cannot find the ${PACKAGE_NAME} package that holds hooks/post-commit.`,
        "Reinstall idse-notion-sync (npm install --save-dev idse-notion-sync), then run again."
      );
    }
  }
}

// src/cli/commands/init.ts
import { existsSync as existsSync6 } from "node:fs";
import { join as join9 } from "node:path";

// src/sync/init-workflows.ts
import { existsSync as existsSync4, lstatSync } from "node:fs";
import { join as join7 } from "node:path";
var ACTION_REFERENCE = "idse-notion-sync/idse-notion-sync@v1";
function writeWorkflows(root, templates, version, dryRun) {
  const folder = join7(root, ".github", "workflows");
  const artifacts = [];
  for (const template of templates) {
    const path2 = join7(folder, template.name);
    const relative3 = `.github/workflows/${template.name}`;
    assertSafePath(root, path2, relative3);
    if (existsSync4(path2) || isLink(path2)) {
      artifacts.push({
        idseId: relative3,
        action: "skipped",
        pageId: null,
        path: relative3,
        reason: "already there; left as it is"
      });
      continue;
    }
    const pinned = template.text.replaceAll(
      ACTION_REFERENCE,
      `idse-notion-sync/idse-notion-sync@v${version}`
    );
    if (!dryRun) writeFileAtomic(path2, pinned, root);
    artifacts.push({
      idseId: relative3,
      action: "written",
      pageId: null,
      path: relative3,
      reason: `uses idse-notion-sync@v${version}`
    });
  }
  return {
    command: "init",
    dryRun,
    counts: emptyCounts(),
    artifacts,
    warnings: [
      runWarning(
        "add the repository secret NOTION_TOKEN (the integration's token) before the workflows run; they read the database from .idse/.idseconfig.json"
      )
    ],
    requests: 0
  };
}
function isLink(path2) {
  try {
    return lstatSync(path2).isSymbolicLink();
  } catch {
    return false;
  }
}

// src/cli/workflow-templates.ts
import { existsSync as existsSync5, readFileSync as readFileSync4, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname3, join as join8 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function shippedWorkflows(from = import.meta.url) {
  let dir = dirname3(fileURLToPath2(from));
  for (; ; ) {
    const manifest = join8(dir, "package.json");
    if (existsSync5(manifest) && isThisPackage(manifest)) break;
    const parent = dirname3(dir);
    if (parent === dir) throw new Error("the idse-notion-sync package folder was not found");
    dir = parent;
  }
  const folder = join8(dir, "examples", "workflows");
  return readdirSync2(folder).filter((name) => name.endsWith(".yml")).sort().map((name) => ({ name, text: readFileSync4(join8(folder, name), "utf8") }));
}
function isThisPackage(manifest) {
  try {
    return JSON.parse(readFileSync4(manifest, "utf8")).name === "idse-notion-sync";
  } catch {
    return false;
  }
}

// src/cli/commands/init.ts
async function initCommand(options, io) {
  const layout = resolveLayout(options, io);
  if (options.workflows === true) {
    const report2 = writeWorkflows(
      layout.root,
      shippedWorkflows(),
      VERSION,
      options.dryRun === true
    );
    return { report: report2, exitCode: ExitCode.Ok };
  }
  const notion = resolveNotionSettings(layout, io);
  const connection = connectSchemaAdmin(notion, options.rate, io);
  const title = options.title?.trim();
  const report = await runInit(
    {
      targets: notion.targets,
      ...options.project !== void 0 ? { project: options.project } : {},
      ...options.parentPage !== void 0 ? { parentPageId: pageIdOf(options.parentPage) } : {},
      ...title ? { title } : {},
      dryRun: options.dryRun === true,
      configPath: join9(layout.idseDir, ".idseconfig.json"),
      projects: projectsWithArtifacts(layout),
      secrets: [notion.token, ...io.secrets ?? []]
    },
    connection
  );
  return { report: noteSettings(report, notion), exitCode: ExitCode.Ok };
}
function pageIdOf(value) {
  const hex = /([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})(?![0-9a-f])/i;
  const path2 = value.trim().split(/[?#]/)[0] ?? "";
  const candidates = [...path2.matchAll(new RegExp(hex.source, "gi"))];
  const match = candidates.at(-1);
  if (match === void 0) {
    throw new IdseError(
      "usage",
      `--parent-page must be a Notion page id or URL, not "${value}".`,
      "Copy the link of a page shared with the integration (\u2022\u2022\u2022 \u2192 Copy link) and pass it."
    );
  }
  return match.slice(1, 6).join("-").toLowerCase();
}
function projectsWithArtifacts(layout) {
  const projects = /* @__PURE__ */ new Set();
  for (const session of discoverWorkspace(layout.root).sessions) {
    if (session.artifacts.length > 0) projects.add(session.project);
  }
  if (existsSync6(layout.spinePath)) {
    try {
      const db = ArtifactDatabase.openSnapshot(layout.spinePath);
      try {
        for (const record of db.listArtifacts({})) projects.add(record.project);
      } finally {
        db.close();
      }
    } catch {
    }
  }
  return [...projects].sort();
}

// src/cli/commands/migrate.ts
import { existsSync as existsSync7 } from "node:fs";

// src/cli/io.ts
function probeOption(io) {
  return io.probe !== void 0 ? { probe: io.probe } : {};
}

// src/cli/commands/migrate.ts
function migrateCommand(options, io) {
  const layout = resolveLayout(options, io);
  const dryRun = options.dryRun === true;
  const db = dryRun ? ArtifactDatabase.openSnapshot(existsSync7(layout.spinePath) ? layout.spinePath : null, {
    migrate: false
  }) : ArtifactDatabase.open(layout.spinePath, { create: true, ...probeOption(io) });
  try {
    const result = db.migrate({ dryRun });
    const report = {
      command: "migrate",
      dryRun,
      counts: emptyCounts(),
      artifacts: [],
      warnings: result.warnings.map(runWarning),
      requests: 0,
      migration: {
        applied: result.applied.map((m) => `${m.version} ${m.name}`),
        created: result.created,
        backupPath: result.backupPath ?? null,
        backfilledIdseIds: result.backfilledIdseIds
      }
    };
    return { report, exitCode: ExitCode.Ok };
  } finally {
    db.close();
  }
}

// src/cli/commands/pull.ts
async function pullCommand(options, io) {
  const layout = resolveLayout(options, io);
  const notion = resolveNotionSettings(layout, io);
  const gateway = openGateway(notion, options.rate, io);
  const dryRun = options.dryRun === true;
  const repository = await repositoryOf(layout.root);
  const settings = {
    filter: filterOf(options),
    dryRun,
    targets: notion.targets,
    secrets: [notion.token, ...io.secrets ?? []],
    ...io.signal !== void 0 ? { signal: io.signal } : {},
    ...repository !== void 0 ? { repository } : {}
  };
  const store = new NotionDesignStore(gateway);
  if (options.commit === true && !dryRun) {
    await assertRepository(layout.root);
    await assertCanCommit(layout.root);
  }
  const result = await checkedPull(settings, {
    layout,
    store,
    gateway,
    committedVersion: createVersionLookup(layout.root),
    ...probeOption(io),
    ...options.commit === true ? {
      commit: (files, artifacts, editors) => commitPulledFiles(layout.root, files, { artifacts, editors })
    } : {}
  });
  const { report } = result;
  if (result.commitSha !== null) report.commit = result.commitSha;
  return { report: noteSettings(report, notion), exitCode: exitCodeOf(report) };
}

// src/cli/commands/push.ts
import { existsSync as existsSync8 } from "node:fs";

// src/cli/run-log.ts
import { closeSync, constants, openSync, writeSync } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2 } from "node:path";
function appendRunLog(io, file, line) {
  const path2 = resolve2(io.cwd, file);
  const inside = relative2(io.cwd, path2);
  const linked = inside.startsWith("..") || isAbsolute2(inside) ? void 0 : unsafePathReason(io.cwd, path2);
  if (linked !== void 0) {
    io.stderr.write(`idse-sync: warning: not writing the log: ${linked}
`);
    return;
  }
  const secrets = io.secrets ?? new SecretSet([io.env["NOTION_TOKEN"]]);
  const text = `${guardLineStarts(presentableLine(line, secrets))}
`;
  let fd;
  try {
    fd = openSync(
      path2,
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NO_FOLLOW,
      420
    );
    writeSync(fd, text);
  } catch (error) {
    const code = error.code ?? String(error);
    const why = code === "ELOOP" ? "it is a symbolic link, which is never followed" : code;
    io.stderr.write(`idse-sync: warning: cannot write the log ${path2} (${why})
`);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function pushLogLine(report, range) {
  const c = report.counts;
  const span = range === void 0 ? "" : range.from === null ? ` ${range.to.slice(0, 12)}` : ` ${range.from.slice(0, 12)}..${range.to.slice(0, 12)}`;
  const deleted = report.artifacts.filter((a) => a.action === "deleted");
  const parts = [
    `${stamp()} push${span}${report.dryRun ? " (dry run)" : ""}: pushed ${c.pushed} (created ${c.created}, updated ${c.updated}), skipped ${c.skipped}, failed ${c.failed}, conflicts ${c.conflicts}` + (deleted.length > 0 ? `, deleted files ${deleted.length}` : ""),
    `${report.requests} Notion requests`
  ];
  for (const artifact of report.artifacts) {
    if (artifact.action === "failed" || artifact.action === "conflict") {
      parts.push(
        `${artifact.action} ${artifact.idseId}${artifact.reason ? ` (${artifact.reason})` : ""}`
      );
    }
  }
  for (const artifact of deleted)
    parts.push(`deleted ${artifact.idseId} (${artifact.reason ?? ""})`);
  return parts.join("; ");
}
function errorLogLine(error) {
  if (isIdseError(error)) return `${stamp()} push stopped: ${error.message} Fix: ${error.fix}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${stamp()} push stopped: internal error: ${message}`;
}
function stamp() {
  return (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/cli/commands/push.ts
async function pushCommand(options, io) {
  try {
    const result = await push(options, io);
    if (options.logFile !== void 0) {
      appendRunLog(io, options.logFile, pushLogLine(result.report, result.range));
    }
    return result;
  } catch (error) {
    const reported = toUserError(error) ?? error;
    if (options.logFile !== void 0) appendRunLog(io, options.logFile, errorLogLine(reported));
    throw reported;
  }
}
async function push(options, io) {
  const layout = resolveLayout(options, io);
  const selection = commitSelection(options);
  const dryRun = options.dryRun === true;
  const copy = ArtifactDatabase.openSnapshot(
    existsSync8(layout.spinePath) ? layout.spinePath : null
  );
  let db = copy;
  try {
    const cursor = copy.getCursor(PUSH_COMMIT_CURSOR);
    const history = selection !== void 0 ? await WorkspaceHistory.open(layout.root) : await WorkspaceHistory.openIfCommitted(layout.root);
    const selected = selection !== void 0 && history !== null ? await selectChanges(history, selection, cursor) : void 0;
    const scope = selected && scopeOf(selected.changes);
    const only = scope?.only;
    const deletions = scope ? deletedOutcomes(scope.deleted, copy) : [];
    if (only !== void 0 && only.size === 0) {
      const report2 = nothingToPushReport(dryRun, deletions, selected?.range);
      if (!dryRun && history !== null && existsSync8(layout.spinePath)) {
        copy.close();
        db = ArtifactDatabase.open(layout.spinePath, probeOption(io));
        if (db.pendingMigrations().length === 0) {
          await recordPushCursor(db, history, selected?.range ?? null, cursor);
        }
      }
      return { report: report2, exitCode: ExitCode.Ok, ...selected ? { range: selected.range } : {} };
    }
    const notion = resolveNotionSettings(layout, io);
    const gateway = openGateway(notion, options.rate, io);
    const repository = await repositoryOf(layout.root);
    const settings = {
      filter: filterOf(options),
      dryRun,
      force: options.force === true,
      targets: notion.targets,
      secrets: [notion.token, ...io.secrets ?? []],
      ...only !== void 0 ? { only } : {},
      ...io.signal !== void 0 ? { signal: io.signal } : {},
      ...repository !== void 0 ? { repository } : {}
    };
    const clean = (r) => r.counts.failed === 0 && r.counts.conflicts === 0;
    const complete = options.project === void 0 && options.session === void 0;
    const report = await checkedPush(
      settings,
      {
        layout,
        store: new NotionDesignStore(gateway),
        requestCount: () => gateway.requestCount,
        commitFor: createCommitLookup(layout.root),
        committedVersion: createVersionLookup(layout.root),
        ...probeOption(io)
      },
      {
        copy,
        afterRun: async (spine, pushed) => {
          if (!dryRun && clean(pushed) && complete && history !== null) {
            await recordPushCursor(spine, history, selected?.range ?? null, cursor);
          }
        }
      }
    );
    withDeletions(report, deletions);
    if (selected?.widenedFrom !== void 0) {
      report.warnings.unshift(widenedWarning(selected.widenedFrom));
    }
    if (options.force === true)
      report.warnings.unshift(runWarning("--force: edits made in Notion may be overwritten"));
    noteSettings(report, notion);
    return {
      report,
      exitCode: exitCodeOf(report),
      ...selected ? { range: selected.range } : {}
    };
  } finally {
    copy.close();
    db.close();
  }
}
function commitSelection(options) {
  if (options.since !== void 0 && options.changed === true) {
    throw new IdseError(
      "usage",
      "--since and --changed cannot be used together.",
      "Use --changed for the last commit, or --since REF for everything after REF."
    );
  }
  if (options.since !== void 0) return { since: options.since };
  return options.changed === true ? { lastCommit: true } : void 0;
}

// src/cli/commands/resolve.ts
import { existsSync as existsSync9, rmSync } from "node:fs";
import { join as join10, sep as sep2 } from "node:path";
function resolveCommand(idseId, options, io) {
  const layout = resolveLayout(options, io);
  const db = ArtifactDatabase.open(layout.spinePath, probeOption(io));
  try {
    db.migrate();
    const open = db.getOpenConflict(idseId);
    if (open === void 0) {
      throw new IdseError(
        "no-conflict",
        `There is no open conflict for ${idseId}.`,
        "Run `idse-sync status` or `idse-sync pull` to see the open conflicts."
      );
    }
    const copy = join10(layout.root, open.notionCopyPath);
    const conflicts = join10(layout.idseDir, "conflicts");
    if (copy.startsWith(`${conflicts}${sep2}`) && unsafePathReason(conflicts, copy) === void 0) {
      if (existsSync9(copy)) rmSync(copy);
    }
    db.resolveConflict(idseId);
    const report = {
      command: "resolve",
      dryRun: false,
      counts: emptyCounts(),
      artifacts: [
        { idseId, action: "resolved", pageId: null, reason: "the next push writes the file" }
      ],
      warnings: [],
      requests: 0
    };
    return { report, exitCode: ExitCode.Ok };
  } finally {
    db.close();
  }
}

// src/cli/commands/status.ts
import { existsSync as existsSync10 } from "node:fs";

// src/sync/status.ts
function computeStatus(db, workspace, filter = {}) {
  const rows = /* @__PURE__ */ new Map();
  const warnings = workspace.problems.map((p) => `${p.path}: ${p.problem}`);
  const root = workspace.layout.root;
  for (const session of workspace.sessions) {
    const metadata = readSessionMetadata(session.metadataPath, root);
    if (!metadata.ok) warnings.push(metadata.problem);
    for (const file of session.artifacts) {
      const relative3 = workspace.layout.relative(file.project, file.session, file.stage);
      const entry = { project: file.project, session: file.session, stage: file.stage };
      try {
        entry.file = { path: file.path, relative: relative3, text: readArtifactText(file.path, root) };
      } catch (error) {
        if (!isIdseError(error)) throw error;
        entry.file = { path: file.path, relative: relative3, error: error.message.replace(root + "/", "") };
      }
      rows.set(makeIdseId(file.project, file.session, file.stage), entry);
    }
  }
  for (const record of db.listArtifacts(filter)) {
    const key = makeIdseId(record.project, record.sessionId, record.stage);
    const entry = rows.get(key) ?? {
      project: record.project,
      session: record.sessionId,
      stage: record.stage
    };
    entry.spine = { id: record.id, content: record.content, hash: record.contentHash };
    rows.set(key, entry);
  }
  const onDisk = new Set(workspace.projects);
  for (const project of db.listProjects()) {
    if (filter.project !== void 0 && project.name !== filter.project) continue;
    if (!onDisk.has(project.name) && db.listArtifacts({ project: project.name }).length === 0) {
      warnings.push(`project "${project.name}" is in the spine but has no artifacts and no files`);
    }
  }
  const counts = emptyCounts();
  const states = Object.fromEntries(ARTIFACT_STATES.map((s) => [s, 0]));
  const artifacts = [];
  for (const [idseId, row] of [...rows].sort((a, b) => compareRows(a[1], b[1]))) {
    const { state, reason, pageId } = classify(db, row);
    states[state]++;
    if (state === "unreadable") counts.failed++;
    const outcome = { idseId, action: state, pageId };
    if (reason !== void 0) outcome.reason = reason;
    if (row.file) outcome.path = row.file.relative;
    artifacts.push(outcome);
  }
  return {
    command: "status",
    dryRun: false,
    counts,
    artifacts,
    warnings: warnings.map(runWarning),
    requests: 0,
    states
  };
}
function classify(db, row) {
  const sync = row.spine ? db.getSyncMetadata(row.spine.id) : void 0;
  const pageId = sync?.pageId ?? null;
  if (row.file?.error !== void 0) return { state: "unreadable", reason: row.file.error, pageId };
  if (row.file?.text === void 0) {
    const empty = row.spine?.content.length === 0;
    return { state: "spine-only", pageId, ...empty ? { reason: "spine content is empty" } : {} };
  }
  if (!row.spine) return { state: "file-only", reason: "not yet imported into the spine", pageId };
  const hash = contentHash(row.file.text);
  if (hash !== row.spine.hash) {
    const reason = row.spine.content.length === 0 ? "spine content is empty; the file has text" : "file differs from the spine";
    return { state: "file-changed", reason, pageId };
  }
  if (!sync?.lastPushHash) return { state: "never-pushed", pageId };
  if (sync.lastPushHash !== hash) return { state: "changed-since-push", pageId };
  return { state: "in-sync", pageId };
}
function compareRows(a, b) {
  return byCodeUnits(a.project, b.project) || byCodeUnits(a.session, b.session) || STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage);
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/cli/commands/status.ts
function statusCommand(options, io) {
  const layout = resolveLayout(options, io);
  const filter = filterOf(options);
  const hasSpine = existsSync10(layout.spinePath);
  const db = ArtifactDatabase.openSnapshot(hasSpine ? layout.spinePath : null);
  try {
    const report = computeStatus(db, discoverWorkspace(layout.root, filter), filter);
    if (!hasSpine)
      report.warnings.unshift(
        runWarning("no spine yet (.idse/idse.db); `idse-sync migrate` creates it")
      );
    const exitCode = report.counts.failed > 0 ? ExitCode.ArtifactsFailed : ExitCode.Ok;
    return { report, exitCode };
  } finally {
    db.close();
  }
}

// src/cli/progress.ts
var FRAMES = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
function startProgress(stream, label, options) {
  const now = options.now ?? Date.now;
  const started = now();
  const sources = [];
  let frame = 0;
  let drawn = false;
  let timer;
  const requests = () => sources.reduce((sum, count) => sum + count(), 0);
  const seconds = () => Math.round((now() - started) / 1e3);
  const tick = options.tty ? () => {
    const spinner = FRAMES[frame++ % FRAMES.length] ?? "";
    stream.write(
      `\r${spinner} ${label}: ${requests()} Notion requests, ${seconds()} s\x1B[K`
    );
    drawn = true;
  } : () => {
    stream.write(
      `idse-sync ${label}: still running, ${requests()} Notion requests so far (${seconds()} s)
`
    );
  };
  const every = options.tty ? options.redrawMs ?? 100 : options.plainEveryMs ?? 15e3;
  const delay = options.tty ? options.delayMs ?? 2e3 : every;
  const first = setTimeout(() => {
    tick();
    timer = setInterval(tick, every);
    timer.unref?.();
  }, delay);
  first.unref?.();
  return {
    watch: (count) => {
      sources.push(count);
    },
    stop: () => {
      clearTimeout(first);
      if (timer !== void 0) clearInterval(timer);
      timer = void 0;
      if (drawn) stream.write("\r\x1B[K");
      drawn = false;
    }
  };
}

// src/cli/style.ts
function colorEnabled(stream, env) {
  if (stream.isTTY !== true) return false;
  if ((env["NO_COLOR"] ?? "") !== "") return false;
  return env["TERM"] !== "dumb";
}
function palette(enabled) {
  const sgr = (open, close) => (text) => enabled && text !== "" ? `\x1B[${open}m${text}\x1B[${close}m` : text;
  return {
    enabled,
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22)
  };
}
function isTerminal(stream) {
  return stream?.isTTY === true;
}

// src/cli/render.ts
function renderReport(report, options) {
  if (options.json) return `${JSON.stringify(reportJson(report), null, 2)}
`;
  return renderText(report, options.colors ?? palette(false));
}
var ACTION_COLORS = {
  created: "green",
  updated: "green",
  pulled: "green",
  resolved: "green",
  "in-sync": "green",
  failed: "red",
  unreadable: "red",
  conflict: "yellow",
  deleted: "yellow",
  "file-changed": "yellow",
  "spine-only": "yellow",
  skipped: "dim",
  archived: "cyan",
  trashed: "cyan",
  "changed-since-push": "cyan",
  "never-pushed": "cyan",
  "file-only": "cyan",
  changed: "cyan",
  written: "cyan"
};
function actionColor(action, colors) {
  return colors[ACTION_COLORS[action]];
}
function renderText(report, colors) {
  const lines = [];
  if (report.migration) {
    const { applied, created, backupPath, backfilledIdseIds } = report.migration;
    const verb = report.dryRun ? "would apply" : "applied";
    if (created) lines.push(report.dryRun ? "Would create a new spine." : "Created a new spine.");
    lines.push(
      applied.length === 0 ? "Spine is up to date; nothing to migrate." : `Migrations ${verb}: ${applied.join(", ")}.`
    );
    if (backfilledIdseIds > 0) {
      lines.push(
        `${report.dryRun ? "Would set" : "Set"} idse_id on ${backfilledIdseIds} artifacts.`
      );
    }
    if (backupPath) lines.push(`Backup of the previous database: ${backupPath}`);
  }
  if (report.artifacts.length > 0) {
    const width = Math.max(...report.artifacts.map((a) => a.action.length));
    for (const artifact of report.artifacts) {
      const reason = artifact.reason ? `  (${artifact.reason})` : "";
      const action = actionColor(artifact.action, colors)(artifact.action.padEnd(width));
      lines.push(`${action}  ${artifact.idseId}${colors.dim(reason)}`);
    }
  }
  if (report.states) {
    const parts = Object.entries(report.states).filter(([, n]) => n > 0).map(([state, n]) => `${n} ${state}`);
    lines.push("", `${report.artifacts.length} artifacts: ${parts.join(", ") || "none"}`);
  }
  if (report.command === "push" || report.command === "pull") {
    const c = report.counts;
    const verb = report.dryRun ? "would push" : "pushed";
    const head = report.command === "push" ? `${verb} ${c.pushed} (created ${c.created}, updated ${c.updated}), skipped ${c.skipped}` : `${report.dryRun ? "would pull" : "pulled"} ${c.pulled}, skipped ${c.skipped}`;
    lines.push(
      "",
      `${head}, failed ${c.failed}, conflicts ${c.conflicts}; ${report.requests} Notion requests`
    );
  }
  if (report.commit !== void 0) lines.push(`Committed the pulled edits as ${report.commit}.`);
  if (report.databases) lines.push(...renderSetup(report));
  if (report.checks) lines.push(...renderChecks(report.checks, colors));
  for (const warning of report.warnings) {
    lines.push(`${colors.yellow("warning:")} ${warningText(warning)}`);
  }
  if (report.notionApi !== void 0) lines.push(`${colors.yellow("notice:")} ${report.notionApi}`);
  return `${lines.join("\n")}
`;
}
function renderSetup(report) {
  const lines = [];
  const would = report.dryRun;
  let changed = false;
  for (const setup of report.databases ?? []) {
    const named = setup.title ? `"${setup.title}" ` : "";
    const which = setup.databaseId !== null ? `${named}(${setup.databaseId})` : `${named}database`;
    const forProject = setup.project !== void 0 ? ` (project ${setup.project})` : "";
    if (setup.created) {
      changed = true;
      lines.push(
        `${would ? "Would create" : "Created"} ${which}${forProject} with ${setup.addedProperties.join(", ")}.`
      );
    } else if (setup.addedProperties.length > 0) {
      changed = true;
      lines.push(
        `${would ? "Would add to" : "Added to"} ${which}${forProject}: ${setup.addedProperties.join(", ")}.`
      );
    } else {
      lines.push(`${which}${forProject} has every property the API can add.`);
    }
    if (setup.url) lines.push(`  ${setup.url}`);
    if (setup.configWritten) {
      changed = true;
      lines.push(
        `${would ? "Would write" : "Wrote"} ${setup.configWritten} to .idse/.idseconfig.json.`
      );
    }
  }
  if (!changed) lines.push("Nothing to change.");
  const steps = report.manualSteps ?? [];
  if (steps.length > 0) {
    lines.push("", "Manual steps (Notion's API cannot do them):");
    steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  }
  return lines;
}
var CHECK_LABELS = { ok: "ok  ", warn: "warn", fail: "FAIL", skip: "skip" };
function renderChecks(checks, colors) {
  const paint = { ok: colors.green, warn: colors.yellow, fail: colors.red, skip: colors.dim };
  const width = Math.max(...checks.map((c) => c.name.length));
  const lines = [];
  for (const check of checks) {
    const label = paint[check.status](CHECK_LABELS[check.status]);
    lines.push(`${label}  ${check.name.padEnd(width)}  ${check.message}`);
    if (check.fix !== void 0 && (check.status === "fail" || check.status === "warn")) {
      lines.push(`${" ".repeat(width + 8)}fix: ${check.fix}`);
    }
  }
  const count = (status) => checks.filter((c) => c.status === status).length;
  lines.push(
    "",
    `${count("ok")} ok, ${plural(count("warn"), "warning")}, ${count("fail")} failed, ${count("skip")} skipped`
  );
  return lines;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/cli/program.ts
async function runCli(argv, rawIo) {
  const io = redactingIo(rawIo);
  let exitCode = ExitCode.Ok;
  const colors = palette(colorEnabled({ isTTY: io.isTTY }, io.env));
  const errorColors = palette(colorEnabled({ isTTY: isTerminal(io.stderr) }, io.env));
  const report = (result, options, code) => {
    const shown = presentable(result, io.secrets ?? []);
    io.stdout.write(renderReport(shown, { json: options.json === true, colors }));
    exitCode = code;
  };
  const withProgress = async (label, run) => {
    const meter = startProgress(io.stderr, label, { tty: isTerminal(io.stderr) });
    try {
      return await run({ ...io, meter });
    } finally {
      meter.stop();
    }
  };
  const program2 = new Command("idse-sync").description("Keep an IDSE workspace (.idse/) and a Notion database in step, both ways.").version(VERSION, "-V, --version").exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    // Usage errors are printed once, in the same one-problem-one-fix form as the others.
    outputError: () => void 0
  }).addHelpText(
    "after",
    "\nExamples:\n  idse-sync init --parent-page <page URL>   # create the Notion database\n  idse-sync push                            # push what changed\n  idse-sync pull --commit                   # bring Notion edits back, in one commit\n  idse-sync hooks install                   # push on every commit, in the background\n\nRun `idse-sync <command> --help` for its options and examples.\nExit codes: 0 ok, 1 some artifacts failed, 2 usage or configuration error, 3 conflicts.\nColours only on a terminal, never with NO_COLOR set."
  );
  const common = (command) => command.addOption(new Option("--workspace <dir>", "folder holding .idse/ (default: nearest above)")).addOption(new Option("--project <name>", "only this project")).addOption(new Option("--session <id>", "only this session")).addOption(new Option("--json", "print one JSON report on stdout"));
  common(program2.command("status")).description("Show, per artifact, how files, spine and the last push compare (no network).").addHelpText(
    "after",
    "\nStates: in-sync, changed-since-push, never-pushed, file-changed, file-only, spine-only,\nunreadable.\n\nExamples:\n  idse-sync status\n  idse-sync status --project demo --json"
  ).action((options) => {
    const { report: result, exitCode: code } = statusCommand(options, io);
    report(result, options, code);
  });
  common(program2.command("push")).description("Push changed artifacts to Notion: only what changed, never over a Notion edit.").addOption(
    new Option("--dry-run", "show what would be created, updated and skipped; write nothing")
  ).addOption(new Option("--force", "overwrite edits made in Notion that were never pulled")).addOption(new Option("--since <ref>", "only artifacts whose files changed in git since REF")).addOption(
    new Option(
      "--changed",
      "only artifacts the last commit changed (and commits since the last recorded push)"
    ).conflicts("since")
  ).addOption(new Option("--log-file <file>", "append a one-line summary of the run to FILE")).addOption(new Option("--rate <n>", "Notion requests per second (default 3)")).addHelpText(
    "after",
    "\nNeeds NOTION_TOKEN and a database (IDSE_NOTION_DATABASE_ID or .idse/.idseconfig.json).\nWith --since or --changed, artifact files deleted in git are reported as deleted; their\nNotion pages are never deleted. A shallow clone fetches the history it needs.\n\nExamples:\n  idse-sync push\n  idse-sync push --session search-v2 --dry-run\n  idse-sync push --since origin/main\n  idse-sync push --changed --log-file .idse/sync.log\n  idse-sync push --json > report.json"
  ).action(async (options) => {
    const { report: result, exitCode: code } = await withProgress(
      "push",
      (runIo) => pushCommand(options, runIo)
    );
    report(result, options, code);
  });
  common(program2.command("pull")).description("Bring Notion's edits into the files: only the blocks Notion changed.").addOption(new Option("--dry-run", "show what would be pulled; write nothing")).addOption(new Option("--commit", "commit the pulled files and the spine in one commit")).addOption(new Option("--rate <n>", "Notion requests per second (default 3)")).addHelpText(
    "after",
    "\nA block edited both locally and in Notion is a conflict (exit 3): the file keeps your\nversion, Notion's is saved in .idse/conflicts/; edit the file, then `idse-sync resolve`.\n\nExamples:\n  idse-sync pull\n  idse-sync pull --commit\n  idse-sync pull --session search-v2 --dry-run --json"
  ).action(async (options) => {
    const { report: result, exitCode: code } = await withProgress(
      "pull",
      (runIo) => pullCommand(options, runIo)
    );
    report(result, options, code);
  });
  common(program2.command("resolve")).argument("<idse_id>", "the artifact, as <project>::<session>::<stage>").description("Close a conflict once the artifact file holds the wanted content.").addHelpText(
    "after",
    "\nExample:\n  idse-sync resolve acme-notes::search-v2::spec && idse-sync push"
  ).action((idseId, options) => {
    const { report: result, exitCode: code } = resolveCommand(idseId, options, io);
    report(result, options, code);
  });
  common(program2.command("migrate")).description("Add the sync tables and columns to .idse/idse.db (a backup is kept first).").addOption(new Option("--dry-run", "list the pending migrations without applying them")).addHelpText("after", "\nExamples:\n  idse-sync migrate\n  idse-sync migrate --dry-run --json").action((options) => {
    const { report: result, exitCode: code } = migrateCommand(options, io);
    report(result, options, code);
  });
  program2.command("init").description("Set up the Notion database: add the IDSE properties it lacks, or create it.").addOption(new Option("--workspace <dir>", "folder holding .idse/ (default: nearest above)")).addOption(new Option("--parent-page <id>", "create the database under this page (id or URL)")).addOption(
    new Option(
      "--workflows",
      "write the sync, preview and nightly-pull workflows into .github/workflows/ (never overwrites)"
    )
  ).addOption(new Option("--title <title>", "title of a created database")).addOption(
    new Option("--project <name>", "the project the database serves (notion.databases.<name>)")
  ).addOption(new Option("--dry-run", "say what would be created or added; change nothing")).addOption(new Option("--rate <n>", "Notion requests per second (default 3)")).addOption(new Option("--json", "print one JSON report on stdout")).addHelpText(
    "after",
    "\nNeeds NOTION_TOKEN. With a database configured (IDSE_NOTION_DATABASE_ID or\n.idse/.idseconfig.json) it adds the missing properties and never changes existing ones;\nwithout one, --parent-page creates it and records notion.database_id. Running it again\nchanges nothing. It prints the steps Notion's API cannot do (Status options, sharing).\n--workflows writes the three GitHub workflows (no token needed), pinned to this version.\n\nExamples:\n  idse-sync init --parent-page https://www.notion.so/Design-0123456789abcdef0123456789abcdef\n  idse-sync init --dry-run\n  idse-sync init --workflows"
  ).action(async (options) => {
    const { report: result, exitCode: code } = await withProgress(
      "init",
      (runIo) => initCommand(options, runIo)
    );
    report(result, options, code);
  });
  program2.command("doctor").description("Check the setup: Node, workspace, spine, config, token, database and schema.").addOption(new Option("--workspace <dir>", "folder holding .idse/ (default: nearest above)")).addOption(new Option("--rate <n>", "Notion requests per second (default 3)")).addOption(new Option("--json", "print one JSON report on stdout")).addHelpText(
    "after",
    "\nExit 0 when every required check passes (warnings allowed), 2 otherwise.\n\nExamples:\n  idse-sync doctor\n  idse-sync doctor --json"
  ).action(async (options) => {
    const { report: result, exitCode: code } = await withProgress(
      "doctor",
      (runIo) => doctorCommand(options, runIo)
    );
    report(result, options, code);
  });
  const hooks = program2.command("hooks").description("Git hooks: the post-commit hook that pushes what each commit changed.").addHelpText("after", "\nExample:\n  idse-sync hooks install").usage("install [options]").argument("[command]", "install").action((name) => {
    if (name === void 0) hooks.help();
    throw new IdseError(
      "usage",
      `unknown hooks command '${name}'.`,
      "run `idse-sync hooks install`, or `idse-sync hooks --help`."
    );
  });
  hooks.command("install").description("Install the husky post-commit hook in this repository (sets husky up if needed).").addOption(new Option("--workspace <dir>", "folder holding .idse/ (default: nearest above)")).addOption(
    new Option("--branch <name>", "push only from this branch (default: the default branch)")
  ).addOption(new Option("--json", "print what was installed as JSON on stdout")).addHelpText(
    "after",
    "\nNo package.json is needed: it sets core.hooksPath to .husky/_ (as `npx husky` does) when\nhusky is not set up, writes .husky/idse-sync-post-commit and calls it from\n.husky/post-commit. After each commit on the default branch that changes an artifact,\nthe hook runs `idse-sync push --changed` in the background and appends one line to\n.idse/sync.log. Off: IDSE_SYNC_HOOK=0 or HUSKY=0 for one commit, or\n`git config idse-sync.hook false`. Running install again updates what is out of date.\n\nExamples:\n  idse-sync hooks install\n  idse-sync hooks install --branch release"
  ).action((options) => {
    const { output, exitCode: code } = hooksInstallCommand(options, io);
    io.stdout.write(output);
    exitCode = code;
  });
  try {
    await program2.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return ExitCode.Ok;
      const command = argv.find((arg) => program2.commands.some((c) => c.name() === arg));
      const problem = error.message.replace(/^error: /, "");
      const help = command ? `idse-sync ${command} --help` : "idse-sync --help";
      writeError(
        `${problem}.`.replace(/\.\.$/, "."),
        `run \`${help}\` for the options and examples.`
      );
      return ExitCode.UsageOrConfig;
    }
    const userError = toUserError(error);
    if (userError !== void 0) {
      writeError(userError.message, userError.fix);
      return userError.exitCode;
    }
    writeError(
      `internal error: ${error instanceof Error ? error.message : String(error)}`,
      "this is a bug; please report it with the command you ran."
    );
    return ExitCode.ArtifactsFailed;
  }
  return exitCode;
  function writeError(problem, fix) {
    io.stderr.write(
      `${errorColors.red("idse-sync:")} ${inertText(problem)} Fix: ${inertText(fix)}
`
    );
  }
}
function redactingIo(io) {
  const secrets = io.secrets ?? new SecretSet([io.env["NOTION_TOKEN"]]);
  const guard = (stream) => ({
    isTTY: isTerminal(stream),
    write: (chunk) => stream.write(guardLineStarts(redactSecrets(chunk, secrets.list())))
  });
  return { ...io, secrets, stdout: guard(io.stdout), stderr: guard(io.stderr) };
}
export {
  runCli
};
