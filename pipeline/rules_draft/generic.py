"""The cue lists every draft starts from: Vietnamese words of result, plan, negation..., and the
figures stage's unit words and context words. They say how reports are written, not what one
directive asks, so a draft carries them as they are; the clerk tunes them with `tdkt rules test`.
(The same words the hand-made Tây Sơn rules use, without what belongs to that directive.)"""

from __future__ import annotations

RESULT = ["đạt", "đã", "được", "kết quả", "hoàn thành", "công nhận", "tổ chức", "triển khai", "thực hiện",
          "huy động", "vận động", "hỗ trợ", "trao", "tặng", "tham gia", "giải quyết", "ban hành", "tiếp nhận",
          "duy trì", "tăng", "giảm", "lượt", "xây dựng được", "bàn giao", "khởi công", "trao tặng", "khen thưởng",
          "biểu dương", "ứng dụng", "áp dụng", "hưởng ứng", "phát động", "quán triệt", "tuyên truyền", "đóng góp",
          "chi trả", "thăm hỏi", "kiểm tra", "rà soát", "xử lý", "cải thiện", "thành lập", "vượt", "xếp loại",
          "bình xét"]
STRONG_RESULT = ["đạt", "kết quả", "hoàn thành", "công nhận", "huy động", "hỗ trợ", "trao", "tặng",
                 "giải quyết", "tiếp nhận", "tăng", "giảm", "lượt", "xây dựng được", "bàn giao", "khởi công",
                 "đóng góp", "chi trả", "thăm hỏi", "ứng dụng", "áp dụng", "cải thiện", "vượt", "xếp loại"]
NEGATION = ["chưa", "không", "chưa có", "không có", "chưa được"]
NOT_NEGATION = ["không chỉ", "không những", "không ngừng", "không để ai"]
SHORTCOMING = ["^hạn chế", "^tồn tại", "^khuyết điểm", "^khó khăn", "hạn chế :", "tồn tại :", "khuyết điểm :",
               "khó khăn :", "hạn chế tồn tại", "tồn tại hạn chế", "những mặt chưa làm được"]
PLAN_WORDS = ["thời gian tới", "sắp tới", "phấn đấu", "dự kiến", "sẽ"]


def plan_list(period: str) -> list[str]:
    """The plan cue list: what the report's plan section is for ("6 tháng cuối năm", "năm 2024")."""
    extra = ["những tháng cuối năm"] if period == "6 tháng cuối năm" else []
    return [period] + extra + PLAN_WORDS


def history_list(year: int | None) -> list[str]:
    """Results of earlier years: the years two and more before the report's year, earlier periods."""
    words = ["những năm qua", "các năm qua", "những năm trước", "các năm trước", "giai đoạn trước", "trước đây"]
    if year:
        words += [f"năm {y}" for y in range(year - 2, year - 5, -1)]
    return words


UNIT_WORDS = {
    "individuals": ["cá nhân", "đồng chí", "người", "hội viên", "đoàn viên", "đảng viên", "cán bộ, công chức",
                    "công chức", "viên chức", "cán bộ", "giáo viên", "nhân viên", "công nhân", "người lao động",
                    "chiến sĩ", "cán bộ, chiến sĩ", "học sinh", "lượt", "cn", "đ/c"],
    "collectives": ["tập thể", "đơn vị", "cơ quan", "trường", "chi hội", "chi đoàn", "công đoàn cơ sở", "tổ",
                    "thôn", "làng", "khu phố", "phòng", "ban", "đội", "xã", "doanh nghiệp", "hợp tác xã",
                    "chi bộ", "bộ phận", "tt"],
}

FIGURE_CONTEXT = {
    "total": ["tổng cộng", "tổng số", "toàn cụm", "toàn khối", "toàn đơn vị", "toàn ngành", "chung cả", "tổng:"],
    "total_row": ["tổng cộng", "cộng", "tổng số", "tổng", "toàn cụm", "toàn khối"],
    "proposal": ["đề nghị", "đã trình", "trình chủ tịch", "trình ubnd", "trình ủy ban", "trình cấp trên",
                 "tờ trình", "đề xuất", "lập hồ sơ", "hoàn thiện hồ sơ", "xét đề nghị"],
    "award": ["tặng", "công nhận", "đạt danh hiệu", "quyết định", "đã khen", "được khen", "khen thưởng cho",
              "được tặng"],
    "plan": ["chỉ tiêu", "phấn đấu", "dự kiến", "kế hoạch năm", "đăng ký", "giao ước", "mục tiêu"],
    "negation": ["chưa", "không có", "không"],
    "zero_filler": ["trường hợp", "nào", "được", "đề nghị", "xét", "ai"],
    "award_verb": ["khen thưởng", "khen", "tặng", "công nhận"],
    "self_collective": ["tập thể", "cơ quan", "đơn vị", "phòng", "văn phòng", "trung tâm", "chi cục", "trạm"],
    "link": ["đạt", "được", "danh hiệu", "công nhận", "tặng", "là", "xét", "khen thưởng", "khen", "bằng",
             "hình thức", "nhận", "tặng thưởng", "đề nghị", "có", "chiếm", "trong đó", "gồm", "với", "cho", "của",
             "các", "thành tích", "đã", "cấp", "cơ sở", "năm", "tỷ lệ", "tỉ lệ", "đạt tỷ lệ"],
    "breakdown": ["trong đó", "bao gồm", "gồm"],
    "denominator": ["trên tổng số", "trong tổng số", "trên tổng", "tổng số", "trong số", "trên", "trong"],
    "denominator_verb": ["là", "gồm"],
    "section": ["khen thưởng", "công tác khen"],
}
PERCENT_CONTEXT = ["tỷ lệ", "tỉ lệ", "chiếm", "khen", "tặng", "danh hiệu", "được công nhận"]
