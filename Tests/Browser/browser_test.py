#!/usr/bin/env python3
"""The real-browser test: each site is built by policygen with its base URL under /legal/,
served by nginx on a free loopback port, and opened in headless Chromium, which

- visits every page reachable from the home page and fetches every internal link (no 404,
  no redirect, every #fragment names an element), with no console error (a Content-Security-
  Policy violation is one), no script, and the stylesheet applied;
- finds every page kind: home, language home, current, version, history, compare, and 404;
- uses the language switcher, the table of contents and the skip link;
- runs axe-core on every page kind in every language, in light and in dark mode;
- follows the old addresses of a site that has them (`aliases:`): each redirect page sends
  the browser on to the page it names.

Usage: browser_test.py --policygen .build/debug/policygen SITE... [--screenshots DIR]
Exit status 0 when every check passes, 1 otherwise (each failure printed)."""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

from servers import Nginx, build_site, chromium, fetch
from site_crawl import PAGE_KINDS, SiteCrawl, console_errors, page_kind

SCHEMES = ["light", "dark"]


def emulate(driver, scheme, width=None, height=None):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
    if width:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def check_not_found(driver, base_url, crawl, failures):
    missing = base_url + "no-such-page/"
    status, content_type, _ = fetch(missing)
    if status != 404 or not content_type.startswith("text/html"):
        failures.append(f"{missing}: expected the site's 404 page, got HTTP {status} {content_type}")
    driver.get(missing)
    for message in console_errors(driver, ignore=["status of 404"]):
        failures.append(f"404 page: console error: {message}")
    sheets = driver.execute_script("return Array.from(document.styleSheets).map(s => s.cssRules.length)")
    if not sheets or min(sheets) == 0:
        failures.append("404 page: its stylesheet did not load from under the sub-path")
    homes = {url for url, kind in crawl.pages.items() if kind == "language home"}
    links = {a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a")}
    for home in homes - links:
        failures.append(f"404 page: no link to the language home {home}")
    for link in links:
        crawl.check_target(link, "404 page")
    return missing


def check_language_switcher(driver, base_url, crawl, failures):
    current = sorted(url for url, kind in crawl.pages.items() if kind == "current")
    if not current:
        return
    start = current[0]
    driver.get(start)
    count = len(driver.find_elements(By.CSS_SELECTOR, "nav.language-switcher a"))
    if count == 0:
        failures.append(f"{start}: the language switcher has no links")
    for index in range(count):
        driver.get(start)
        link = driver.find_elements(By.CSS_SELECTOR, "nav.language-switcher a")[index]
        language, href = link.get_attribute("hreflang"), link.get_attribute("href")
        link.click()
        lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        if driver.current_url != href or lang != language or page_kind(base_url, driver.current_url) != "current":
            failures.append(f"{start}: switching to {language} led to {driver.current_url} (lang={lang})")
        elif driver.current_url[len(base_url):].split("/")[1:] != start[len(base_url):].split("/")[1:]:
            failures.append(f"{start}: switching to {language} left the policy: {driver.current_url}")


def check_table_of_contents(driver, crawl, failures):
    pages = [url for url, kind in crawl.pages.items() if kind in ("current", "version")]
    checked = 0
    for url in sorted(pages)[:6]:
        driver.get(url)
        entries = driver.find_elements(By.CSS_SELECTOR, "nav.toc a")
        for index in sorted({0, len(entries) // 2, len(entries) - 1}) if entries else []:
            driver.get(url)
            link = driver.find_elements(By.CSS_SELECTOR, "nav.toc a")[index]
            fragment = link.get_attribute("hash")
            link.click()
            found = driver.execute_script(
                "const e = document.getElementById(decodeURIComponent(location.hash.slice(1)));"
                "return e ? [location.hash, e.getBoundingClientRect().top, innerHeight] : null;")
            if not found or found[0] != fragment or not (-2 <= found[1] < found[2]):
                failures.append(f"{url}: the contents link {fragment} did not bring its heading into view ({found})")
            checked += 1
    if checked == 0:
        failures.append("no page with a table of contents was found")


def check_skip_link(driver, crawl, failures):
    url = sorted(url for url, kind in crawl.pages.items() if kind == "current")[0]
    driver.get(url)
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    if "skip-link" not in (focused.get_attribute("class") or "") or not focused.is_displayed():
        failures.append(f"{url}: the first Tab does not show the skip link")
        return
    focused.send_keys(Keys.ENTER)
    if not driver.current_url.endswith("#pg:main"):
        failures.append(f"{url}: the skip link did not lead to the main content ({driver.current_url})")


def run_axe(driver, pages, failures):
    """axe-core on one page of each kind in each language, light and dark."""
    runs = 0
    for scheme in SCHEMES:
        emulate(driver, scheme)
        for url in pages:
            driver.get(url)
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            driver.get_log("browser")  # the crawl checked the console; the 404 page logs its own status
            runs += 1
            for violation in results["violations"]:
                targets = "; ".join(",".join(node["target"]) for node in violation["nodes"][:3])
                failures.append(f"axe ({scheme}) {url}: {violation['id']} ({violation['impact']}): "
                                f"{violation['help']} — {len(violation['nodes'])} element(s): {targets}")
    emulate(driver, "light")
    return runs


def sample_pages(crawl, not_found):
    """One page of each kind in each language (the home and the 404 page once)."""
    chosen = {}
    for url in sorted(crawl.pages):
        kind = crawl.pages[url]
        language = url[len(crawl.base_url):].split("/")[0]
        chosen.setdefault((kind, language if kind != "home" else ""), url)
    return sorted(chosen.values()) + [not_found]


def screenshots(driver, crawl, folder, name):
    os.makedirs(folder, exist_ok=True)
    kinds = {}
    for url in sorted(crawl.pages):
        language = url[len(crawl.base_url):].split("/")[0]
        kinds.setdefault((crawl.pages[url], language), url)
    wanted = [("current", "en"), ("compare", "en"), ("current", "ar"), ("current", "he")]
    for kind, language in wanted:
        url = kinds.get((kind, language))
        if not url:
            continue
        for label, width, height in [("phone", 390, 844), ("desktop", 1366, 900)]:
            emulate(driver, "light", width, height)
            driver.get(url)
            driver.save_screenshot(os.path.join(folder, f"{name}-{kind}-{language}-{label}.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def check_verify(policygen, site, served, base_url, failures):
    """`policygen verify` over HTTP against the served site: it matches the record; a page
    edited on the server is reported (and put back)."""
    def verify():
        return subprocess.run([policygen, "verify", "--source", site, "--timeout", "10", base_url],
                              capture_output=True, text=True)
    result = verify()
    if result.returncode != 0 or "matches the record" not in result.stdout:
        failures.append(f"policygen verify {base_url} failed ({result.returncode}):\n{result.stderr}")
        return
    pages = sorted(glob.glob(os.path.join(served, "*", "*", "versions", "*", "index.html")))
    if not pages:
        failures.append("no version page to tamper with")
        return
    page = pages[0]
    with open(page, encoding="utf-8") as file:
        original = file.read()
    mark = "<!--/policygen:text-->"
    if mark not in original:
        failures.append(f"{page}: no marked text")
        return
    try:
        with open(page, "w", encoding="utf-8") as file:
            file.write(original.replace(mark, "<p>One more sentence.</p>" + mark, 1))
        tampered = verify()
        if tampered.returncode != 1 or "changed after it was built" not in tampered.stderr:
            failures.append(f"policygen verify missed an edited page ({tampered.returncode}):\n{tampered.stderr}")
    finally:
        with open(page, "w", encoding="utf-8") as file:
            file.write(original)


def old_addresses(site):
    """(address under the site, page it leads to) for the aliases the fixture site declares."""
    if os.path.basename(os.path.abspath(site)) != "fixture-site":
        return []
    return [("privacy-policy/", "en/privacy/"), ("legal-notices/privacy.html", "en/privacy/")]


def check_old_addresses(driver, base_url, site, failures):
    for address, target in old_addresses(site):
        status, content_type, body = fetch(base_url + address)
        if status != 200 or not content_type.startswith("text/html") or b'http-equiv="refresh"' not in body:
            failures.append(f"{address}: no redirect page ({status}, {content_type})")
            continue
        if b'name="robots" content="noindex"' not in body:
            failures.append(f"{address}: the redirect page may be indexed")
        driver.get(base_url + address)
        try:
            WebDriverWait(driver, 10).until(lambda d: d.current_url != base_url + address)
        except TimeoutException:
            failures.append(f"{address}: the browser stayed on the redirect page")
            continue
        if driver.current_url != base_url + target:
            failures.append(f"{address}: led to {driver.current_url}, not {base_url + target}")


def test_site(driver, policygen, site, as_of, screenshot_folder):
    failures = []
    with tempfile.TemporaryDirectory(prefix="policygen-browser-") as folder:
        served = os.path.join(folder, "legal")
        server = Nginx(served)
        build_site(policygen, site, served, server.base_url, as_of)
        with server:
            crawl = SiteCrawl(driver, server.base_url, failures)
            crawl.run()
            not_found = check_not_found(driver, server.base_url, crawl, failures)
            seen = set(crawl.pages.values())
            for kind, _ in PAGE_KINDS:
                if kind not in seen:
                    failures.append(f"no {kind} page was reached from the home page")
            check_language_switcher(driver, server.base_url, crawl, failures)
            check_table_of_contents(driver, crawl, failures)
            check_skip_link(driver, crawl, failures)
            check_old_addresses(driver, server.base_url, site, failures)
            runs = run_axe(driver, sample_pages(crawl, not_found), failures)
            if screenshot_folder:
                screenshots(driver, crawl, screenshot_folder, os.path.basename(os.path.abspath(site)))
            check_verify(policygen, site, served, server.base_url, failures)
    print(f"{site}: {len(crawl.pages)} pages opened, {len(crawl.statuses)} addresses fetched, "
          f"{len(crawl.fragments)} fragments looked up, {runs} axe runs; {len(failures)} failure(s)")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policygen", required=True)
    parser.add_argument("--as-of", default="2026-11-21")
    parser.add_argument("--screenshots")
    parser.add_argument("sites", nargs="+")
    args = parser.parse_args()
    driver = chromium()
    failures = []
    try:
        for site in args.sites:
            failures += [f"{site}: {failure}" for failure in
                         test_site(driver, os.path.abspath(args.policygen), site, args.as_of, args.screenshots)]
    finally:
        driver.quit()
    for failure in failures:
        print("FAIL " + failure)
    print("browser test: " + ("passed" if not failures else f"{len(failures)} failure(s)"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
