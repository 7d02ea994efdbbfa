#!/usr/bin/env python3
"""Opens Karta's Office outputs with the libraries other programs use, and fills a form as a
person would: the Excel status form with openpyxl (sheets, labels, drop-down list, protection,
date cells; filled, saved, and read back by `karta check`), the Word report with python-docx, and
`karta import` of a Word document python-docx wrote.

    python3 scripts/check-office.py path/to/karta

needs openpyxl and python-docx (pip install openpyxl python-docx).
"""
import datetime
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import openpyxl

ROOT = Path(__file__).resolve().parent.parent


def run(karta, *arguments, expect=(0, 1)):
    result = subprocess.run([karta, *arguments], capture_output=True, text=True)
    if result.returncode not in expect:
        sys.exit(f"karta {' '.join(arguments)} exited {result.returncode}:\n{result.stderr}")
    return result


def check_form(karta, folder):
    form = folder / "form.xlsx"
    run(karta, "template", str(ROOT / "Rules/kavalerovo.plan"), "--party", "UO", "--format", "xlsx",
        "--as-of", "2024-03-01", "-o", str(form), expect=(0,))
    book = openpyxl.load_workbook(form)
    assert book.sheetnames == ["Форма", "Как заполнить"], book.sheetnames
    sheet = book["Форма"]
    header = next(row for row in sheet.iter_rows() if row[0].value == "Пункт")
    columns = {cell.value: cell.column_letter for cell in header}
    assert "Состояние" in columns and "Дата исполнения" in columns, columns
    first = header[0].row + 1
    assert sheet.protection.sheet, "the form is not protected"
    assert sheet[f"A{first}"].protection.locked and not sheet[f"{columns['Состояние']}{first}"].protection.locked
    validation = sheet.data_validations.dataValidation[0]
    assert validation.type == "list" and "выполнено" in validation.formula1, validation.formula1
    assert f"{columns['Состояние']}{first}" in validation.sqref
    assert sheet[f"{columns['Дата исполнения']}{first}"].is_date
    sheet[f"{columns['Состояние']}{first}"] = "выполнено"
    sheet[f"{columns['Дата исполнения']}{first}"] = datetime.date(2024, 2, 20)
    sheet[f"{columns['Состояние']}{first + 1}"] = "в работе"
    sheet[f"{columns['Информация об исполнении']}{first + 1}"] = "проект; на согласовании"
    item = sheet[f"A{first}"].value
    filled = folder / "filled.xlsx"
    book.save(filled)
    form.unlink()
    result = run(karta, "check", str(ROOT / "Rules/kavalerovo.plan"), str(folder), "--as-of", "2024-03-01",
                 "--format", "json")
    report = json.loads(result.stdout)
    states = {o["item"]: o["state"] for o in report["obligations"]}
    assert states[item] == "done", states[item]
    sheet[f"{columns['Состояние']}{first}"] = "сделано"
    book.save(filled)
    result = run(karta, "check", str(ROOT / "Rules/kavalerovo.plan"), str(filled), "--as-of", "2024-03-01",
                 expect=(2,))
    assert f"Форма!{columns['Состояние']}{first}" in result.stderr, result.stderr
    filled.unlink()


def check_report(karta, folder):
    arguments = (ROOT / "Examples/irkutsk/check.args").read_text().split()
    arguments = [a if a.startswith("-") or a[0].isdigit() else str(ROOT / a) for a in arguments]
    output = folder / "report.docx"
    run(karta, "check", *arguments, "--format", "docx", "-o", str(output))
    document = docx.Document(output)
    title = document.paragraphs[0].text
    assert title.startswith("Информация о ходе исполнения плана мероприятий"), title
    assert "по состоянию на 01.07.2024" in title, title
    table = document.tables[0]
    assert table.rows[0].cells[0].text == "№ п/п"
    assert any("Не исполнено" in cell.text for row in table.rows for cell in row.cells)
    section = document.sections[0]
    assert section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
    assert abs(section.page_width.mm - 297) < 1 and abs(section.page_height.mm - 210) < 1
    assert any(p.text == "Не представили информацию" for p in document.paragraphs)


def check_import(karta, folder):
    document = docx.Document()
    document.add_paragraph("ПРИКАЗ")
    document.add_paragraph("15.03.2024 № 12")
    document.add_paragraph("Об утверждении плана мероприятий на 2024 год")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["№ п/п", "Мероприятие", "Срок", "Ответственные"]):
        cell.text = text
    section = table.add_row().cells
    section[0].merge(section[3]).text = "1. Организация"
    for number, title, due, owners in [("1.1.", "Совещание", "до 1 апреля 2024 года", "Отдел образования, ОО"),
                                       ("1.2.", "Мониторинг", "май\n2024 года", "ОО")]:
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text, row[3].text = number, title, due, owners
    source = folder / "order.docx"
    document.save(source)
    plan = folder / "order.plan"
    result = run(karta, "import", str(source), "-o", str(plan), expect=(0,))
    assert "2 items" in result.stderr, result.stderr
    text = plan.read_text(encoding="utf-8")
    assert "срок: май 2024 года" in text and "раздел 1: 1. Организация" in text, text
    run(karta, "lint", str(plan), expect=(0,))


def main():
    karta = sys.argv[1]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        check_form(karta, folder)
        check_report(karta, folder)
        check_import(karta, folder)
    print("office outputs open in openpyxl and python-docx; a form filled by openpyxl reads back")


if __name__ == "__main__":
    main()
