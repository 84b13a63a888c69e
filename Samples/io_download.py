"""I/O-bound threads: N downloads from a slow local HTTP server, one after another and then one
thread each. Each download waits ~DELAY s on the server; the threads wait together (the GIL is
released while they block in the socket), so the threaded run takes about one DELAY, not N.

usage: swiftpy Samples/io_download.py [N] [DELAY]    (defaults 8, 0.3)
"""
import http.server
import sys
import threading
import time
import urllib.request

N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
DELAY = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3


class SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(DELAY)  # a slow backend
        body = ("payload for %s\n" % self.path).encode() * 100
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass  # quiet


def download(url, results, i):
    with urllib.request.urlopen(url, timeout=30) as r:
        results[i] = r.read()


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    server.daemon_threads = True
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    base = "http://127.0.0.1:%d/item/" % server.server_address[1]
    urls = [base + str(i) for i in range(N)]

    sequential = [None] * N
    t0 = time.perf_counter()
    for i, url in enumerate(urls):
        download(url, sequential, i)
    t_seq = time.perf_counter() - t0

    threaded = [None] * N
    threads = [threading.Thread(target=download, args=(url, threaded, i))
               for i, url in enumerate(urls)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t_thr = time.perf_counter() - t0

    server.shutdown()
    server.server_close()

    ok = sequential == threaded and all(sequential)
    print("%d downloads, each answered after %.2f s by the server" % (N, DELAY))
    print("sequential: %.2f s (sum of the downloads: about %d x %.2f s)" % (t_seq, N, DELAY))
    print("threaded:   %.2f s (about the slowest download: %.2f s)" % (t_thr, DELAY))
    print("speedup: %.1fx; bodies identical: %s" % (t_seq / t_thr, ok))
    if t_thr < t_seq / 2:
        print("the threads waited together: the threaded run took about one download, not the sum")
    else:
        print("the threaded run was not much faster than the sequential one")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
