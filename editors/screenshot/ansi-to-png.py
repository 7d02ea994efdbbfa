#!/usr/bin/env python3
"""Renders a terminal capture (`tmux capture-pane -e -p`, ANSI colours) to a PNG with ImageMagick.

Used for the editor screenshot in docs/editors.md: `python3 ansi-to-png.py capture.ans out.png`.
Cells are drawn on a grid in DejaVu Sans Mono, so Cyrillic text lines up as in the terminal.
"""
import re
import subprocess
import sys

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
SIZE = 15
CELL_W, CELL_H = 9, 19
DEFAULT_FG, DEFAULT_BG = "#d8dee9", "#1d2129"
BASE = ["#1d2129", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#d8dee9",
        "#5c6370", "#ff7b86", "#b5e890", "#f0c050", "#82c4ff", "#e09cf0", "#7fd4e0", "#ffffff"]


def colour(index):
    if index < 16:
        return BASE[index]
    if index < 232:
        index -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[index // 36], steps[index // 6 % 6], steps[index % 6])
    grey = 8 + (index - 232) * 10
    return "#%02x%02x%02x" % (grey, grey, grey)


def cells(text):
    """Each line as a list of (character, fg, bg, bold)."""
    rows = []
    # tmux writes an attribute only when it changes, so it carries over from one line to the next.
    fg, bg, bold, reverse = None, None, False, False
    for line in text.split("\n"):
        row = []
        for part in re.split(r"(\x1b\[[0-9;:]*m)", line):
            if part.startswith("\x1b["):
                codes = [int(c) if c else 0 for c in re.split(r"[;:]", part[2:-1])] or [0]
                i = 0
                while i < len(codes):
                    code = codes[i]
                    if code == 0:
                        fg, bg, bold, reverse = None, None, False, False
                    elif code == 1:
                        bold = True
                    elif code == 22:
                        bold = False
                    elif code == 7:
                        reverse = True
                    elif code == 27:
                        reverse = False
                    elif 30 <= code <= 37:
                        fg = BASE[code - 30]
                    elif 90 <= code <= 97:
                        fg = BASE[code - 90 + 8]
                    elif 40 <= code <= 47:
                        bg = BASE[code - 40]
                    elif 100 <= code <= 107:
                        bg = BASE[code - 100 + 8]
                    elif code in (38, 48, 58) and i + 1 < len(codes):
                        if codes[i + 1] == 5 and i + 2 < len(codes):
                            value = colour(codes[i + 2])
                            i += 2
                        elif codes[i + 1] == 2 and i + 4 < len(codes):
                            value = "#%02x%02x%02x" % tuple(codes[i + 2:i + 5])
                            i += 4
                        else:
                            value = None
                        if code == 38:
                            fg = value
                        elif code == 48:
                            bg = value  # 58 is the underline's colour, which is not drawn
                    elif code == 39:
                        fg = None
                    elif code == 49:
                        bg = None
                    i += 1
                continue
            for character in part:
                shown_fg, shown_bg = fg or DEFAULT_FG, bg or DEFAULT_BG
                if reverse:
                    shown_fg, shown_bg = shown_bg, shown_fg
                row.append((character, shown_fg, shown_bg, bold))
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def main(source, target):
    rows = cells(open(source, encoding="utf-8").read())
    width = max(len(r) for r in rows) * CELL_W + 16
    height = len(rows) * CELL_H + 16
    command = ["convert", "-size", f"{width}x{height}", f"xc:{DEFAULT_BG}", "-pointsize", str(SIZE)]
    for y, row in enumerate(rows):
        x = 0
        while x < len(row):
            _, fg, bg, bold = row[x]
            end = x
            while end < len(row) and row[end][1:] == (fg, bg, bold):
                end += 1
            text = "".join(c for c, *_ in row[x:end])
            left, top = 8 + x * CELL_W, 8 + y * CELL_H
            if bg != DEFAULT_BG:
                command += ["-fill", bg, "-draw", f"rectangle {left},{top} {left + (end - x) * CELL_W - 1},{top + CELL_H - 1}"]
            if text.strip():
                # One annotation per cell keeps the grid exact whatever the font's advance.
                for offset, character in enumerate(text):
                    if character == " ":
                        continue
                    escaped = character.replace("\\", "\\\\").replace("%", "%%")
                    command += ["-font", BOLD if bold else FONT, "-fill", fg,
                                "-annotate", f"+{left + offset * CELL_W}+{top + CELL_H - 5}", escaped]
            x = end
    command.append(target)
    subprocess.run(command, check=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
