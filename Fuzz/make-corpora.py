#!/usr/bin/env python3
"""Derives the seed corpora of the fuzz targets from the repository (Fuzz/README.md).

Writes Fuzz/corpus/TARGET/ (not committed: it is made again from Rules/, Examples/ and the test
fixtures whenever they change). Every seed is named by the SHA-1 of its bytes, as libFuzzer names
the inputs it adds, so running the script twice gives the same files.

usage: Fuzz/make-corpora.py [--karta PATH]   (PATH: a built karta, for the .xlsx status forms)
"""
import argparse
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
CORPUS = FUZZ / "corpus"
# A plan whole is a good seed but a slow one; its declarations one by one are quick to mutate.
MAX_SEED = 64 * 1024


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data or len(data) > MAX_SEED:
        return
    directory = CORPUS / target
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def plans():
    return sorted(ROOT.glob("Rules/*.plan")) + sorted(ROOT.glob("Rules/*/*.plan")) + sorted(
        ROOT.glob("Examples/*/*.plan"))


def declarations(text):
    """The file's top-level blocks: a line at column 0 (not a comment) starts one."""
    blocks, current = [], []
    for line in text.splitlines(keepends=True):
        if line[:1] not in ("", " ", "\t", "#", "\n", "\r") and current:
            blocks.append("".join(current))
            current = []
        current.append(line)
    if current:
        blocks.append("".join(current))
    return blocks


def plan_seeds():
    for path in plans():
        text = path.read_text(encoding="utf-8")
        put("fuzz-plan", text)
        blocks = declarations(text)
        header = next((b for b in blocks if b.lstrip().startswith(("plan ", "план "))), "")
        for block in blocks:
            put("fuzz-plan", header + block if block != header else block)
        # fmt: the first byte picks the keyword language (0 kept, 1 English, 2 Russian).
        put("fuzz-fmt", b"\x00" + text.encode())
        for index, block in enumerate(blocks):
            put("fuzz-fmt", bytes([index % 3]) + block.encode())


def deadline_seeds():
    phrases = set()
    for path in plans():
        for match in re.finditer(r"^  (?:due|срок|deadline):[ \t]*(.+)$", path.read_text(encoding="utf-8"), re.M):
            phrases.add(match.group(1).strip())
    for path in ROOT.glob("Tests/KartaPlanTests/Fixtures/seed-rows/*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            columns = line.split("\t")
            if len(columns) >= 3:
                phrases.add(columns[2].strip())
    # Relative deadlines (for the anchoring path) and a line break inside a cell.
    phrases |= {"за 3 дня до проведения", "в течение 5 рабочих дней после окончания", "не позднее 10 дней до начала",
                "апрель, май -\nиюнь, июль", "Июль - октябрь 2023 года\nВесь период ГИА по запросу"}
    for phrase in sorted(phrases):
        put("fuzz-deadline", phrase)


def status_seeds(karta):
    for path in sorted(ROOT.glob("Examples/*/*.json")):
        put("fuzz-status-json", path.read_bytes())
    for path in sorted(ROOT.glob("Examples/*/*.csv")):
        put("fuzz-status-csv", path.read_bytes())
    for path in sorted(ROOT.glob("Tests/KartaImportTests/Fixtures/*.docx")):
        put("fuzz-zip", path.read_bytes())
    if not karta:
        print("make-corpora: no karta given; the .xlsx forms are left out", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as scratch:
        for party, lang in (("OU", "ru"), ("UO", "en")):
            out = pathlib.Path(scratch) / f"{party}.xlsx"
            subprocess.run([karta, "template", str(ROOT / "Rules/kavalerovo.plan"), "--party", party, "--format", "xlsx",
                            "--lang", lang, "--as-of", "2024-03-04", "-o", str(out)], check=True)
            put("fuzz-status-xlsx", out.read_bytes())
            put("fuzz-zip", out.read_bytes())
            # The same form stored without compression: the reader's other path.
            stored = pathlib.Path(scratch) / f"{party}-stored.xlsx"
            with zipfile.ZipFile(out) as source, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as copy:
                for info in source.infolist():
                    copy.writestr(info.filename, source.read(info.filename))
            put("fuzz-status-xlsx", stored.read_bytes())
            put("fuzz-zip", stored.read_bytes())


def verify_seeds():
    for path in sorted(ROOT.glob("Rules/*.verify")):
        text = path.read_text(encoding="utf-8")
        put("fuzz-verify", text)
        for block in re.split(r"\n(?=test )", text):
            put("fuzz-verify", block)


def lsp_seeds():
    def frame(body, extra=b""):
        return b"Content-Length: %d\r\n%s\r\n" % (len(body), extra) + body

    initialize = b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
    opened = '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":' \
             '{"uri":"file:///p.plan","languageId":"karta","version":1,"text":"plan p: П\\n"}}}'.encode()
    put("fuzz-lsp-framing", frame(initialize))
    put("fuzz-lsp-framing", frame(initialize) + frame(opened))
    put("fuzz-lsp-framing", frame(opened, b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"))
    put("fuzz-lsp-framing", b"content-length:   12\r\n\r\n{\"id\":null}" + b"\n" + frame(initialize))
    put("fuzz-lsp-framing", b"Content-Length: 99999999\r\n\r\n{}" + frame(initialize))
    put("fuzz-lsp-framing", b"Content-Length: -1\r\n\r\n" + frame(initialize))
    put("fuzz-lsp-framing", b"X-Header: 1\r\n\r\n{}" + frame(initialize))
    put("fuzz-lsp-framing", b"Content-Length: 2\nContent-Length: 3\r\n\r\n{}" + frame(opened))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--karta", help="a built karta, for the .xlsx status forms")
    arguments = parser.parse_args()
    shutil.rmtree(CORPUS, ignore_errors=True)
    plan_seeds()
    deadline_seeds()
    status_seeds(arguments.karta)
    verify_seeds()
    lsp_seeds()
    for directory in sorted(CORPUS.iterdir()):
        files = list(directory.iterdir())
        size = sum(f.stat().st_size for f in files)
        print(f"{directory.name}: {len(files)} seeds, {size // 1024} KiB")


if __name__ == "__main__":
    main()
