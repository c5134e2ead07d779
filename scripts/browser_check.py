"""Look at the HTML report in a real browser: headless Chromium renders sample pages.

Renders the founding sample alone and the founding sample with two vntc samples and an error
record (one page with an index), checks in the DOM Chromium builds that every entity mention
is a highlighted ``<mark>``, and saves screenshots at phone width (390x844) and desktop width
(1280x900) into ``benchmarks/out/`` (git-ignored; CI keeps them as artifacts):

    python scripts/browser_check.py    # html-{phone,desktop,index-phone,index-desktop,phone-panel}.png
    python scripts/browser_check.py --out DIR

Exit status 0 when the pages render and the marks are all there, 1 when a check fails, 2 when
Chromium is missing (Debian: ``apt-get install -y chromium``). tests/test_html.py imports the
Chromium helpers from here, so the test and CI drive the browser the same way.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "samples/so-noi-vu-2018.txt"
VNTC = [ROOT / "samples/vntc/XH_TN_T_8838.txt", ROOT / "samples/vntc/XH_NLD_T_8987.txt"]
PHONE = (390, 844)
DESKTOP = (1280, 900)
# Everything that could reach the network or a user profile is off: the page must render alone.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]
TIMEOUT = 120  # seconds: a cold Chromium start on a small CI machine takes a few
ENTITY_MARK = re.compile(r'<mark class="ent [a-z]+" data-type="(person|organization|location|date)"')


def chromium() -> str | None:
    """The Chromium executable, or None when it is not installed."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def run_chromium(browser: str, url: str, *args: str) -> str:
    """Chromium's standard output for ``url`` with ``args``, in a throwaway profile."""
    with tempfile.TemporaryDirectory(prefix="vnreport-chromium-") as profile:
        done = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args, url],
                              capture_output=True, text=True, timeout=TIMEOUT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited with {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stdout


def dumped_dom(browser: str, page: Path) -> str:
    """The DOM Chromium builds from the page file, serialized after its script has run."""
    return run_chromium(browser, page.resolve().as_uri(), "--dump-dom")


def screenshot(browser: str, page: Path, png: Path, size: tuple[int, int]) -> Path:
    """``png``: the page as Chromium shows it in a window of ``size`` (width, height)."""
    png.parent.mkdir(parents=True, exist_ok=True)
    png.unlink(missing_ok=True)
    run_chromium(browser, page.resolve().as_uri(), f"--screenshot={png.resolve()}",
                 f"--window-size={size[0]},{size[1]}")
    if not png.exists() or png.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        raise RuntimeError(f"chromium wrote no PNG at {png}")
    return png


def entity_marks(dom: str) -> int:
    """How many entity highlights a serialized DOM holds (the legend's marks have no data-type)."""
    return len(ENTITY_MARK.findall(dom))


def sample_records(paths: list[Path]) -> list[dict[str, Any]]:
    """The records of ``paths`` as the CLI makes them, document text included."""
    from vnreport.batch import Options, process_all
    from vnreport.inputs import expand

    return list(process_all(expand([shown_path(p) for p in paths], None), Options(include_text=True)))


def shown_path(path: Path) -> str:
    """``path`` relative to the working folder when inside it, as a user would type it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def write_page(records: list[dict[str, Any]], path: Path) -> Path:
    from vnreport.render.html import write_html

    with path.open("w", encoding="utf-8") as out:
        write_html(records, out)
    return path


def tapped(path: Path, selector: str) -> Path:
    """A copy of the page that clicks its first ``selector`` once loaded: the panel a tap opens."""
    # Headless --screenshot cannot click, so the page clicks itself; the report is unchanged.
    copy = path.with_name(path.stem + "-tapped.html")
    click = f"<script>document.querySelector({selector!r}).click()</script></body>"
    copy.write_text(path.read_text(encoding="utf-8").replace("</body>", click), encoding="utf-8")
    return copy


def check(browser: str, out: Path) -> list[str]:
    """Render, check and photograph the sample pages; the failures, one line each."""
    from vnreport.report import error_dict

    founding = sample_records([FOUNDING])
    several = founding + sample_records(VNTC) + [error_dict("broken.txt", "broken.txt: binary file, not text")]
    failures = []
    with tempfile.TemporaryDirectory(prefix="vnreport-html-") as tmp:
        pages = [(write_page(founding, Path(tmp) / "founding.html"), founding,
                  [("html-phone.png", PHONE), ("html-desktop.png", DESKTOP)]),
                 (write_page(several, Path(tmp) / "several.html"), several,
                  [("html-index-phone.png", PHONE), ("html-index-desktop.png", DESKTOP)])]
        for page, records, shots in pages:
            expected = sum(len(r.get("entities", [])) for r in records)
            found = entity_marks(dumped_dom(browser, page))
            if found != expected:
                failures.append(f"{page.name}: {found} entity marks in the DOM, {expected} mentions extracted")
            for name, size in shots:
                print(f"wrote {screenshot(browser, page, out / name, size)}")
        tap = tapped(pages[0][0], ".doc-text mark.person")
        if 'class="panel open"' not in dumped_dom(browser, tap):
            failures.append("tapping a highlight does not open the details panel")
        print(f"wrote {screenshot(browser, tap, out / 'html-phone-panel.png', PHONE)}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/out", help="folder for the screenshots")
    args = parser.parse_args(argv)
    browser = chromium()
    if browser is None:
        print("browser_check: chromium not found (Debian: apt-get install -y chromium)", file=sys.stderr)
        return 2
    failures = check(browser, args.out)
    for line in failures:
        print(f"browser_check: {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
