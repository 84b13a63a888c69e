# String literal forms: quoting styles, triple quotes, raw strings, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
s = """line1
line2
    indented"""
print(s)
print(len(s), s.count("\n"))
print("implicit" " " "concatenation" ' works')
long = ("part one, "
        "part two, "
        "part three")
print(long)
print(r"raw \n stays", R"raw \t too", r'\\', len(r'\\'))
print(r"C:\path\to\file", r"\d+\.\d+")
print("back\
slash continuation")
print('''has 'single' and "double" inside''')
print("" == '', len(""), repr(""), repr("'"), repr('"'), repr("'\""))
print(u"unicode prefix", type(u"").__name__)
print("tab\there", "nl\\n literal")
x = """\
no leading newline"""
print(x)
print(repr("""a
b"""))
print("a" "b" == "ab", "abc"[1], "abc"[-1])
print(repr('\''), repr("\""), repr("it's \"x\""))
print('''''' == "", """"quoted" """)
docs = '''first
second'''
print(docs.splitlines())
