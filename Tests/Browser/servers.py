"""The real servers of the browser tests: a site built by policygen, served by nginx under a
sub-path on a free loopback port, and headless Chromium driven by selenium."""
import os
import shutil
import socket
import subprocess
import tempfile
import textwrap
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def build_site(policygen, source, output, base_url, as_of):
    """Builds `source` into `output`; raises with policygen's diagnostics when it fails."""
    result = subprocess.run(
        [policygen, "build", "--source", source, "--output", output, "--base-url", base_url, "--as-of", as_of],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"policygen build of {source} failed:\n{result.stderr}")
    return result.stdout


class Nginx:
    """nginx serving `site` at http://127.0.0.1:PORT/PREFIX/, with the site's 404.html for
    unknown addresses, as a host would be configured (see docs/publishing.md)."""

    def __init__(self, site, prefix="legal"):
        self.site = os.path.abspath(site)
        self.prefix = prefix
        self.port = free_port()
        self.folder = tempfile.mkdtemp(prefix="policygen-nginx-")
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}/{self.prefix}/"

    def __enter__(self):
        # Workers may run as another user (nobody, when started as root): the site must be readable.
        # The site's folder is made by the caller in a private temporary folder: open that one too.
        parents = [os.path.dirname(self.site)]
        for folder in parents + [self.site] + [os.path.join(root, d) for root, dirs, _ in os.walk(self.site) for d in dirs]:
            os.chmod(folder, 0o755)
        config = os.path.join(self.folder, "nginx.conf")
        with open(config, "w") as file:
            file.write(textwrap.dedent(f"""\
                daemon off;
                worker_processes 1;
                pid {self.folder}/nginx.pid;
                error_log {self.folder}/error.log warn;
                events {{ worker_connections 64; }}
                http {{
                    include /etc/nginx/mime.types;
                    types {{ application/atom+xml xml; }}
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path {self.folder}/body;
                    proxy_temp_path {self.folder}/proxy;
                    fastcgi_temp_path {self.folder}/fastcgi;
                    uwsgi_temp_path {self.folder}/uwsgi;
                    scgi_temp_path {self.folder}/scgi;
                    server {{
                        listen 127.0.0.1:{self.port};
                        location /{self.prefix}/ {{
                            alias {self.site}/;
                            error_page 404 /{self.prefix}/404.html;
                        }}
                    }}
                }}
                """))
        self.process = subprocess.Popen(["nginx", "-p", self.folder, "-e", f"{self.folder}/error.log", "-c", config],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("nginx did not start: " + self.process.stderr.read().decode())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx did not listen within 10 s")

    def __exit__(self, *_):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Links point at folders with their final slash: a redirect is a wrong link."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(NoRedirect)


def fetch(url):
    """(status, content type, body) of a GET, without following redirects."""
    try:
        with _opener.open(url, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def chromium():
    """Headless Chromium from Debian (chromium, chromium-driver), keeping the console log."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=en-US"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)
