"""Typed reading errors, each with a clear Vietnamese message for the office.

Every extractor raises ExtractionError (never anything else escapes `extractors.extract`), so
each bad file gets a row in the output with a reason the clerk can act on.
"""

from __future__ import annotations

# code -> Vietnamese reason shown in the spreadsheet: what happened, then what the clerk can do.
# Codes are stable identifiers for programs. " ({detail})" is dropped when there is no detail.
MESSAGES: dict[str, str] = {
    "empty": "Tệp rỗng (0 byte), không có nội dung. Đề nghị đơn vị gửi lại báo cáo.",
    "too_large": "Tệp quá lớn so với một báo cáo ({detail}), chưa đọc. Kiểm tra thủ công "
                 "hoặc đề nghị đơn vị gửi bản nhẹ hơn (DOCX hoặc PDF).",
    "too_many_pages": "Tệp có quá nhiều trang ({detail}), không giống một báo cáo sơ kết. Kiểm tra thủ công.",
    "corrupt": "Tệp bị hỏng, không đọc được ({detail}). Đề nghị đơn vị gửi lại.",
    "truncated": "Tệp bị cắt cụt (tải về hoặc sao chép chưa xong), không đọc được. "
                 "Tải lại tệp hoặc đề nghị đơn vị gửi lại.",
    "encrypted": "Tệp có đặt mật khẩu, không mở được. Đề nghị đơn vị gửi lại bản không đặt mật khẩu.",
    "zip_bomb": "Tệp có cấu trúc nén bất thường ({detail}), đã từ chối đọc để bảo đảm an toàn. "
                "Đề nghị đơn vị mở bằng Word, lưu lại và gửi lại.",
    "not_a_report": "Tệp không phải văn bản báo cáo ({detail}). Kiểm tra xem đơn vị có gửi nhầm tệp không.",
    "unsupported": "Định dạng tệp không được hỗ trợ ({detail}). Đề nghị đơn vị gửi bản DOCX, DOC hoặc PDF.",
    "wrong_extension": "Phần mở rộng của tệp không đúng với nội dung ({detail}).",
    "no_text": "Không tìm thấy chữ trong tệp (kể cả sau khi nhận dạng ảnh): trang trắng hoặc ảnh quá mờ. "
               "Đề nghị đơn vị gửi bản rõ hơn hoặc bản DOCX/PDF.",
    "conversion_failed": "Không chuyển đổi được tệp Word cũ sang định dạng mới ({detail}). "
                         "Nếu lần chạy sau vẫn lỗi, đề nghị đơn vị gửi bản DOCX hoặc PDF.",
    "timeout": "Đọc tệp quá thời gian cho phép ({detail}). Nếu lần chạy sau vẫn lỗi, kiểm tra thủ công.",
    "ocr_unavailable": "Máy chưa cài công cụ nhận dạng chữ (Tesseract tiếng Việt) nên không đọc được "
                       "bản scan hoặc ảnh chụp ({detail}). Báo cán bộ kỹ thuật cài đặt.",
    "converter_unavailable": "Máy chưa cài LibreOffice nên không đọc được tệp Word cũ (.doc/.odt/.rtf). "
                             "Báo cán bộ kỹ thuật cài đặt, hoặc đề nghị đơn vị gửi bản DOCX.",
    "unreadable": "Không mở được tệp ({detail}). Kiểm tra tệp có đang bị chương trình khác mở "
                  "hoặc bị khóa quyền truy cập không.",
    # A worker's caps breached (extractors/limits.py, tdkt/workers.py): not retried.
    "memory_limit": "Đọc tệp vượt giới hạn bộ nhớ ({detail}), đã dừng để bảo vệ máy. Kiểm tra thủ công "
                    "hoặc đề nghị đơn vị gửi bản nhẹ hơn (DOCX hoặc PDF).",
    "read_timeout": "Tệp quá thời gian đọc ({detail}), đã dừng. Kiểm tra thủ công "
                    "hoặc đề nghị đơn vị gửi bản nhẹ hơn (DOCX hoặc PDF).",
    # Inbox entries that are not reports (extractors/inbox_entries.py, extractors/__init__.py).
    "symlink": "Đây là một liên kết tượng trưng (symbolic link) trỏ tới tệp khác, không phải tệp thật: vì an toàn, tdkt "
               "không đọc và không sao chép nó. Hãy đặt chính tệp báo cáo vào hộp thư đến.",
    "special_file": "Đây không phải tệp thông thường ({detail}), tdkt không mở nó. Báo cán bộ kỹ thuật "
                    "gỡ mục này khỏi hộp thư đến.",
    "archive": "Tệp nén, không phải văn bản báo cáo ({detail}). Hãy giải nén rồi đặt từng báo cáo "
               "vào hộp thư đến, hoặc đề nghị đơn vị gửi từng tệp.",
    "photo_format": "Ảnh chụp ở định dạng tdkt không đọc được ({detail}), thường do điện thoại iPhone "
                    "tạo ra. Hãy gửi ảnh JPEG hoặc bản PDF.",
}


class ExtractionError(Exception):
    """A file that cannot be read. `code` is stable; `message` is Vietnamese for the office."""

    def __init__(self, code: str, detail: str = "", *, transient: bool = False):
        self.code = code
        self.detail = detail
        # Transient failures (a locked file, a LibreOffice hiccup) may be retried by the flow.
        self.transient = transient
        template = MESSAGES.get(code, MESSAGES["unreadable"])
        if not detail:
            template = template.replace(" ({detail})", "")
        self.message = template.format(detail=detail or code)
        super().__init__(f"{code}: {self.message}")
