# cmd.Cmd: a small shell driven from a StringIO "stdin"
import cmd
import io


class Shell(cmd.Cmd):
    intro = 'Welcome to the test shell.'
    prompt = '(t) '
    use_rawinput = False

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.total = 0
        self.events = []

    def preloop(self):
        self.events.append('preloop')

    def postloop(self):
        self.events.append('postloop')

    def precmd(self, line):
        self.events.append('pre:' + line)
        return line.lower() if line.startswith('ADD') else line

    def postcmd(self, stop, line):
        self.events.append('post:%s:%s' % (line, stop))
        return stop

    def do_add(self, arg):
        """add N: add N to the total"""
        try:
            self.total += int(arg)
        except ValueError:
            self.stdout.write('not a number: %r\n' % arg)
            return
        self.stdout.write('total %d\n' % self.total)

    def do_echo(self, arg):
        self.stdout.write('[%s]\n' % arg)

    def help_echo(self):
        self.stdout.write('echo TEXT: print TEXT in brackets\n')

    def help_topics(self):
        self.stdout.write('this is a topic, not a command\n')

    def do_shell(self, arg):
        self.stdout.write('shell would run %r\n' % arg)

    def do_quit(self, arg):
        'Leave the shell.'
        self.stdout.write('bye\n')
        return True

    def do_EOF(self, arg):
        self.stdout.write('EOF reached\n')
        return True

    def do_undocumented_one(self, arg):
        pass


script = '''add 5
ADD 7

echo   hello   world
?echo
help add
help quit
help topics
help nothing
frobnicate now
!ls -l
add x
12abc
help
quit
add 100
'''
out = io.StringIO()
sh = Shell(stdin=io.StringIO(script), stdout=out)
sh.cmdloop()
print(out.getvalue())
print('events', sh.events[:8], len(sh.events))
print('total', sh.total, 'lastcmd', repr(sh.lastcmd))

# EOF ends the loop; cmdqueue is consumed first; intro argument
out = io.StringIO()
sh = Shell(stdin=io.StringIO('echo from stdin\n'), stdout=out)
sh.cmdqueue = ['echo queued 1', 'echo queued 2']
sh.cmdloop(intro='Custom intro')
print(out.getvalue())
print('lastcmd after EOF', repr(sh.lastcmd))

# parseline and onecmd directly
base = cmd.Cmd(stdout=io.StringIO())
for line in ['help me', '  ?x  ', '!cmd', '', 'do-it', 'a_b1 rest of  line ', '???']:
    print('parseline', repr(line), base.parseline(line))
print('onecmd', base.onecmd('nosuch'), repr(base.stdout.getvalue()))
print('emptyline', base.onecmd(''), base.lastcmd)
print('defaults', cmd.PROMPT, base.prompt, base.ruler, base.use_rawinput, base.completekey,
      base.identchars == cmd.IDENTCHARS)
print('completenames', sorted(Shell().completenames('e')), Shell().completenames('zz'),
      sorted(Shell().complete_help('to')), sorted(Shell().complete_help('e')))

# columnize
c = cmd.Cmd(stdout=io.StringIO())
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa',
         'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon']
for width in (80, 40, 20, 5):
    c.columnize(words, width)
    c.stdout.write('--\n')
c.columnize([])
c.columnize(['only'])
c.columnize(['a' * 30, 'b' * 30, 'c'], 20)
print(c.stdout.getvalue())
try:
    c.columnize(['a', 1, 'b', None])
except TypeError as e:
    print('TypeError', e)


class Many(cmd.Cmd):
    ruler = '-'
    doc_leader = 'Leader text'


for i in range(30):
    setattr(Many, 'do_command%02d' % i, lambda self, arg: None)
m = Many(stdout=io.StringIO())
m.onecmd('help')
print(m.stdout.getvalue())
