#!/usr/bin/env python3
"""Renames Java classes across the repository as an IDE would, for a build that has no IDE in it.

Usage: releng/scripts/rename-class.py OLD.FULLY.QUALIFIED.Name NewSimpleName [OLD2 New2 ...]

For each pair: the class's file is moved (git mv) to the new name, the fully qualified name is replaced
everywhere (Java, plugin.xml, fragment.xml, schemas, MANIFESTs, docs), and the simple name is replaced in
every Java file that sees the class by that name: the class itself, its package, and files importing it
(by name or by a package wildcard) that do not import another class of the same simple name. String
literals are left as they are (they are what users read); comments follow the code ({@link Name}).
Names reached through another class (Other.Name, a nested type) are left alone.

Run it again after merging a branch written against the old names: the class is already moved, so only
the new references are rewritten. Check the result with a build; review the diff of comments.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCE_TREES = ("bundles", "releng", "features", "docs", "sdk")
TEXT_SUFFIXES = (".xml", ".exsd", ".MF", ".html", ".md", ".properties", ".sh", ".txt", ".json")
SKIPPED_DIRS = {"target", "bin", ".git", "node_modules"}


def files():
    for tree in SOURCE_TREES:
        top = os.path.join(ROOT, tree)
        for folder, dirs, names in os.walk(top):
            dirs[:] = [d for d in dirs if d not in SKIPPED_DIRS]
            for name in names:
                yield os.path.join(folder, name)
    for name in ("README.md",):
        yield os.path.join(ROOT, name)


def code_and_strings(text):
    """Splits Java text into (is_string, piece) runs: string, text block and char literals apart from the rest."""
    pieces, start, i, n = [], 0, 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        elif text.startswith('"""', i):
            end = i + 3
            while True:
                end = text.find('"""', end)
                if end < 0 or text[end - 1] != "\\":
                    break
                end += 1
            end = n if end < 0 else end + 3
            pieces.append((False, text[start:i]))
            pieces.append((True, text[i:end]))
            start = i = end
        elif c in "\"'":
            end = i + 1
            while end < n and text[end] != c and text[end] != "\n":
                end += 2 if text[end] == "\\" else 1
            end = min(end + 1, n)
            pieces.append((False, text[start:i]))
            pieces.append((True, text[i:end]))
            start = i = end
        else:
            i += 1
    pieces.append((False, text[start:]))
    return pieces


def sees(text, package, old, new_fqcn):
    """True when the simple name `old` in this (already fully-qualified-renamed) Java file means the class."""
    if re.search(r"^import\s+" + re.escape(new_fqcn) + r"\s*;", text, re.M):
        return True
    if re.search(r"^import\s+[\w.]+\." + re.escape(old) + r"\s*;", text, re.M):
        return False  # another class of that name is imported
    file_package = re.search(r"^package\s+([\w.]+)\s*;", text, re.M)
    if file_package and file_package.group(1) == package:
        return True
    return re.search(r"^import\s+" + re.escape(package) + r"\.\*\s*;", text, re.M) is not None


def rename(old_fqcn, new):
    package, old = old_fqcn.rsplit(".", 1)
    new_fqcn = package + "." + new
    relative = package.replace(".", "/") + "/" + old + ".java"
    moved = 0
    for path in list(files()):
        if path.endswith("/" + relative):
            target = path[: -len(old + ".java")] + new + ".java"
            subprocess.run(["git", "mv", path, target], cwd=ROOT, check=True)
            moved += 1
    fqcn = re.compile(re.escape(old_fqcn) + r"\b")
    simple = re.compile(r"(?<![\w.$])" + re.escape(old) + r"\b")
    changed = 0
    for path in files():
        if not (path.endswith(".java") or path.endswith(TEXT_SUFFIXES)) or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        result = fqcn.sub(new_fqcn, text)
        if path.endswith(".java") and sees(result, package, old, new_fqcn):
            result = "".join(piece if is_string else simple.sub(new, piece) for is_string, piece in code_and_strings(result))
        if result != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(result)
            changed += 1
    print(f"{old_fqcn} -> {new}: {moved} file(s) moved, {changed} file(s) changed")


def main(args):
    if not args or len(args) % 2:
        sys.exit(__doc__)
    for i in range(0, len(args), 2):
        rename(args[i], args[i + 1])


if __name__ == "__main__":
    main(sys.argv[1:])
