#!/usr/bin/python3
# A scripted JSON-RPC client of planls, for tests/lsp/run (Python's
# standard library only).  Usage: client.py SCRIPT [ARG...]: runs the
# Python SCRIPT with these names in scope:
#
#   s = Server(utf8=False, root=".")  starts planls (first on PATH),
#                             initializes it (offering UTF-8 positions when
#                             utf8; root, unless None, as its workspace
#                             folder) and sends initialized
#   s.request(method, params) -> result; an error answer raises RpcError
#   s.notify(method, params)
#   s.open(path, text=None)   didOpen (the file's text unless text is given),
#                             returns the URI
#   s.change(path, text, rng=None)  didChange, whole (rng None) or incremental
#   s.diagnostics(path)       the diagnostics of path published after the
#                             last change sent: waits for them
#   s.finish()                shutdown and exit; returns planls' exit status
#   uri(path), pos(line, ch), rng(l1, c1, l2, c2), check(cond, what)
#   send_raw(bytes) on a Server: bytes as they are, for malformed messages
#   s.read_message()          the next message, whatever it is
#
# Every wait has a timeout (TIMEOUT seconds): a server that hangs fails the
# test, never the suite.  A failed check exits 1 after printing what was
# expected and what came; an exception prints its traceback.
import json
import os
import select
import subprocess
import sys
import time
import urllib.parse

TIMEOUT = float(os.environ.get("LSP_TIMEOUT", "20"))


class RpcError(Exception):
    def __init__(self, error):
        Exception.__init__(self, "%s: %s" % (error.get("code"), error.get("message")))
        self.code = error.get("code")
        self.message = error.get("message")


def uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def pos(line, ch):
    return {"line": line, "character": ch}


def rng(l1, c1, l2, c2):
    return {"start": pos(l1, c1), "end": pos(l2, c2)}


def check(cond, what, got=None):
    if not cond:
        if got is not None:
            print("got: %s" % json.dumps(got, indent=1, ensure_ascii=False)[:4000])
        print("FAILED: %s" % what)
        sys.exit(1)


class Server:
    def __init__(self, utf8=False, initialize=True, args=(), root="."):
        self.p = subprocess.Popen(["planls"] + list(args), stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE)
        self.buf = b""
        self.next_id = 1
        self.pending = []        # notifications read while waiting for a response
        self.versions = {}
        self.dirty = False       # a change was sent: sync() before the next
        if initialize:
            caps = {"general": {"positionEncodings": ["utf-8", "utf-16"]}} if utf8 else {}
            params = {"processId": None, "rootUri": None, "capabilities": caps}
            if root is not None:
                params["rootUri"] = uri(root)
                params["workspaceFolders"] = [{"uri": uri(root), "name": "plans"}]
            self.init = self.request("initialize", params)
            self.notify("initialized", {})

    def send_raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def sync(self):
        # Every request makes planls publish what changed first: the
        # diagnostics read before its answer are of the last state.
        if not self.dirty:
            return
        self.dirty = False
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": "$/sync"})
        self.response(self.next_id)
        self.pending = [m for m in self.pending if m.get("method") != "textDocument/publishDiagnostics"]

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def _fill(self, deadline):
        left = deadline - time.time()
        check(left > 0, "an answer within %g s" % TIMEOUT)
        r, _, _ = select.select([self.p.stdout], [], [], left)
        check(r, "an answer within %g s" % TIMEOUT)
        data = os.read(self.p.stdout.fileno(), 65536)
        check(data, "more output (planls ended, exit %s)" % self.p.poll())
        self.buf += data

    def read_message(self):
        deadline = time.time() + TIMEOUT
        while b"\r\n\r\n" not in self.buf:
            self._fill(deadline)
        head, rest = self.buf.split(b"\r\n\r\n", 1)
        length = None
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        check(length is not None, "a Content-Length header", head.decode("latin-1"))
        while len(rest) < length:
            self.buf = head + b"\r\n\r\n" + rest
            self._fill(deadline)
            head, rest = self.buf.split(b"\r\n\r\n", 1)
        self.buf = rest[length:]
        return json.loads(rest[:length])

    def response(self, id):
        while True:
            m = self.read_message()
            if "method" in m:
                self.pending.append(m)
                continue
            check(m.get("id") == id, "the answer to request %s" % id, m)
            return m

    def request(self, method, params=None):
        id = self.next_id
        self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        m = self.response(id)
        if "error" in m:
            raise RpcError(m["error"])
        return m["result"]

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def open(self, path, text=None):
        self.sync()
        self.dirty = True
        if text is None:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        self.versions[path] = 1
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri(path), "languageId": "plan", "version": 1, "text": text}})
        return uri(path)

    def change(self, path, text, range=None):
        self.sync()
        self.dirty = True
        self.versions[path] = self.versions.get(path, 1) + 1
        c = {"text": text}
        if range is not None:
            c["range"] = range
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri(path), "version": self.versions[path]},
            "contentChanges": [c]})

    def close(self, path):
        self.sync()
        self.dirty = True
        self.notify("textDocument/didClose", {"textDocument": {"uri": uri(path)}})

    def diagnostics(self, path):
        want = uri(path)
        while True:
            for i, m in enumerate(self.pending):
                if m.get("method") == "textDocument/publishDiagnostics" and \
                   m["params"]["uri"] == want:
                    del self.pending[i]
                    return m["params"]["diagnostics"]
            self.pending.append(self.read_message())

    def doc(self, path, **kw):
        d = {"textDocument": {"uri": uri(path)}}
        d.update(kw)
        return d

    def finish(self):
        self.request("shutdown")
        self.notify("exit")
        return self.wait()

    def wait(self):
        try:
            return self.p.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            self.p.kill()
            check(False, "planls to exit within %g s" % TIMEOUT)


if __name__ == "__main__":
    script = sys.argv[1]
    sys.argv = sys.argv[1:]
    with open(script, encoding="utf-8") as f:
        code = compile(f.read(), script, "exec")
    exec(code, {"Server": Server, "RpcError": RpcError, "uri": uri, "pos": pos, "rng": rng,
                "check": check, "json": json, "os": os, "time": time, "TIMEOUT": TIMEOUT})
