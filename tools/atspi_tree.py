"""Print an application's accessibility tree as a screen reader gets it over AT-SPI (Linux).

    tools/atspi_probe.sh            # starts a bus, the app on a virtual screen, and this walker

Talks to the AT-SPI bus with ``gdbus`` (no Python bindings needed): the registry's applications, then each
object's role, name and children. Only objects with the roles given in ``--roles`` are printed (with their depth),
but the whole tree is walked; combo boxes, calendars, tables and menus are not entered (their items are many).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
from typing import Any

SKIP = ("combo box", "calendar", "table", "menu", "tree table", "tree")


def _gdbus(*args: str) -> Any:
    out = subprocess.run(["gdbus", "call", *args], capture_output=True, text=True, timeout=20, check=True)
    text = re.sub(r"<(.*)>", r"\1", out.stdout.strip())  # a variant <'x'> is just 'x' here
    text = re.sub(r"(@[\w()]+|objectpath|uint32|int32) ", "", text)  # type annotations GVariant text carries
    return ast.literal_eval(text)


class Bus:
    def __init__(self) -> None:
        self.address = _gdbus("--session", "--dest", "org.a11y.Bus", "--object-path", "/org/a11y/bus",
                              "--method", "org.a11y.Bus.GetAddress")[0]

    def call(self, dest: str, path: str, method: str, *args: str) -> Any:
        return _gdbus("--address", self.address, "--dest", dest, "--object-path", path, "--method", method, *args)

    def name(self, dest: str, path: str) -> str:
        return str(self.call(dest, path, "org.freedesktop.DBus.Properties.Get", "org.a11y.atspi.Accessible",
                             "Name")[0])

    def role(self, dest: str, path: str) -> str:
        return str(self.call(dest, path, "org.a11y.atspi.Accessible.GetRoleName")[0])

    def children(self, dest: str, path: str) -> list[tuple[str, str]]:
        return list(self.call(dest, path, "org.a11y.atspi.Accessible.GetChildren")[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("application", help="the application's name as it registers ('Soyuz Mission Browser')")
    parser.add_argument("--roles", default="list,list item,link,heading,entry,text,label,push button,page tab",
                        help="comma-separated roles to print")
    parser.add_argument("--limit", type=int, default=5000, help="objects to visit at most")
    args = parser.parse_args()
    roles = set(args.roles.split(","))
    bus = Bus()
    seen = 0

    def walk(dest: str, path: str, depth: int) -> None:
        nonlocal seen
        seen += 1
        if seen > args.limit:
            return
        role, name = bus.role(dest, path), bus.name(dest, path)
        if role in roles or depth == 0:
            print(f"{'  ' * depth}{role}: {name[:100]!r}")
        if role in SKIP:
            return
        for child in bus.children(dest, path):
            walk(*child, depth + 1)

    for dest, path in bus.children("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root"):
        if bus.name(dest, path) == args.application:
            walk(dest, path, 0)
            return 0
    print(f"no application named {args.application!r} on the accessibility bus")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
