"""Metadata: the form items of a report (F1-F6) and its DocumentInfo — issuing body, number,
place and date, title and trích yếu, signer, recipients.

What it does: read.py is the entry point (`read_metadata`) over the header, title and closing
lines (lines.py); header.py reads the issuer and number, date.py the place and date (blanks, OCR
and wrap splits joined), title.py "BÁO CÁO" and its summary against the ruleset's kind and subject
words, closing.py the signer and "Nơi nhận".
What it leaves to others: which roster unit the issuer is (units.py), the deadline (deadline.py),
the content items (pipeline/check/), reading files (extractors/).
"""

from tdkt.pipeline.metadata.read import MetadataResult, read_metadata

__all__ = ["MetadataResult", "read_metadata"]
