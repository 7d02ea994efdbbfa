#!/usr/bin/env python3
"""Makes the Word fixtures of the import tests from the seed orders' text renderings.

    python3 scripts/make-import-fixtures.py SEEDS_DIR OUT_DIR

needs python-docx (pip install python-docx). For the table orders (003, 004) the roadmap table is
a real Word table: the header row, section rows merged across the table (gridSpan), and cells
with several paragraphs where the text rendering breaks a cell's line. For the collegium decision
(002) every line is a paragraph, and the addressees written in bold in the seed are bold runs.
A last fixture (hostile/) holds a document whose table cell is vertically merged, to test vMerge.
"""
import re
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

ROW_START = re.compile(r"^\d{1,3}(\.\d{1,3})*\.?(\s|$)")


def clean(text):
    text = re.sub(r"</?b>", "", text).replace("*", "")
    return re.sub(r"\[bookmark: [^\]]*\]", "", text)


def parse_text(text):
    """The same reading as SourceDocument(text:) in Sources/KartaImport: paragraphs and tables."""
    blocks, rows, row, width = [], [], None, 0

    def end_row():
        nonlocal row, width
        if row is not None and any(c.strip() for c in row):
            rows.append(row)
            width = width or len(row)
        row = None

    def end_table():
        nonlocal rows, width
        end_row()
        if len(rows) == 1:
            blocks.append(("p", " ".join(c.strip() for c in rows[0] if c.strip())))
        elif rows:
            blocks.append(("table", rows))
        rows, width = [], 0

    for line in text.splitlines():
        if not line.strip() and not (line.startswith("\t") and row is not None):
            if row is not None and (width == 0 or len(row) >= width):
                end_row()
            continue
        if line.startswith("\t"):
            cells = line[1:].split("\t")
            if width and len(cells) > 1 and len(row or []) + len(cells) > width:
                cells = [" ".join(cells)]
            if row is not None and (ROW_START.match(clean(cells[0]).strip()) or (width and len(row) >= width)):
                end_row()
            row = (row or []) + cells
        elif row is not None:
            row[-1] += "\n" + line
        elif "\t" in line:
            rows.append(line.split("\t"))
        else:
            end_table()
            blocks.append(("p", line))
    end_table()
    return blocks


def is_section(cells, width):
    """A heading row: one cell, or a one-level number and a title with the other cells empty."""
    filled = [c for c in cells if c.strip()]
    if len(cells) == 1 or width <= 2:
        return len(cells) == 1
    number = clean(cells[0]).strip().strip(".")
    return len(filled) <= 2 and "." not in number and all(not c.strip() for c in cells[2:])


def add_cell_text(cell, text):
    lines = [clean(l).strip() for l in text.split("\n")]
    lines = [l for l in lines if l] or [""]
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def table_document(blocks, path):
    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(12)
    for kind, content in blocks:
        if kind == "p":
            if content.strip():
                document.add_paragraph(clean(content).strip())
            continue
        width = max(len(r) for r in content)
        table = document.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        for cells in content:
            row = table.add_row()
            if is_section(cells, width):
                merged = row.cells[0].merge(row.cells[width - 1])
                text = " ".join(clean(c).strip() for c in cells if c.strip())
                merged.paragraphs[0].add_run(text).bold = True
                continue
            for index in range(width):
                add_cell_text(row.cells[index], cells[index] if index < len(cells) else "")
    document.save(path)


def resolutions_document(text, path):
    document = Document()
    for line in text.splitlines():
        if not line.strip():
            continue
        paragraph = document.add_paragraph()
        for index, part in enumerate(re.split(r"\*\*", line)):
            if part:
                paragraph.add_run(part.replace("*", "")).bold = index % 2 == 1
    document.save(path)


def vertical_merge_document(path):
    document = Document()
    document.add_paragraph("План мероприятий на 2024 год")
    table = document.add_table(rows=4, cols=4)
    for index, text in enumerate(["№ п/п", "Мероприятие", "Срок", "Ответственные"]):
        table.cell(0, index).text = text
    for row, (number, title, due) in enumerate(
        [("1.1.", "Совещание", "март 2024 года"), ("1.2.", "Семинар", "апрель 2024 года"), ("1.3.", "Отчёт", "май")], 1
    ):
        table.cell(row, 0).text = number
        table.cell(row, 1).text = title
        table.cell(row, 2).text = due
    owner = table.cell(1, 3).merge(table.cell(3, 3))
    owner.text = "Отдел образования"
    document.save(path)


def main():
    seeds, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name, stem in [("003_3414ac84972bb084.txt", "kavalerovo"), ("004_14bfe9cc178f1ed1.txt", "belgorod")]:
        table_document(parse_text((seeds / name).read_text(encoding="utf-8")), out / f"{stem}.docx")
    resolutions_document((seeds / "002_ba14ffaa4ae57fe0.txt").read_text(encoding="utf-8"), out / "sayansk.docx")
    vertical_merge_document(out / "vertical-merge.docx")


if __name__ == "__main__":
    main()
