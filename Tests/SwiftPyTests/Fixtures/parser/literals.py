0
1
123_456
0x1F
0XdeadBEEF
0o777
0b1010_1010
0_0
00
1.5
1.
.5
1e10
1E-5
1.5e+3
1_0.0_1e1_0
3j
1.5j
1e3J
10000000000000000000000000
0xFFFFFFFFFFFFFFFFFFFFFFFF
9223372036854775807
9223372036854775808
1e400
'single'
"double"
'''triple
quoted'''
"""another
one"""
'esc\n\t\\\'\"\a\b\f\v\r'
'\x41\101\u00e9\U0001F600'
'\N{BULLET} \N{LATIN SMALL LETTER A}'
'invalid \d escape \q'
'line \
continued'
r'raw \n string'
R"raw \d"
b'bytes\x00\xff\n'
B"BYTES"
rb'raw\bytes'
Rb'x' bR'y'
u'unicode'
U"UNI"
'concat' "enated" '''strings'''
b'a' b'b'
'héllo wörld ☃ 😀'
''
""
''''''
'\0'
'\777'
'a\
b'
'\ud800'
