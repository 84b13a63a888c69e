"""Line-oriented command interpreters (CPython 3.11's cmd): a Cmd subclass defines do_<name>
methods (and optional help_<name>); cmdloop() reads lines and dispatches them."""

import string
import sys

__all__ = ['Cmd']

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ''
    doc_header = 'Documented commands (type help <topic>):'
    misc_header = 'Miscellaneous help topics:'
    undoc_header = 'Undocumented commands:'
    nohelp = '*** No help on %s'
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def _readline_module(self):
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        return readline

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            return 'EOF'
        return line.rstrip('\r\n')

    def cmdloop(self, intro=None):
        """Reads and runs commands until one returns a true value (after postcmd)."""
        self.preloop()
        readline = self._readline_module()
        if readline is not None:
            self.old_completer = readline.get_completer()
            readline.set_completer(self.complete)
            readline.parse_and_bind(self.completekey + ': complete')
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + '\n')
            stop = None
            while not stop:
                line = self.precmd(self._next_line())
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if readline is not None:
                readline.set_completer(self.old_completer)

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line): '?x' means 'help x', '!x' means 'shell x' when there
        is a do_shell; command is None when the line does not start with one."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        i = 0
        while i < len(line) and line[i] in self.identchars:
            i += 1
        return line[:i], line[i:].strip(), line

    def onecmd(self, line):
        """Runs one line; returns what the command returned (a true value stops cmdloop)."""
        cmd, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if cmd is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if cmd == '':
            return self.default(line)
        try:
            func = getattr(self, 'do_' + cmd)
        except AttributeError:
            return self.default(line)
        return func(arg)

    def emptyline(self):
        """An empty line repeats the last command."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: command names first, then complete_<cmd> for arguments."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            line = whole.lstrip()
            stripped = len(whole) - len(line)
            begidx = readline.get_begidx() - stripped
            endidx = readline.get_endidx() - stripped
            if begidx > 0:
                cmd, _, _ = self.parseline(line)
                if cmd == '':
                    compfunc = self.completedefault
                else:
                    compfunc = getattr(self, 'complete_' + cmd, self.completedefault)
            else:
                compfunc = self.completenames
            self.completion_matches = compfunc(text, line, begidx, endidx)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names() if name.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            try:
                func = getattr(self, 'help_' + arg)
            except AttributeError:
                try:
                    doc = getattr(self, 'do_' + arg).__doc__
                    if doc:
                        self.stdout.write('%s\n' % str(doc))
                        return
                except AttributeError:
                    pass
                self.stdout.write('%s\n' % str(self.nohelp % (arg,)))
                return
            func()
            return
        names = self.get_names()
        topics = set(name[5:] for name in names if name[:5] == 'help_')
        documented = []
        undocumented = []
        previous = ''
        for name in sorted(names):
            if name[:3] != 'do_' or name == previous:
                continue
            previous = name
            cmd = name[3:]
            if cmd in topics:
                documented.append(cmd)
                topics.remove(cmd)
            elif getattr(self, name).__doc__:
                documented.append(cmd)
            else:
                undocumented.append(cmd)
        self.stdout.write('%s\n' % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write('%s\n' % str(header))
            if self.ruler:
                self.stdout.write('%s\n' % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write('\n')

    def columnize(self, list, displaywidth=80):
        """Writes the strings in as few rows as fit displaywidth, filled column by column,
        columns two spaces apart."""
        if not list:
            self.stdout.write('<empty>\n')
            return
        bad = [i for i in range(len(list)) if not isinstance(list[i], str)]
        if bad:
            raise TypeError('list[i] not a string for i in %s' % ', '.join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        layout = None
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = []
            total = -2
            for col in range(ncols):
                width = max((len(x) for x in list[col * nrows:(col + 1) * nrows]), default=0)
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                layout = (nrows, ncols, widths)
                break
        if layout is None:
            layout = (size, 1, [0])
        nrows, ncols, widths = layout
        for row in range(nrows):
            texts = [list[row + nrows * col] if row + nrows * col < size else ''
                     for col in range(ncols)]
            while texts and not texts[-1]:
                del texts[-1]
            texts = [text.ljust(widths[col]) for col, text in enumerate(texts)]
            self.stdout.write('%s\n' % str('  '.join(texts)))
