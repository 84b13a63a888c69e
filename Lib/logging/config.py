"""Configuring logging from a dict (dictConfig) or an INI file (fileConfig), as CPython 3.11's
logging.config. listen()/stopListening() (a socket server for configs) are not provided."""

import io
import os
import re
import sys

import logging
import logging.handlers

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(dotted):
    """The object a dotted name refers to, importing submodules on the way."""
    parts = dotted.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _children_of(name, existing):
    """Names in the sorted list `existing` that are descendants of `name`."""
    prefix = name + '.'
    start = existing.index(name) + 1
    return [other for other in existing[start:] if other.startswith(prefix)]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers not named by the config: children of configured ones are reset to defaults,
    the others disabled (when disable_existing)."""
    for name in existing:
        logger = logging.root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


# ---------------------------------------------------------------- fileConfig

class _IniSections(object):
    """The subset of configparser.ConfigParser that fileConfig needs, used when there is
    no configparser module: sections, case-insensitive keys, `key = value` / `key: value`,
    indented continuation lines, # and ; comments, [DEFAULT], %(name)s interpolation."""

    def __init__(self, defaults=None):
        self._defaults = {}
        for key, value in (defaults or {}).items():
            self._defaults[key.lower()] = str(value)
        self._sections = {}

    def read_string(self, text, source='<string>'):
        current = None
        key = None
        for lineno, raw in enumerate(text.splitlines(), 1):
            stripped = raw.strip()
            if not stripped or stripped[0] in '#;':
                key = None if not stripped else key
                continue
            if raw[0].isspace() and current is not None and key is not None:
                current[key] += '\n' + stripped
                continue
            if stripped.startswith('[') and stripped.endswith(']'):
                name = stripped[1:-1]
                if name == 'DEFAULT':
                    current = self._defaults
                else:
                    current = self._sections.setdefault(name, {})
                key = None
                continue
            if current is None:
                raise RuntimeError('%s is invalid: File contains no section headers.\n'
                                   'file: %r, line: %d\n%r' % (source, source, lineno, raw))
            cut = [i for i in (stripped.find('='), stripped.find(':')) if i >= 0]
            if not cut:
                raise RuntimeError('%s is invalid: Source contains parsing errors: %r\n'
                                   '\t[line %2d]: %r' % (source, source, lineno, raw))
            at = min(cut)
            key = stripped[:at].strip().lower()
            current[key] = stripped[at + 1:].strip()

    def _lookup(self, section, option):
        if section in self._sections and option in self._sections[section]:
            return self._sections[section][option]
        if option in self._defaults:
            return self._defaults[option]
        raise KeyError(option)

    def _interpolate(self, section, value, depth=0):
        if '%' not in value:
            return value
        if depth > 10:
            raise ValueError('interpolation too deep in section %r' % section)
        out = []
        i = 0
        while i < len(value):
            ch = value[i]
            if ch != '%':
                out.append(ch)
                i += 1
            elif value[i + 1:i + 2] == '%':
                out.append('%')
                i += 2
            elif value[i + 1:i + 2] == '(':
                end = value.index(')', i)
                name = value[i + 2:end].lower()
                if value[end + 1:end + 2] != 's':
                    raise ValueError("bad interpolation variable reference %r" % value)
                out.append(self._interpolate(section, self._lookup(section, name), depth + 1))
                i = end + 2
            else:
                raise ValueError("'%%' must be followed by '%%' or '(', found: %r" % value[i:])
        return ''.join(out)

    def get(self, section, option, raw=False, fallback=None):
        try:
            value = self._lookup(section, option.lower())
        except KeyError:
            return fallback
        return value if raw else self._interpolate(section, value)

    def __getitem__(self, section):
        if section != 'DEFAULT' and section not in self._sections:
            raise KeyError(section)
        return _IniSection(self, section)


class _IniSection(object):
    def __init__(self, parser, name):
        self._parser = parser
        self._name = name

    def __contains__(self, option):
        return self._parser.get(self._name, option, raw=True) is not None

    def __getitem__(self, option):
        value = self._parser.get(self._name, option)
        if value is None:
            raise KeyError(option)
        return value

    def get(self, option, fallback=None):
        return self._parser.get(self._name, option, fallback=fallback)

    def getint(self, option, fallback=None):
        value = self._parser.get(self._name, option)
        return fallback if value is None else int(value)


def _read_ini(fname, defaults, encoding):
    try:
        import configparser
    except ImportError:
        configparser = None
    if configparser is not None:
        if isinstance(fname, configparser.RawConfigParser):
            return fname
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=io.text_encoding(encoding)
                        if hasattr(io, 'text_encoding') else encoding)
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')
        return cp
    if isinstance(fname, _IniSections):
        return fname
    cp = _IniSections(defaults)
    if hasattr(fname, 'readline'):
        cp.read_string(fname.read(), getattr(fname, 'name', '<???>'))
    else:
        try:
            with open(fname, encoding=encoding) as f:
                cp.read_string(f.read(), fname)
        except OSError:
            pass
    return cp


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configures logging from an INI file (sections formatters/handlers/loggers and the
    formatter_X, handler_X, logger_X they list)."""
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    cp = _read_ini(fname, defaults, encoding)
    formatters = _create_formatters(cp)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _install_handlers(cp, formatters)
        _install_loggers(cp, handlers, disable_existing_loggers)


def _key_list(text):
    return [part.strip() for part in text.split(',')] if text else []


def _create_formatters(cp):
    formatters = {}
    for name in _key_list(cp['formatters']['keys']):
        section = 'formatter_%s' % name
        fmt = cp.get(section, 'format', raw=True, fallback=None)
        datefmt = cp.get(section, 'datefmt', raw=True, fallback=None)
        style = cp.get(section, 'style', raw=True, fallback='%')
        class_name = cp[section].get('class')
        factory = _resolve(class_name) if class_name else logging.Formatter
        formatters[name] = factory(fmt, datefmt, style)
    return formatters


def _install_handlers(cp, formatters):
    handlers = {}
    targets = []
    for name in _key_list(cp['handlers']['keys']):
        section = cp['handler_%s' % name]
        klass = section['class']
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = eval(section.get('args', '()'), vars(logging))
        kwargs = eval(section.get('kwargs', '{}'), vars(logging))
        handler = klass(*args, **kwargs)
        handler.name = name
        if 'level' in section:
            handler.setLevel(section['level'])
        fmt = section.get('formatter', '')
        if fmt:
            handler.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get('target', '')
            if target:
                targets.append((handler, target))
        handlers[name] = handler
    for handler, target in targets:
        handler.setTarget(handlers[target])
    return handlers


def _install_loggers(cp, handlers, disable_existing):
    names = _key_list(cp['loggers']['keys'])
    names.remove('root')
    root = logging.root
    section = cp['logger_root']
    if 'level' in section:
        root.setLevel(section['level'])
    for h in root.handlers[:]:
        root.removeHandler(h)
    for hname in _key_list(section['handlers']):
        root.addHandler(handlers[hname])
    existing = sorted(root.manager.loggerDict.keys())
    child_loggers = []
    for name in names:
        section = cp['logger_%s' % name]
        qualname = section['qualname']
        propagate = section.getint('propagate', fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            child_loggers.extend(_children_of(qualname, existing))
            existing.remove(qualname)
        if 'level' in section:
            logger.setLevel(section['level'])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        for hname in _key_list(section['handlers']):
            logger.addHandler(handlers[hname])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# ---------------------------------------------------------------- dictConfig

class ConvertingMixin(object):
    """Containers whose items are converted (cfg://, ext://, nested containers) on access."""

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if value is not result and \
                type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
            result.parent = self
        return result


class ConvertingDict(dict, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


class BaseConfigurator(object):
    """Resolves 'ext://dotted.name' (import) and 'cfg://path.to[key]' (within the config)."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        parts = s.split('.')
        used = parts.pop(0)
        try:
            found = self.importer(used)
            for part in parts:
                used += '.' + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        m = self.WORD_PATTERN.match(value)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = value[m.end():]
        found = self.config[m.group(1)]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                found = found[m.group(1)]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.group(1)
                    if self.DIGIT_PATTERN.match(idx):
                        try:
                            found = found[int(idx)]
                        except TypeError:
                            found = found[idx]
                    else:
                        found = found[idx]
            if not m:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
            rest = rest[m.end():]
        return found

    def convert(self, value):
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            value = ConvertingDict(value)
            value.configurator = self
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            value = ConvertingList(value)
            value.configurator = self
        elif isinstance(value, tuple) and not isinstance(value, ConvertingTuple) \
                and not hasattr(value, '_fields'):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                converter = self.value_converters.get(m.group('prefix'))
                if converter:
                    value = getattr(self, converter)(m.group('suffix'))
        return value

    def configure_custom(self, config):
        """Calls config['()'] with the other keys as arguments; sets the '.' attributes."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        result = factory(**kwargs)
        props = config.pop('.', None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Applies a version-1 logging configuration dictionary."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_all(config)

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_all(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        formatters = config.get('formatters', {})
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        filters = config.get('filters', {})
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        # handlers in name order; a MemoryHandler whose target comes later is retried
        handlers = config.get('handlers', {})
        deferred = []
        for name in sorted(handlers):
            try:
                self._install_handler(handlers, name)
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        for name in deferred:
            try:
                self._install_handler(handlers, name)
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        existing = sorted(logging.root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                child_loggers.extend(_children_of(name, existing))
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _install_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # a factory taking `fmt` (as Formatter does) given the dict's 'format'
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        factory = _resolve(cname) if cname else logging.Formatter
        if 'validate' in config:
            return factory(fmt, datefmt, style, config['validate'])
        return factory(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    chosen = f
                else:
                    chosen = self.config['filters'][f]
                filterer.addFilter(chosen)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        saved = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            klass = self.resolve(config.pop('class'))
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        config.update(saved)  # intact for the deferred second attempt
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % config['target']) from e
            elif issubclass(klass, logging.handlers.SMTPHandler) and 'mailhost' in config:
                config['mailhost'] = self.as_tuple(config['mailhost'])
            elif issubclass(klass, logging.handlers.SysLogHandler) and 'address' in config:
                config['address'] = self.as_tuple(config['address'])
            factory = klass
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')  # factories written for Python 2.6
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        props = config.pop('.', None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()
