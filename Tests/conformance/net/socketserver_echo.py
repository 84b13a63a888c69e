# socketserver: threaded TCP echo server, stream handler with rfile/wfile, UDP server, shutdown
import socket
import socketserver
import threading

seen = []
lock = threading.Lock()


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            with lock:
                seen.append(line)
            self.wfile.write(line.upper())


with socketserver.ThreadingTCPServer(('127.0.0.1', 0), Echo) as server:
    host, port = server.server_address
    print(host, isinstance(port, int) and port > 0)
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    clients = []
    for i in range(3):
        c = socket.create_connection((host, port))
        clients.append(c)
    for i, c in enumerate(clients):
        f = c.makefile('rwb')
        f.write(b'hello %d\n' % i)
        f.write(b'second line\n')
        f.flush()
        print(f.readline(), f.readline())
        f.close()
        c.close()
    server.shutdown()
    t.join()
print(sorted(seen))


class Plain(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        self.request.sendall(b'got ' + data)


server = socketserver.TCPServer(('127.0.0.1', 0), Plain)
t = threading.Thread(target=server.handle_request)
t.start()
with socket.create_connection(server.server_address) as c:
    c.sendall(b'one request')
    print(c.recv(100))
t.join()
server.server_close()


class UDPEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(b'udp:' + self.rfile.read())


with socketserver.UDPServer(('127.0.0.1', 0), UDPEcho) as userver:
    t = threading.Thread(target=userver.serve_forever, args=(0.05,))
    t.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        u.settimeout(5)
        u.sendto(b'datagram', userver.server_address)
        print(u.recvfrom(100)[0])
    userver.shutdown()
    t.join()


class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise RuntimeError('handler failed')


class Quiet(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        import sys
        print('handle_error:', sys.exc_info()[0].__name__, sys.exc_info()[1])


with Quiet(('127.0.0.1', 0), Failing) as server:
    t = threading.Thread(target=server.handle_request)
    t.start()
    with socket.create_connection(server.server_address) as c:
        print(c.recv(10))
    t.join()
    server.timeout = 0.01
    print(server.handle_request())
