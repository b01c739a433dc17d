"""Visits every page of a served site in Chromium, following every internal link."""
import re
from collections import deque
from urllib.parse import unquote, urldefrag

from servers import fetch

# What a page is, from its address below the base URL.
PAGE_KINDS = [
    ("home", re.compile(r"^$")),
    ("language home", re.compile(r"^[^/]+/$")),
    ("history", re.compile(r"^[^/]+/[^/]+/versions/$")),
    ("version", re.compile(r"^[^/]+/[^/]+/versions/[^/]+/$")),
    ("compare", re.compile(r"^[^/]+/[^/]+/compare/[^/]+/$")),
    ("current", re.compile(r"^[^/]+/[^/]+/$")),
]

LINKS_SCRIPT = """
return Array.from(document.querySelectorAll('a[href], link[href]'))
    .map(e => [e.tagName.toLowerCase(), e.getAttribute('rel') || '', e.href]);
"""
IDS_SCRIPT = "return Array.from(document.querySelectorAll('[id]')).map(e => e.id);"


def page_kind(base_url, url):
    path = url[len(base_url):]
    for kind, pattern in PAGE_KINDS:
        if pattern.match(path):
            return kind
    return None


def console_errors(driver, ignore=()):
    """The console's errors since the last call (reading the log empties it)."""
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and not any(text in entry["message"] for text in ignore)]


class SiteCrawl:
    """Breadth-first from the home page: every HTML page opened in the browser, every internal
    target (pages, feeds, versions.json, assets) fetched, every #fragment looked up."""

    def __init__(self, driver, base_url, failures):
        self.driver = driver
        self.base_url = base_url
        self.failures = failures
        self.pages = {}          # url -> kind, for every HTML page visited
        self.ids = {}            # url -> set of element ids
        self.statuses = {}       # url -> (status, content type)
        self.fragments = []      # (target url, fragment, from page)

    def fail(self, message):
        self.failures.append(message)

    def check_target(self, url, source):
        if url not in self.statuses:
            status, content_type, _ = fetch(url)
            self.statuses[url] = (status, content_type)
            if status != 200:
                self.fail(f"{source} links to {url}: HTTP {status}")
        return self.statuses[url]

    def run(self):
        queue = deque([self.base_url])
        self.check_target(self.base_url, "(start)")
        while queue:
            url = queue.popleft()
            if url in self.pages:
                continue
            self.visit(url, queue)
        for target, fragment, source in self.fragments:
            if target in self.ids and fragment not in self.ids[target]:
                self.fail(f"{source} links to {target}#{fragment}: no element has that id")
        return self.pages

    def visit(self, url, queue):
        driver = self.driver
        driver.get(url)
        self.pages[url] = page_kind(self.base_url, url)
        for message in console_errors(driver):
            self.fail(f"{url}: console error: {message}")
        if driver.find_elements("css selector", "script"):
            self.fail(f"{url}: has a script; pages must work without JavaScript")
        sheets = driver.execute_script("return Array.from(document.styleSheets).map(s => s.cssRules.length)")
        if not sheets or min(sheets) == 0:
            self.fail(f"{url}: its stylesheet did not load")
        self.ids[url] = set(driver.execute_script(IDS_SCRIPT))
        for tag, rel, href in driver.execute_script(LINKS_SCRIPT):
            if not href.startswith(self.base_url):
                continue
            target, fragment = urldefrag(href)
            status, content_type = self.check_target(target, url)
            if fragment:
                self.fragments.append((target, unquote(fragment), url))
            if status == 200 and content_type.startswith("text/html") and target not in self.pages:
                queue.append(target)
