"""`logging`: loggers named in a dotted hierarchy under the root logger, levels, handlers
(`StreamHandler`, `FileHandler`, `NullHandler` and the program's own subclasses of
`Handler`), `Formatter` with CPython's `%`, `{` and `$` styles, filters, `basicConfig` and the
module-level `debug` … `critical`, with CPython's defaults: a program that configures
nothing sees warnings and worse on stderr, as bare messages (the last-resort handler).

A record knows no caller: `%(lineno)d` is 0, `%(funcName)s` is `<module>`, and `pathname`,
`filename` and `module` name the program (`sys.argv[0]`); an exception's traceback text is
its last line (docs/DIFFERENCES.md)."""

import os
import sys
import time
from datetime import datetime

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_level_names = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}
_name_levels = {
    "CRITICAL": CRITICAL,
    "FATAL": FATAL,
    "ERROR": ERROR,
    "WARN": WARNING,
    "WARNING": WARNING,
    "INFO": INFO,
    "DEBUG": DEBUG,
    "NOTSET": NOTSET,
}

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_start_time = time.time()
_disable = 0


def getLevelName(level):
    """The name of a level (`"Level 15"` for one without), or the level of a name."""
    if isinstance(level, str):
        if level in _name_levels:
            return _name_levels[level]
        return "Level " + level
    if level in _level_names:
        return _level_names[level]
    return "Level " + str(level)


def addLevelName(level, levelName):
    _level_names[level] = levelName
    _name_levels[levelName] = level


def getLevelNamesMapping():
    return dict(_name_levels)


def _check_level(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _name_levels:
            raise ValueError("Unknown level: " + repr(level))
        return _name_levels[level]
    raise TypeError("Level not an integer or a valid string: " + repr(level))


def _program():
    if len(sys.argv) > 0 and sys.argv[0]:
        return sys.argv[0]
    return "<stdin>"


class LogRecord:
    """One logging event: the message and its arguments, the level, the logger's name, when."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, extra=None):
        ct = time.time()
        self.name = name
        self.msg = msg
        # (A lone dict argument fills `%(key)s` fields.)
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = os.path.basename(pathname)
        self.module = os.path.splitext(self.filename)[0]
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = "<module>" if func is None else func
        self.created = ct
        self.msecs = float(int((ct - int(ct)) * 1000))
        self.relativeCreated = (ct - _start_time) * 1000
        self.thread = 0
        self.threadName = "MainThread"
        self.processName = "MainProcess"
        self.process = os.getpid()
        self.taskName = None
        self.message = ""
        self.asctime = ""
        # The `extra=` of the logging call: more names for the format.
        self._extra = {} if extra is None else extra

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return f'<LogRecord: {self.name}, {self.levelno}, {self.pathname}, {self.lineno}, "{self.msg}">'


def makeLogRecord(attrs):
    """A record made from a dict of its attributes (the others as for level None)."""
    record = LogRecord(None, NOTSET, "", 0, "", (), None)
    record.levelname = "Level None"
    for key in attrs:
        value = attrs[key]
        if key == "name":
            record.name = value
        elif key == "msg":
            record.msg = value
        elif key == "args":
            record.args = value
        elif key == "levelno":
            record.levelno = value
        elif key == "levelname":
            record.levelname = value
        elif key == "pathname":
            record.pathname = value
        elif key == "lineno":
            record.lineno = value
        elif key == "funcName":
            record.funcName = value
        elif key == "created":
            record.created = value
    return record


def _format_keys(fmt, style):
    """The names a format string takes from a record, in order."""
    keys = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if style == "%" and c == "%" and i + 1 < n and fmt[i + 1] == "(":
            j = fmt.find(")", i + 2)
            if j < 0:
                break
            keys.append(fmt[i + 2 : j])
            i = j + 1
        elif style == "{" and c == "{":
            if i + 1 < n and fmt[i + 1] == "{":
                i += 2
                continue
            j = i + 1
            while j < n and (fmt[j].isalnum() or fmt[j] == "_"):
                j += 1
            keys.append(fmt[i + 1 : j])
            i = j
        elif style == "$" and c == "$" and i + 1 < n:
            if fmt[i + 1] == "$":
                i += 2
                continue
            j = i + 2 if fmt[i + 1] == "{" else i + 1
            k = j
            while k < n and (fmt[k].isalnum() or fmt[k] == "_"):
                k += 1
            keys.append(fmt[j:k])
            i = k
        else:
            i += 1
    return keys


def _fields(record, keys, defaults):
    """The values of `keys` for a format: the logging call's `extra=`, the record's
    attributes (also those a filter gave it), then the formatter's `defaults`."""
    fields = {}
    for key in keys:
        if key in record._extra:
            fields[key] = record._extra[key]
        elif hasattr(record, key):
            fields[key] = getattr(record, key)
        elif defaults is not None and key in defaults:
            fields[key] = defaults[key]
        else:
            raise KeyError(key)
    return fields


class Formatter:
    """Turns a record into text: `fmt` in one of three styles (`%(levelname)s`,
    `{levelname}`, `${levelname}`), the time by `datefmt`, and an exception after it."""

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, defaults=None):
        if style not in ("%", "{", "$"):
            raise ValueError("Style must be one of: %,{,$")
        if fmt is None:
            fmt = "%(message)s" if style == "%" else ("{message}" if style == "{" else "${message}")
        self._fmt = fmt
        self._style = style
        self._keys = _format_keys(fmt, style)
        self._defaults = defaults
        self.datefmt = datefmt
        if validate and style == "%" and "%(" not in fmt:
            raise ValueError("Invalid format '" + fmt + "' for '%' style")

    def usesTime(self):
        if self._style == "%":
            return "%(asctime)" in self._fmt
        if self._style == "{":
            return "{asctime" in self._fmt
        return "${asctime}" in self._fmt or "$asctime" in self._fmt

    def formatTime(self, record, datefmt=None):
        when = datetime.fromtimestamp(record.created)
        if datefmt:
            return when.strftime(datefmt)
        return self.default_msec_format % (when.strftime(self.default_time_format), record.msecs)

    def formatException(self, ei):
        e = ei[1]
        if e is None:
            return "NoneType: None"
        # (The report an uncaught exception prints, with its chain: `traceback`'s.)
        return __natrix_format_exception__(e, 0).rstrip("\n")

    def formatStack(self, stack_info):
        return stack_info

    def formatMessage(self, record):
        fields = _fields(record, self._keys, self._defaults)
        if self._style == "%":
            return self._fmt % fields
        if self._style == "{":
            return self._fmt.format_map(fields)
        return _substitute(self._fmt, fields)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info is not None:
            text = record.exc_text
            if text is None:
                text = self.formatException(record.exc_info)
                record.exc_text = text
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


def _substitute(template, fields):
    """`string.Template(template).substitute(fields)` for `$`-style formats."""
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "$" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        if template[i + 1] == "$":
            out.append("$")
            i += 2
            continue
        braced = template[i + 1] == "{"
        j = i + 2 if braced else i + 1
        k = j
        while k < n and (template[k].isalnum() or template[k] == "_"):
            k += 1
        key = template[j:k]
        if braced:
            k += 1
        out.append(str(fields[key]))
        i = k
    return "".join(out)


_default_formatter = Formatter()


class Filter:
    """Passes the records of the logger named `name` and of the loggers below it."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """What loggers and handlers share: a list of filters that must all pass a record."""

    def __init__(self):
        self.filters = []
        self._callables = []

    def addFilter(self, filter):
        # (A function taking the record, or an object with `__call__`, filters too.)
        if isinstance(filter, Filter):
            if filter not in self.filters:
                self.filters.append(filter)
        elif filter not in self._callables:
            self._callables.append(filter)

    def removeFilter(self, filter):
        if isinstance(filter, Filter):
            if filter in self.filters:
                self.filters.remove(filter)
        elif filter in self._callables:
            self._callables.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if not f.filter(record):
                return False
        for g in self._callables:
            if not g(record):
                return False
        return True


class Handler(Filterer):
    """Where records go: a level below which it ignores them, a formatter, `emit`."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.name = None
        self.level = _check_level(level)
        self.formatter = None

    def get_name(self):
        return self.name

    def set_name(self, name):
        self.name = name

    def setLevel(self, level):
        self.level = _check_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        if self.formatter is not None:
            return self.formatter.format(record)
        return _default_formatter.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        if not self.filter(record):
            return False
        self.emit(record)
        return True

    def flush(self):
        pass

    def close(self):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} ({getLevelName(self.level)})>"


class StreamHandler(Handler):
    """Writes each record's text and a newline to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.stream.flush()

    def emit(self, record):
        msg = self.format(record)
        self.stream.write(msg + self.terminator)
        self.flush()

    def setStream(self, stream):
        if stream is self.stream:
            return None
        old = self.stream
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        return f"<{type(self).__name__} {self.stream.name} ({getLevelName(self.level)})>"


class FileHandler(StreamHandler):
    """Appends (or writes, `mode="w"`) each record's text to a file."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        StreamHandler.__init__(self, open(filename, mode, encoding=encoding))
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode

    def close(self):
        self.stream.close()

    def __repr__(self):
        return f"<{type(self).__name__} {self.baseFilename} ({getLevelName(self.level)})>"


class NullHandler(Handler):
    """Takes records and does nothing with them (a library's default)."""

    def handle(self, record):
        return True

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    """The last resort: the bare messages of warnings and worse, on stderr."""

    def __init__(self, level=WARNING):
        StreamHandler.__init__(self)
        self.level = level


lastResort = _StderrHandler(WARNING)


class Logger(Filterer):
    """A named channel of records: its level (or its ancestors'), its handlers, and whether
    records go on to its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _check_level(level)
        self.handlers = []
        self.propagate = True
        self.disabled = False

    @property
    def parent(self):
        return self._parent()

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger._parent()
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def _parent(self):
        """The nearest logger above this one (`a.b` for `a.b.c`, else `a`, else the root)."""
        if self is root:
            return None
        name = self.name
        while "." in name:
            name = name[: name.rindex(".")]
            if name in _loggers:
                return _loggers[name]
        return root

    def getChild(self, suffix):
        if self is root:
            return getLogger(suffix)
        return getLogger(self.name + "." + suffix)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger is not None:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger._parent()
        return False

    def _log(self, level, msg, args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        info = None
        if exc_info is not None and exc_info is not False:
            if isinstance(exc_info, BaseException):
                info = (type(exc_info), exc_info, None)
            elif isinstance(exc_info, tuple):
                info = exc_info
            else:
                info = sys.exc_info()
        record = LogRecord(self.name, level, _program(), 0, msg, args, info, None, None, extra)
        if stack_info:
            record.stack_info = "Stack (most recent call last):"
        self.handle(record)

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        self.callHandlers(record)

    def callHandlers(self, record):
        found = 0
        logger = self
        while logger is not None:
            for hdlr in logger.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not logger.propagate:
                break
            logger = logger._parent()
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def debug(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self._log_if(DEBUG, msg, args, exc_info, stack_info, extra)

    def info(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self._log_if(INFO, msg, args, exc_info, stack_info, extra)

    def warning(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self._log_if(WARNING, msg, args, exc_info, stack_info, extra)

    def warn(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self._log_if(WARNING, msg, args, exc_info, stack_info, extra)

    def error(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self._log_if(ERROR, msg, args, exc_info, stack_info, extra)

    def exception(self, msg, *args, exc_info=True, stack_info=False, stacklevel=1, extra=None):
        self._log_if(ERROR, msg, args, exc_info, stack_info, extra)

    def critical(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self._log_if(CRITICAL, msg, args, exc_info, stack_info, extra)

    def fatal(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self._log_if(CRITICAL, msg, args, exc_info, stack_info, extra)

    def log(self, level, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        if not isinstance(level, int):
            raise TypeError("level must be an integer")
        self._log_if(level, msg, args, exc_info, stack_info, extra)

    def _log_if(self, level, msg, args, exc_info, stack_info, extra):
        if self.isEnabledFor(level):
            self._log(level, msg, args, exc_info, stack_info, 1, extra)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} ({getLevelName(self.getEffectiveLevel())})>"


class LoggerAdapter:
    """A logger with context: `process` adds the adapter's `extra` to each call (and may
    rewrite the message, in a subclass)."""

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger = logger
        self.extra = extra
        self.merge_extra = merge_extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def setLevel(self, level):
        self.logger.setLevel(level)

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def name(self):
        return self.logger.name

    def log(self, level, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        if self.isEnabledFor(level):
            kwargs = {"exc_info": exc_info, "extra": extra}
            msg, kwargs = self.process(msg, kwargs)
            self.logger._log(level, msg, args, kwargs["exc_info"], stack_info, 1, kwargs["extra"])

    def debug(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self.log(DEBUG, msg, *args, exc_info=exc_info, stack_info=stack_info, extra=extra)

    def info(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self.log(INFO, msg, *args, exc_info=exc_info, stack_info=stack_info, extra=extra)

    def warning(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self.log(WARNING, msg, *args, exc_info=exc_info, stack_info=stack_info, extra=extra)

    def error(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self.log(ERROR, msg, *args, exc_info=exc_info, stack_info=stack_info, extra=extra)

    def exception(self, msg, *args, exc_info=True, stack_info=False, stacklevel=1, extra=None):
        self.log(ERROR, msg, *args, exc_info=exc_info, stack_info=stack_info, extra=extra)

    def critical(self, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
        self.log(CRITICAL, msg, *args, exc_info=exc_info, stack_info=stack_info, extra=extra)

    def __repr__(self):
        return f"<{type(self).__name__} {self.logger.name} ({getLevelName(self.logger.getEffectiveLevel())})>"


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __repr__(self):
        return f"<RootLogger root ({getLevelName(self.getEffectiveLevel())})>"


root = RootLogger(WARNING)
_loggers = {}


def getLogger(name=None):
    """The logger named `name` (made the first time), or the root logger."""
    if name is None or name == "" or name == "root":
        return root
    if name in _loggers:
        return _loggers[name]
    logger = Logger(name)
    _loggers[name] = logger
    return logger


def basicConfig(
    filename=None,
    filemode="a",
    format=None,
    datefmt=None,
    style="%",
    level=None,
    stream=None,
    handlers=None,
    force=False,
    encoding=None,
    errors=None,
):
    """Gives the root logger a handler (stderr, `stream`, a file, or `handlers`) with a
    formatter, and a level; does nothing if it has one already (unless `force`)."""
    if force:
        for h in list(root.handlers):
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        if handlers is None:
            if stream is not None and filename is not None:
                raise ValueError("'stream' and 'filename' should not be specified together")
            if filename is not None:
                made = [FileHandler(filename, filemode, encoding)]
            else:
                made = [StreamHandler(stream)]
        else:
            if stream is not None or filename is not None:
                raise ValueError(
                    "'stream' or 'filename' should not be specified together with 'handlers'"
                )
            made = list(handlers)
        if format is None:
            format = BASIC_FORMAT if style == "%" else ("{levelname}:{name}:{message}" if style == "{" else "${levelname}:${name}:${message}")
        fmt = Formatter(format, datefmt, style)
        for h in made:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        if level is not None:
            root.setLevel(level)


def disable(level=CRITICAL):
    global _disable
    _disable = level


def shutdown():
    for h in root.handlers:
        h.flush()


def _root_log(level, msg, args, exc_info, stack_info, extra):
    """A module-level function's record, through the root logger (configured first with
    `basicConfig()` if it has no handler, as CPython does)."""
    if len(root.handlers) == 0:
        basicConfig()
    root._log_if(level, msg, args, exc_info, stack_info, extra)


def debug(msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
    _root_log(DEBUG, msg, args, exc_info, stack_info, extra)


def info(msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
    _root_log(INFO, msg, args, exc_info, stack_info, extra)


def warning(msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
    _root_log(WARNING, msg, args, exc_info, stack_info, extra)


def warn(msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
    _root_log(WARNING, msg, args, exc_info, stack_info, extra)


def error(msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
    _root_log(ERROR, msg, args, exc_info, stack_info, extra)


def exception(msg, *args, exc_info=True, stack_info=False, stacklevel=1, extra=None):
    _root_log(ERROR, msg, args, exc_info, stack_info, extra)


def critical(msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
    _root_log(CRITICAL, msg, args, exc_info, stack_info, extra)


def fatal(msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
    _root_log(CRITICAL, msg, args, exc_info, stack_info, extra)


def log(level, msg, *args, exc_info=None, stack_info=False, stacklevel=1, extra=None):
    _root_log(level, msg, args, exc_info, stack_info, extra)
