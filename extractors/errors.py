"""Typed reading errors, each with a clear Vietnamese message for the office.

Every extractor raises ExtractionError (never anything else escapes `extractors.extract`), so
each bad file gets a row in the output with a reason the clerk can act on.
"""

from __future__ import annotations

# code -> Vietnamese reason shown in the spreadsheet. Codes are stable identifiers for programs.
MESSAGES: dict[str, str] = {
    "empty": "Tệp rỗng (0 byte), không có nội dung để đọc.",
    "too_large": "Tệp quá lớn so với một báo cáo ({detail}); đã để riêng để kiểm tra thủ công.",
    "too_many_pages": "Tệp có quá nhiều trang ({detail}), không giống một báo cáo sơ kết.",
    "corrupt": "Tệp bị hỏng hoặc không đầy đủ, không đọc được ({detail}).",
    "truncated": "Tệp bị cắt cụt (tải về hoặc sao chép chưa xong), không đọc được.",
    "encrypted": "Tệp có đặt mật khẩu, không mở được. Đề nghị đơn vị gửi lại bản không mật khẩu.",
    "zip_bomb": "Tệp nén bất thường (dung lượng giải nén quá lớn hoặc quá nhiều thành phần), đã từ chối đọc để bảo đảm an toàn.",
    "not_a_report": "Tệp không phải văn bản báo cáo ({detail}).",
    "unsupported": "Định dạng tệp không được hỗ trợ ({detail}). Đề nghị gửi bản DOCX, DOC hoặc PDF.",
    "wrong_extension": "Phần mở rộng của tệp không đúng với nội dung ({detail}).",
    "no_text": "Không tìm thấy chữ trong tệp (kể cả sau khi nhận dạng ảnh).",
    "conversion_failed": "Không chuyển đổi được tệp Word cũ sang định dạng mới ({detail}).",
    "timeout": "Đọc tệp quá thời gian cho phép ({detail}).",
    "ocr_unavailable": "Máy chưa cài công cụ nhận dạng chữ (Tesseract tiếng Việt) nên không đọc được bản scan.",
    "converter_unavailable": "Máy chưa cài LibreOffice nên không đọc được tệp Word cũ (.doc/.odt/.rtf).",
    "unreadable": "Không đọc được tệp ({detail}).",
}


class ExtractionError(Exception):
    """A file that cannot be read. `code` is stable; `message` is Vietnamese for the office."""

    def __init__(self, code: str, detail: str = "", *, transient: bool = False):
        self.code = code
        self.detail = detail
        # Transient failures (a locked file, a LibreOffice hiccup) may be retried by the flow.
        self.transient = transient
        template = MESSAGES.get(code, MESSAGES["unreadable"])
        self.message = template.format(detail=detail or code).replace(" ()", "")
        super().__init__(f"{code}: {self.message}")
