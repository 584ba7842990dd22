"""Output: the judged records written for people and programs — reports.json, the compliance
workbook, the summary CSV — atomically and safely.

What it does: table.py turns records into one plain-row Table per sheet (pure), overview.py the
Tổng hợp rows and the per-cluster view, workbook.py styles them into .xlsx (XlsxWriter,
constant memory; text_fit.py sizes rows for print), safe_cells.py defuses formulas and control
characters, file_units.py names the unit of an unreadable file, outputs.py writes every format
atomically (write_guard.py: free space and file-system failures in Vietnamese).
What it leaves to others: judging (pipeline/judge.py), which file speaks for a unit
(supersede.py) and the clerk's decisions (overrides.py), when to write (flows/, tdkt/).
"""
