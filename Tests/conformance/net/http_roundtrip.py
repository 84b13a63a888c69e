# http.server + urllib.request + http.client over a local ThreadingHTTPServer
import http.client
import json
import os
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http import HTTPStatus
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler, SimpleHTTPRequestHandler

log = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        log.append(format % args)

    def _reply(self, code, body, ctype='text/plain; charset=utf-8', extra=()):
        self.send_response(code)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == '/hello':
            q = urllib.parse.parse_qs(url.query)
            self._reply(200, ('hello %s' % q.get('name', ['world'])[0]).encode())
        elif url.path == '/headers':
            names = sorted(k.lower() for k in self.headers.keys())
            info = {'names': names, 'ua': self.headers['User-Agent'],
                    'x': self.headers.get('X-Custom'), 'version': self.request_version}
            self._reply(200, json.dumps(info, sort_keys=True).encode(), 'application/json')
        elif url.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for piece in [b'first ', b'second ', b'third']:
                self.wfile.write(b'%x\r\n%s\r\n' % (len(piece), piece))
            self.wfile.write(b'0\r\n\r\n')
        elif url.path == '/redirect':
            self.send_response(302)
            self.send_header('Location', '/hello?name=redirected')
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif url.path == '/teapot':
            self._reply(HTTPStatus.IM_A_TEAPOT, b'short and stout')
        else:
            self.send_error(404, 'Nothing here')

    def do_HEAD(self):
        self.do_GET()

    def do_POST(self):
        length = int(self.headers['Content-Length'])
        body = self.rfile.read(length)
        form = urllib.parse.parse_qsl(body.decode())
        info = {'ctype': self.headers['Content-Type'], 'form': form, 'len': length}
        self._reply(201, json.dumps(info).encode(), 'application/json')


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
host, port = server.server_address
base = 'http://%s:%d' % (host, port)
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()

with urllib.request.urlopen(base + '/hello?name=swift') as resp:
    print(resp.status, resp.reason, resp.getcode(), resp.msg)
    print(resp.read(), resp.headers['Content-Type'], resp.getheader('content-length'))
    print(resp.geturl() == base + '/hello?name=swift', 'Date' in resp.headers,
          resp.headers['Server'].startswith('BaseHTTP/0.6 Python/'))

req = urllib.request.Request(base + '/headers', headers={'X-Custom': 'yes'})
print(req.get_method(), req.host == '%s:%d' % (host, port), req.selector, req.type, req.header_items())
with urllib.request.urlopen(req) as resp:
    print(json.loads(resp.read()))

data = urllib.parse.urlencode({'a': '1', 'b': 'two words', 'c': 'é'}).encode()
with urllib.request.urlopen(base + '/post', data=data) as resp:
    print(resp.status, resp.reason, json.loads(resp.read()))
req = urllib.request.Request(base + '/post', data=b'x=1', method='POST',
                             headers={'Content-Type': 'text/plain'})
with urllib.request.urlopen(req) as resp:
    print(req.get_method(), json.loads(resp.read()))
try:
    urllib.request.urlopen(base + '/post', data='str data')
except TypeError as e:
    print('TypeError', e)

with urllib.request.urlopen(base + '/redirect') as resp:
    print(resp.status, resp.read(), resp.geturl() == base + '/hello?name=redirected')

for path in ['/missing', '/teapot']:
    try:
        urllib.request.urlopen(base + path)
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e.code, e.reason, str(e), repr(e), e.headers['Content-Type'])
        body = e.read()
        print(b'Nothing here' in body, body[:15], isinstance(e, urllib.error.URLError), isinstance(e, OSError))
try:
    urllib.request.urlopen('http://127.0.0.1:1/')
except urllib.error.URLError as e:
    print('URLError', type(e.reason).__name__, e.reason.errno)
try:
    urllib.request.urlopen('nope://x')
except urllib.error.URLError as e:
    print('URLError', e)
try:
    urllib.request.Request('no scheme')
except ValueError as e:
    print('ValueError', e)

# http.client directly, reusing one keep-alive connection
conn = http.client.HTTPConnection(host, port, timeout=10)
conn.request('GET', '/hello')
r = conn.getresponse()
print(r.status, r.reason, r.version, r.read(), r.isclosed())
conn.request('HEAD', '/hello?name=head')
r = conn.getresponse()
print(r.status, r.getheader('Content-Length'), r.read())
conn.request('GET', '/chunked')
r = conn.getresponse()
print(r.status, r.chunked, r.getheader('Transfer-Encoding'), r.read(7), r.read())
conn.request('POST', '/post', body='k=v&k=w', headers={'Content-Type': 'application/x-www-form-urlencoded'})
r = conn.getresponse()
print(r.status, r.reason, json.loads(r.read()))
conn.request('GET', '/nowhere')
r = conn.getresponse()
print(r.status, r.reason, r.getheader('Connection'), len(r.read()) > 0)
headers = [(k, v) for k, v in r.getheaders() if k not in ('Date', 'Server')]
print(headers)
conn.close()
print(http.client.responses[404], http.client.NOT_FOUND, http.client.OK)
try:
    http.client.HTTPConnection('host:port')
except http.client.InvalidURL as e:
    print('InvalidURL', e)
c2 = http.client.HTTPConnection('example.com:8080')
print(c2.host, c2.port, http.client.HTTPConnection('[::1]').host)

# SimpleHTTPRequestHandler over the www/ fixture next to this script
d = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'www')


class Files(SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=d, **kwargs)

    def log_message(self, format, *args):
        log.append(format % args)


fserver = ThreadingHTTPServer(('127.0.0.1', 0), Files)
fthread = threading.Thread(target=fserver.serve_forever, args=(0.05,))
fthread.start()
fbase = 'http://127.0.0.1:%d' % fserver.server_address[1]
with urllib.request.urlopen(fbase + '/a.txt') as resp:
    print(resp.status, resp.read(), resp.headers['Content-type'], resp.headers['Content-Length'])
with urllib.request.urlopen(fbase + '/') as resp:
    listing = resp.read().decode()
    print(resp.headers['Content-type'], 'a.txt' in listing, 'href="sub/"' in listing)
with urllib.request.urlopen(fbase + '/sub') as resp:
    print(resp.status, resp.geturl().endswith('/sub/'), resp.read(), resp.headers['Content-type'])
try:
    urllib.request.urlopen(fbase + '/none.txt')
except urllib.error.HTTPError as e:
    print(e.code, e.reason)
fserver.shutdown()
fthread.join()
fserver.server_close()

server.shutdown()
thread.join()
server.server_close()
print(sorted(set(l.split('"')[1] for l in log if l.startswith('"'))))
print(sorted(l for l in log if l.startswith('code')))
