#!/usr/bin/env python3
"""A small CKAN-shaped catalogue on 127.0.0.1 for portrait's tests (never any other address).

    ckan-test-server.py FOLDER

Binds a free port on 127.0.0.1, writes it to FOLDER/port (and one on ::1 to FOLDER/port6, when this
machine has IPv6 loopback), then serves until killed:

  /api/3/action/package_show?id=ID   FOLDER/package.json wrapped as {"success": true, "result": …} when ID is
                                     its "id" or "name", else 404 {"success": false, …}
  /api/3/action/package_search?q=…   {"success": true, "result": {"count": 1, "results": [package]}}
  /files/NAME                        FOLDER/files/NAME with an ETag (its SHA-1) and Last-Modified; answers
                                     304 to a matching If-None-Match or a later If-Modified-Since
  /error500/NAME                     500 with an HTML page
  /html/NAME                         200, an HTML error page (text/csv, as some portals do)
  /truncated/NAME                    the headers of FOLDER/files/NAME, half its body, then the connection closes
  /slow/NAME                         waits 60 s before answering
  /loop/N                            302 to /loop/N+1, for ever
  /big/NAME?mb=M                     M MB of CSV rows after a portrait header, with its Content-Length
  /bigstream/NAME?mb=M               the same without Content-Length (the body ends when the connection does)
  /endless/NAME                      200, a portrait header then rows for ever, no Content-Length
  /drip/NAME?every=S                 200, a portrait header then one byte every S seconds, for ever
  /hold/NAME                         writes FOLDER/arrived/NAME, then waits until FOLDER/release/NAME exists
                                     and serves FOLDER/files/NAME as /files/ does: a test decides when
  /gzip/NAME?mb=M                    200 with Content-Encoding: gzip, a body that inflates to M MB of rows
  /silent/...                        accepts the request and never answers
  /hugejson/api/3/action/...         200 JSON that never ends: a dataset whose resources go on for ever

Every complete 200 response of a file path is counted in FOLDER/counts.json ({path: count}), so tests can
tell whether a file was transferred again. The package file is read at each request: tests change it
between runs. Resource URLs in it may use {base} for http://127.0.0.1:PORT.
"""
import email.utils
import gzip
import hashlib
import json
import os
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FOLDER = sys.argv[1]
LOCK = threading.Lock()
HEADER = "Nom de l'actif informationnel, du projet ou de l'initiative en IA,Catégorie,Organisme public,Portefeuille ministériel,Bénéfices,Statut\r\n"
ROW = "Initiative de test,Automatisation,Organisme de test,Finances,Aucun,Solution en production\r\n"


def count(path):
    with LOCK:
        counts_path = os.path.join(FOLDER, "counts.json")
        try:
            with open(counts_path) as f:
                counts = json.load(f)
        except (OSError, ValueError):
            counts = {}
        counts[path] = counts.get(path, 0) + 1
        with open(counts_path + ".tmp", "w") as f:
            json.dump(counts, f)
        os.replace(counts_path + ".tmp", counts_path)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def base(self):
        if self.server.address_family == socket.AF_INET6:
            return "http://[::1]:%d" % self.server.server_address[1]
        return "http://127.0.0.1:%d" % self.server.server_address[1]

    def send_json(self, status, value):
        body = json.dumps(value, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def package(self):
        with open(os.path.join(FOLDER, "package.json"), encoding="utf-8") as f:
            return json.loads(f.read().replace("{base}", self.base()))

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        parts = url.path.split("/")
        kind = parts[1] if len(parts) > 1 else ""
        name = "/".join(parts[2:])
        if url.path == "/api/3/action/package_show":
            package = self.package()
            wanted = query.get("id", [""])[0]
            if wanted in (package.get("id"), package.get("name")):
                self.send_json(200, {"success": True, "result": package})
            else:
                self.send_json(404, {"success": False, "error": {"message": "Not found", "__type": "Not Found Error"}})
        elif url.path == "/api/3/action/package_search":
            self.send_json(200, {"success": True, "result": {"count": 1, "results": [self.package()]}})
        elif kind == "files":
            self.serve_file(name)
        elif kind == "hold":
            os.makedirs(os.path.join(FOLDER, "arrived"), exist_ok=True)
            with open(os.path.join(FOLDER, "arrived", name), "w") as f:
                f.write("arrived")
            while not os.path.exists(os.path.join(FOLDER, "release", name)):
                time.sleep(0.05)
            self.serve_file(name)
        elif kind == "gzip":
            megabytes = float(query.get("mb", ["3"])[0])
            rows = int(megabytes * 1_000_000 / len(ROW.encode())) + 1
            body = gzip.compress(HEADER.encode() + (ROW * rows).encode(), compresslevel=9)
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                return
        elif kind == "silent":
            time.sleep(3600)
        elif kind == "endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.end_headers()
            chunk = (ROW * 1000).encode()
            try:
                self.wfile.write(HEADER.encode())
                while True:
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                return
        elif kind == "drip":
            every = float(query.get("every", ["1.5"])[0])
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.end_headers()
            try:
                self.wfile.write(HEADER.encode())
                self.wfile.flush()
                while True:
                    time.sleep(every)
                    self.wfile.write(b"x")
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return
        elif kind == "hugejson":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            resource = json.dumps({"name": "Portrait 2025 " + "x" * 900, "format": "CSV", "url": self.base() + "/files/portrait-2025.csv"}).encode()
            try:
                self.wfile.write(b'{"success": true, "result": {"name": "n", "title": "Portrait", "resources": [')
                self.wfile.write(resource)
                chunk = (b"," + resource) * 1000
                while True:
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                return
        elif kind == "error500":
            body = b"<!DOCTYPE html><html><body><h1>500 Internal Server Error</h1></body></html>"
            self.send_response(500)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif kind == "html":
            body = b"<!DOCTYPE html>\n<html><head><title>Erreur</title></head><body>Le service est temporairement indisponible.</body></html>\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            count(url.path)
        elif kind == "truncated":
            with open(os.path.join(FOLDER, "files", name), "rb") as f:
                body = f.read()
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
        elif kind == "slow":
            time.sleep(60)
            self.send_json(200, {})
        elif kind == "loop":
            number = int(name) if name.isdigit() else 0
            self.send_response(302)
            self.send_header("Location", "%s/loop/%d" % (self.base(), number + 1))
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif kind in ("big", "bigstream"):
            megabytes = float(query.get("mb", ["3"])[0])
            rows = int(megabytes * 1_000_000 / len(ROW.encode())) + 1
            size = len(HEADER.encode()) + rows * len(ROW.encode())
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            if kind == "big":
                self.send_header("Content-Length", str(size))
            self.end_headers()
            try:
                self.wfile.write(HEADER.encode())
                chunk = (ROW * 1000).encode()
                for _ in range(rows // 1000):
                    self.wfile.write(chunk)
                self.wfile.write((ROW * (rows % 1000)).encode())
            except (BrokenPipeError, ConnectionResetError):
                return
            count(url.path)
        else:
            self.send_json(404, {"success": False, "error": {"message": "Not found"}})

    def serve_file(self, name):
        path = os.path.join(FOLDER, "files", name)
        try:
            with open(path, "rb") as f:
                body = f.read()
        except OSError:
            self.send_json(404, {"success": False})
            return
        etag = '"%s"' % hashlib.sha1(body).hexdigest()
        modified = int(os.stat(path).st_mtime)
        last_modified = email.utils.formatdate(modified, usegmt=True)
        since = self.headers.get("If-Modified-Since")
        unchanged = self.headers.get("If-None-Match") == etag
        if self.headers.get("If-None-Match") is None and since:
            try:
                unchanged = modified <= email.utils.parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                pass
        if unchanged:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/csv" if name.endswith(".csv") else "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_modified)
        self.end_headers()
        self.wfile.write(body)
        count("/files/" + name)


class IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


try:
    server6 = IPv6Server(("::1", 0), Handler)
    server6.daemon_threads = True
    threading.Thread(target=server6.serve_forever, daemon=True).start()
    with open(os.path.join(FOLDER, "port6.tmp"), "w") as f:
        f.write(str(server6.server_address[1]))
    os.replace(os.path.join(FOLDER, "port6.tmp"), os.path.join(FOLDER, "port6"))
except OSError:
    pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
with open(os.path.join(FOLDER, "port.tmp"), "w") as f:
    f.write(str(server.server_address[1]))
os.replace(os.path.join(FOLDER, "port.tmp"), os.path.join(FOLDER, "port"))
server.serve_forever()
