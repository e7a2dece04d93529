#!/usr/bin/python3
"""Rewrites the Compile items of each nanoFramework .nfproj from the .cs files its SDK-style twin compiles.

The twin rule (docs/portability.md): an .nfproj compiles every .cs file under its folder except bin/, obj/
and Host/ (host-only glue); files under Nano/ are for nanoFramework only. tests/Build.Tests checks the rule;
this script is how a contributor fixes a failure: `/usr/bin/python3 tools/nfproj/sync-compile-items.py`.
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PROJECTS = ["hal/Callhome.Hal.nfproj", "agent-core/Callhome.AgentCore.nfproj",
            "tests/Portable.Tests/Callhome.Portable.Tests.nfproj"]
SKIPPED = {"bin", "obj", "Host"}


def sources(folder):
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED)
        for name in sorted(filenames):
            if name.endswith(".cs"):
                found.append(os.path.relpath(os.path.join(dirpath, name), folder).replace("/", "\\"))
    return sorted(found, key=str.lower)


def main():
    changed = 0
    for project in PROJECTS:
        path = os.path.join(ROOT, project)
        text = open(path, encoding="utf-8").read()
        items = "".join('    <Compile Include="%s" />\n' % f for f in sources(os.path.dirname(path)))
        block = '  <ItemGroup Label="Compile">\n' + items + "  </ItemGroup>"
        new = re.sub(r'  <ItemGroup Label="Compile">\n.*?  </ItemGroup>', lambda _: block, text, flags=re.S)
        if new != text:
            open(path, "w", encoding="utf-8").write(new)
            changed += 1
            print("updated " + project)
    print("%d project(s) updated" % changed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
