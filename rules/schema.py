"""The one schema of tdkt's rules: the rules file, the figures file merged into it, the roster.

pydantic v2 models with `extra="forbid"` (a misspelt key is an error, never ignored), Literal
types for the enumerations (item source, section context, figure kind and unit, unit types),
strict booleans and integers, and validators for the cross-references: an item's `figure:` and
`section:`, `exclude_contexts`, `required_parts`, a figure's `item` and `absorbs`, the unit types
under `deadlines.by_type`. The names a cross-reference may use are collected from the raw data
first and handed to pydantic as the validation context (`names_of`).

The models only validate: the engine keeps reading the raw dicts, so validation never changes a
judgement. Every message is Vietnamese and names what is allowed; turning pydantic's errors into
located messages (file, line, key) is diagnose.py's job, loading the files loader.py's.
docs/rules.md documents every key declared here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt, ValidationInfo,
                      field_validator, model_validator)
from pydantic_core import PydanticCustomError

from tdkt.pipeline.record import UNIT_TYPES

# Vietnamese names of the unit types, for messages (the same as the workbook's).
UNIT_TYPE_NAMES = {
    "commune": "xã", "town": "thị trấn", "department": "phòng/ban", "mass_org": "hội/đoàn thể",
    "armed_forces": "lực lượng vũ trang", "provincial_unit": "đơn vị thuộc tỉnh",
    "cluster": "cụm/khối thi đua", "education": "giáo dục", "unknown": "chưa rõ",
}
METADATA_KEYS = ("F1", "F2", "F3", "F4", "F5", "F6")  # what pipeline.metadata judges
SECTION_CONTEXTS = ("plan", "proposal")
FORM_SECTION = "form"


def problem(message: str) -> PydanticCustomError:
    """A validation error whose text is exactly `message` (Vietnamese)."""
    return PydanticCustomError("tdkt", "{message}", {"message": message})


# --- value types ----------------------------------------------------------------------------

def _as_name(value):
    """IDs and names may be written as numbers in YAML (`id: 1`): the engine str()s them too."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _as_phrase(value):
    """A matching phrase: plain words ("a ... b", "^x"), "re:" and a regular expression, or the
    guarded form {phrase: ..., not_after: [...], not_before: [...]} (PhraseForm)."""
    value = _as_name(value)
    if isinstance(value, dict):
        return _phrase_form(value)
    if not isinstance(value, str):
        raise problem(f"cụm từ phải là chữ, không phải {_shown(value)}")
    if value.startswith("re:"):
        from tdkt.pipeline import regex_cache

        pattern = value[3:].strip()
        try:
            regex_cache.compile(pattern)
        except re.error as exc:
            where = f" ở vị trí {exc.pos + 1}" if exc.pos is not None else ""
            raise problem(f"biểu thức chính quy sai '{pattern}'{where} ({exc.msg})") from None
    elif not value.strip(" ^."):
        raise problem("có cụm từ rỗng")
    return value


def _phrase_form(value: dict) -> PhraseForm:
    """The guarded form, checked by its own model; its first problem said in one Vietnamese line."""
    from pydantic import ValidationError

    try:
        return PhraseForm.model_validate(value)
    except ValidationError as exc:
        from tdkt.rules.diagnose import _message

        err = exc.errors(include_url=False)[0]
        loc = tuple(err["loc"])
        where = ".".join(str(x) for x in loc if isinstance(x, str))
        text = _message(err, loc, PhraseForm)
        raise problem(f"cụm từ có điều kiện {{phrase: ...}}: {where + ': ' if where and err['type'] == 'tdkt' else ''}"
                      f"{text}") from None


def _plain_word(value):
    """A word or words of a guard: matched as written, whole words, no pattern."""
    value = _as_text(value)
    if not isinstance(value, str):
        raise problem(f"phải là chữ, không phải {_shown(value)}")
    if value.startswith(("re:", "^")) or "..." in value:
        raise problem(f"'{value}': ở đây chỉ viết từ thường (không dùng 're:', '...' hay '^')")
    return value


PlainWord = Annotated[str, BeforeValidator(_plain_word)]


class PhraseForm(BaseModel):
    """A phrase that does not count right after / right before some words: the plain-data form of
    a regex lookbehind (`not_after`) and lookahead (`not_before`). "vận động" but not "cuộc vận
    động"; "cấp" (a grant) but not "các cấp", "cấp huyện" (a level)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    phrase: Annotated[str, BeforeValidator(lambda v: _as_phrase(_as_name(v)) if not isinstance(v, dict) else v)]
    not_after: list[PlainWord] = Field(default_factory=list)
    not_before: list[PlainWord] = Field(default_factory=list)

    @field_validator("not_after", "not_before", mode="before")
    @classmethod
    def _one_or_list(cls, value):
        return [value] if isinstance(value, (str, int)) else value

    @field_validator("phrase")
    @classmethod
    def _not_regex(cls, value):
        if not isinstance(value, str):
            raise problem("phrase phải là một cụm từ, không phải một bảng")
        if value.startswith("re:"):
            raise problem(f"phrase '{value}': cụm từ có điều kiện viết bằng chữ thường, không dùng 're:'")
        return value

    @model_validator(mode="after")
    def _guarded(self):
        if not (self.not_after or self.not_before):
            raise problem(f"cụm từ '{self.phrase}' cần 'not_after' (các từ không được đứng ngay trước) hoặc "
                          f"'not_before' (các từ không được đứng ngay sau); không có thì viết cụm từ thường")
        return self


def _plain_phrases(value: list) -> list:
    """Words matched as written (title words, protected names): no "re:", no "...", no "^"."""
    for phrase in value:
        if not isinstance(phrase, str):
            raise problem(f"'{getattr(phrase, 'phrase', phrase)}': ở đây chỉ viết cụm từ thường, không dùng "
                          f"dạng {{phrase: ..., not_after: ...}}")
        if phrase.startswith("re:") or "..." in phrase or phrase.startswith("^"):
            raise problem(f"'{phrase}': ở đây chỉ viết cụm từ thường (không dùng 're:', '...' hay '^')")
    return value


def _as_text(value):
    value = _as_name(value)
    if isinstance(value, str) and not value.strip():
        raise problem("không được để trống")
    return value


def _as_date(value):
    """A date as YAML writes it (2023-06-23), or the same in quotes."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise problem(f"không phải ngày hợp lệ: {_shown(value)} (viết năm-tháng-ngày, ví dụ 2023-06-23)")


def _as_unit_type(value):
    if value not in UNIT_TYPES:
        allowed = ", ".join(f"{t} ({UNIT_TYPE_NAMES[t]})" for t in UNIT_TYPES)
        raise problem(f"loại đơn vị {_shown(value)} không có (chọn: {allowed})")
    return value


def _as_number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise problem(f"phải là một số, không phải {_shown(value)}")
    return float(value)


def _shown(value) -> str:
    return "rỗng" if value is None else f"'{value}'"


Name = Annotated[str, BeforeValidator(_as_name)]
Phrase = Annotated[str | PhraseForm, BeforeValidator(_as_phrase)]
Text = Annotated[str, BeforeValidator(_as_text)]
Date = Annotated[dt.date, BeforeValidator(_as_date)]
UnitType = Annotated[str, BeforeValidator(_as_unit_type)]
Number = Annotated[float, BeforeValidator(_as_number)]
Phrases = list[Phrase]
Texts = list[Text]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def names_of(info: ValidationInfo, kind: str) -> set[str] | None:
    """The names a cross-reference may use (collected by `reference_names`); None: not checked."""
    return (info.context or {}).get(kind)


def reference_names(raw: dict) -> dict[str, set[str] | None]:
    """What cross-references may name, read from the raw (merged) ruleset before validation."""
    def ids(entries) -> set[str]:
        return {str(e["id"]) for e in entries if isinstance(e, dict) and "id" in e} if isinstance(entries, list) else set()

    language = raw.get("language") if isinstance(raw.get("language"), dict) else {}
    figures = raw.get("figures")
    return {
        "figures": {str(k) for k in figures} if isinstance(figures, dict) else set(),
        "items": ids(raw.get("items")) if "items" in raw else None,  # a figures file checked alone
        "sections": ids(raw.get("sections")),
        "lists": {str(k) for k, v in language.items() if isinstance(v, list)},
        "repeated_items": _repeated(raw.get("items")),
        "repeated_sections": _repeated(raw.get("sections")),
    }


def _repeated(entries) -> set[str]:
    if not isinstance(entries, list):
        return set()
    ids = [str(e["id"]) for e in entries if isinstance(e, dict) and "id" in e]
    return {i for i in ids if ids.count(i) > 1}


def _not_repeated(value: str, info: ValidationInfo, kind: str, what: str) -> str:
    if value in (names_of(info, kind) or ()):
        raise problem(f"{what} '{value}' bị lặp: mỗi {what} chỉ được dùng một lần")
    return value


def _known(value: str, known: set[str] | None, what: str, where: str) -> str:
    if known is not None and value not in known:
        have = ", ".join(sorted(known)) or "chưa có"
        raise problem(f"{what} '{value}' không có trong {where} (có: {have})")
    return value


def _all_known(values: list[str], known: set[str] | None, what: str, where: str) -> list[str]:
    for value in values:
        _known(value, known, what, where)
    return values


# --- the rules file -------------------------------------------------------------------------

class Period(Model):
    year: StrictInt
    half: Literal[1, 2] | None = None
    # The report the directive asks for (F4): its kind, the words that name that kind and the
    # subject in a title, and the kind's name in the F4 note (pipeline/metadata/title.py).
    kind: Literal["so_ket", "tong_ket"] | None = None
    kind_words: Phrases = Field(default_factory=list)
    subject_words: Phrases = Field(default_factory=list)
    name: Text | None = None

    @field_validator("kind_words", "subject_words")
    @classmethod
    def _plain(cls, value):
        return _plain_phrases(value)


class Deadlines(Model):
    default: Date | None = None
    by_type: dict[UnitType, Date] = Field(default_factory=dict)


class Topic(Model):
    any: Phrases = Field(min_length=1)
    min_sentences: StrictInt = Field(1, ge=1)
    min_body: StrictInt = Field(0, ge=0)
    note: Text | None = None


class Language(BaseModel):
    """Fixed keys, and any number of named phrase lists that items refer to by name."""

    model_config = ConfigDict(extra="allow", frozen=True)
    __pydantic_extra__: dict[str, Phrases]

    numbers: StrictBool = True
    title_contexts: list[Name] = Field(default_factory=list)
    nested_title_contexts: list[Name] = Field(default_factory=list)
    assessment_sections: list[Name] = Field(default_factory=list)

    @field_validator("title_contexts")
    @classmethod
    def _lists_exist(cls, value, info: ValidationInfo):
        return _all_known(value, names_of(info, "lists"), "danh sách", "'language'")

    @field_validator("nested_title_contexts")
    @classmethod
    def _nested_are_title_contexts(cls, value, info: ValidationInfo):
        return _all_known(value, set(info.data.get("title_contexts") or ()), "danh sách", "'title_contexts'")

    @field_validator("assessment_sections")
    @classmethod
    def _sections_exist(cls, value, info: ValidationInfo):
        for sid in value:
            _known(sid, names_of(info, "sections"), "phần", "'sections'")
        return value


class Section(Model):
    id: Name
    label: Text | None = None
    title: Phrases = Field(default_factory=list)
    content: Phrases = Field(default_factory=list)
    not_title: Phrases = Field(default_factory=list)
    context: Literal["plan", "proposal"] | None = None

    @field_validator("id")
    @classmethod
    def _unique(cls, value, info: ValidationInfo):
        return _not_repeated(value, info, "repeated_sections", "mã phần")


class Part(Model):
    name: Name
    any: Phrases = Field(default_factory=list)
    figure: Name | None = None

    @field_validator("figure")
    @classmethod
    def _figure_exists(cls, value, info: ValidationInfo):
        return _known(value, names_of(info, "figures"), "số liệu", "'figures'")

    @model_validator(mode="after")
    def _says_something(self):
        if not (self.any or self.figure):
            raise problem(f"phần con '{self.name}' cần 'any' hoặc 'figure'")
        return self


class Full(Model):
    any: Phrases = Field(min_length=1)
    note: Text | None = None  # the note when `full` holds (default: "Có nội dung đầy đủ")
    # Where its phrase must be: in the reporting sentence itself (default), or in its passage
    # (the content under the same heading: limitations in one sentence, causes in the next).
    within: Literal["sentence", "passage"] = "sentence"


class Mention(Model):
    name: Text
    any: Phrases = Field(min_length=1)


class Item(Model):
    id: Name
    label: Text | None = None
    section: Name | None = None
    source: Literal["text", "metadata", "deadline"] = "text"
    key: Literal["F1", "F2", "F3", "F4", "F5", "F6"] | None = None
    any: Phrases = Field(default_factory=list)
    context: Phrases | None = None
    numbers: StrictBool | None = None
    require_number: StrictBool = False
    negative_ok: StrictBool = False
    quoted_needs_result: StrictBool = False
    exclude: Phrases = Field(default_factory=list)
    exclude_contexts: list[Name] = Field(default_factory=list)
    exclude_sections: list[Name] = Field(default_factory=list)
    parts: list[Part] = Field(default_factory=list)
    min_parts: StrictInt | None = Field(None, ge=1)
    required_parts: list[Name] = Field(default_factory=list)
    full: Full | None = None
    partial_note: Text | None = None
    mentions: list[Mention] = Field(default_factory=list)
    figure: Name | None = None
    figure_required: StrictBool = False
    # Present needs a quantity in a reporting sentence; results told only in words are partial.
    needs_quantity: StrictBool = False
    section_content: list[Name] = Field(default_factory=list)
    # A section_content sentence counts only with a cue of this language list, and none of that one.
    section_needs: Name | None = None
    section_unless: Name | None = None
    # With figure_required: a mention without a figure counts as the figure in words only with a cue of
    # this language list.
    words_need: Name | None = None

    @field_validator("id")
    @classmethod
    def _unique(cls, value, info: ValidationInfo):
        return _not_repeated(value, info, "repeated_items", "mã mục")

    @field_validator("section")
    @classmethod
    def _section_exists(cls, value, info: ValidationInfo):
        sections = names_of(info, "sections")
        if not sections or value == FORM_SECTION or value in sections \
                or any(s.startswith(value + ".") for s in sections):
            return value
        raise problem(f"phần '{value}' không có trong 'sections' (có: {', '.join(sorted(sections))}; "
                      f"hoặc '{FORM_SECTION}' cho mục thể thức, thời hạn)")

    @field_validator("key")
    @classmethod
    def _key_for_metadata(cls, value, info: ValidationInfo):
        if value is not None and info.data.get("source") != "metadata":
            raise problem("'key' chỉ dùng với source: metadata")
        return value

    @field_validator("context", mode="before")
    @classmethod
    def _context_name(cls, value, info: ValidationInfo):
        """A list of phrases, `none`, or the name of a list under `language:`."""
        if isinstance(value, str):
            if value != "none":
                _known(value, names_of(info, "lists"), "danh sách", "'language' (hoặc viết context: none)")
            return None
        return value

    @field_validator("exclude_contexts")
    @classmethod
    def _contexts_exist(cls, value, info: ValidationInfo):
        lists = names_of(info, "lists")
        return _all_known(value, None if lists is None else lists | set(SECTION_CONTEXTS), "ngữ cảnh",
                          "'language' hay các ngữ cảnh của phần (plan, proposal)")

    @field_validator("section_needs", "section_unless")
    @classmethod
    def _list_exists(cls, value, info: ValidationInfo):
        return value if value is None else _known(value, names_of(info, "lists"), "danh sách", "'language'")

    @field_validator("exclude_sections", "section_content")
    @classmethod
    def _sections_exist(cls, value, info: ValidationInfo):
        for sid in value:
            _known(sid, names_of(info, "sections"), "phần", "'sections'")
        return value

    @field_validator("min_parts")
    @classmethod
    def _min_parts_fit(cls, value, info: ValidationInfo):
        parts = info.data.get("parts")
        if value is not None and parts is not None and value > max(len(parts), 1):
            raise problem(f"min_parts phải là số nguyên từ 1 đến {len(parts)} (số phần con trong 'parts')")
        return value

    @field_validator("required_parts")
    @classmethod
    def _parts_exist(cls, value, info: ValidationInfo):
        names = [p.name for p in info.data.get("parts") or []]
        for name in value:
            if name not in names:
                raise problem(f"'{name}' không phải tên phần con nào (có: {'; '.join(names) or 'chưa có parts'})")
        return value

    @field_validator("figure")
    @classmethod
    def _figure_exists(cls, value, info: ValidationInfo):
        return _known(value, names_of(info, "figures"), "số liệu", "'figures'")

    @field_validator("figure_required")
    @classmethod
    def _figure_given(cls, value, info: ValidationInfo):
        if value and not info.data.get("figure"):
            raise problem("figure_required: true cần 'figure' (tên số liệu mà mục phải có)")
        return value

    @model_validator(mode="after")
    def _judged_somehow(self):
        if self.source == "metadata" and (self.key or self.id) not in METADATA_KEYS:
            raise problem(f"mục '{self.id}' lấy từ thể thức văn bản cần 'key' là một trong "
                          f"{', '.join(METADATA_KEYS)}")
        if self.source == "text" and self.section == FORM_SECTION:
            raise problem(f"mục '{self.id}' ở section: form phải có source: metadata hoặc deadline")
        if self.source == "text" and not (self.any or self.parts or self.section_content):
            raise problem(f"mục '{self.id}' cần 'any', 'parts' hoặc 'section_content' để biết khi nào mục "
                          f"được báo cáo")
        if self.min_parts is not None and not self.parts:
            raise problem(f"mục '{self.id}': min_parts chỉ dùng khi có 'parts'")
        return self


# --- the figures file -----------------------------------------------------------------------

class Figure(Model):
    label: Text | None = None
    item: Name | None = None
    kind: Literal["count", "percent", "money"] = "count"
    titles: Texts = Field(min_length=1)
    synonyms: dict[Text, Text] = Field(default_factory=dict)
    unit: Literal["individuals", "collectives", "any", "both"] = "any"
    count_words: Texts = Field(default_factory=list)
    not_followed_by: Texts = Field(default_factory=list)
    not_preceded_by: Texts = Field(default_factory=list)
    exclude_context: Phrases = Field(default_factory=list)  # guarded forms too: {phrase: năm học, not_before: [...]}
    zero: Texts = Field(default_factory=list)
    absorbs: list[Name] = Field(default_factory=list)
    absorb_when: Texts = Field(default_factory=list)
    parts_add: StrictBool = False
    # Recipients named one by one ("cho Phòng Nội vụ", "đồng chí Lê Văn A") count one each, in any
    # statement of the figure (context.named_recipient says what precedes a name).
    count_named: StrictBool = False
    period_label: Texts = Field(default_factory=list)
    context_any: Texts = Field(default_factory=list)
    # (percent) The other group's figure: when a stated total of awarded people is split in two
    # counts and that figure's title names one, the other count is this figure's share.
    complement: Name | None = None
    # Read and expected only from reports of these unit types (empty: from every unit).
    unit_types: list[UnitType] = Field(default_factory=list)

    @field_validator("item")
    @classmethod
    def _item_exists(cls, value, info: ValidationInfo):
        return _known(value, names_of(info, "items"), "mục", "'items'")

    @field_validator("absorbs")
    @classmethod
    def _figures_exist(cls, value, info: ValidationInfo):
        return _all_known(value, names_of(info, "figures"), "số liệu", "'figures'")

    @field_validator("complement")
    @classmethod
    def _complement_exists(cls, value, info: ValidationInfo):
        return value if value is None else _known(value, names_of(info, "figures"), "số liệu", "'figures'")


class UnitWords(Model):
    individuals: Texts = Field(default_factory=list)
    collectives: Texts = Field(default_factory=list)
    # Words that open with a unit word yet name something else ("trường hợp" is a case, not a school).
    not_units: Texts = Field(default_factory=list)


class FigureContext(Model):
    """The context word lists pipeline/figures/ reads, by their fixed names."""

    total: Phrases = Field(default_factory=list)  # guarded forms too: {phrase: tổng số, not_before: [tiền]}
    total_row: Texts = Field(default_factory=list)
    proposal: Phrases = Field(default_factory=list)  # guarded too: {phrase: đề nghị, not_after: [theo]}
    award: Texts = Field(default_factory=list)
    plan: Texts = Field(default_factory=list)
    negation: Texts = Field(default_factory=list)
    bound: Texts = Field(default_factory=list)  # "không vượt quá 30%": a limit kept within, not the ratio reached
    pending: Texts = Field(default_factory=list)  # "Đối với danh hiệu ..., chưa có quyết định": still proposals
    zero_filler: Texts = Field(default_factory=list)
    award_verb: Texts = Field(default_factory=list)
    self_collective: Texts = Field(default_factory=list)
    member_row: Texts = Field(default_factory=list)
    own_part_row: Texts = Field(default_factory=list)  # a row-name column headed "Thôn", "Tổ, phòng": the unit's parts
    member_heading: Texts = Field(default_factory=list)  # a row-name column headed "Xã", "Trường": the members
    named_recipient: Texts = Field(default_factory=list)
    link: Texts = Field(default_factory=list)
    breakdown: Texts = Field(default_factory=list)
    denominator: Texts = Field(default_factory=list)
    denominator_verb: Texts = Field(default_factory=list)
    structure: Texts = Field(default_factory=list)  # "Cơ cấu ...: A 21 người; B 04 người": the parts are the whole
    others_scope: Texts = Field(default_factory=list)  # "Kết quả toàn huyện": another scope's figures, not the unit's
    own_scope: Texts = Field(default_factory=list)  # "...; riêng cơ quan ...": a later clause turning to the unit's own
    report_opening: Texts = Field(default_factory=list)  # "..., Hội báo cáo như sau:": the report's opening, no lead-in (report_opening.py)
    composition: Texts = Field(default_factory=list)  # "Hội đồng ... gồm 05 thành viên": a body's make-up follows
    composition_unit: Texts = Field(default_factory=list)  # its member words ("thành viên", "ủy viên")
    member_group: Texts = Field(default_factory=list)  # "a) Các cơ quan ... trong Khối": one group of a bloc's members
    counted_things: Texts = Field(default_factory=list)  # "27 sản phẩm đạt giải": a count of a thing, no title's
    member_sections: Texts = Field(default_factory=list)  # "II. ... CỦA CÁC THÀNH VIÊN KHỐI": one sub-section per member
    others_part: Texts = Field(default_factory=list)  # a part titled "... THƯỜNG TRỰC THI ĐUA ... CỦA HUYỆN": the district's
    plan_part: Texts = Field(default_factory=list)  # a part titled "NHIỆM VỤ ... 6 THÁNG CUỐI NĂM": targets only
    plan_table: Texts = Field(default_factory=list)  # "Bảng chỉ tiêu đăng ký ...": a table title that stays the plan's
    party_grantor: Texts = Field(default_factory=list)  # "Giấy khen của Đảng ủy xã" in a titles table: the Party's
    own_period: Phrases = Field(default_factory=list)  # guarded too ({phrase: 6 tháng đầu năm, not_before: [2022]}); a sentence opening "Sáu tháng đầu năm 2023 ...": the period's own
    past_period: Texts = Field(default_factory=list)  # a sentence opening "Năm 2022, ...": the year before's
    deed: Texts = Field(default_factory=list)  # "... có thành tích ... trong ...": a proposal for this half year's work
    past_opener: Texts = Field(default_factory=list)  # a paragraph opening "Trong năm 2022, ...": that year's work
    current_period: Texts = Field(default_factory=list)  # "2023", "6 tháng đầu năm": this period named, no past work
    section: Texts = Field(default_factory=list)
    # Office words read folded by one helper each (pipeline/figures/rules.py FOLDED_LISTS):
    decided_label: Texts = Field(default_factory=list)  # "Đã có quyết định khen thưởng: 03": the awards made (decided.py)
    decided_label_tail: Texts = Field(default_factory=list)  # a verb after a decided label's words ("... khen thưởng:")
    pending_label: Texts = Field(default_factory=list)  # "Đã đề nghị, đang chờ quyết định: 04": proposals, no award
    superseded_column: Texts = Field(default_factory=list)  # "Đã báo cáo tại BC số 78": set aside ... (corrections.py)
    corrected_column: Texts = Field(default_factory=list)  # ... when "Số liệu điều chỉnh" stands beside it
    appendix_ref_before: Texts = Field(default_factory=list)  # "có tên tại Mục" before the Mục's number (appendix_refs.py)
    appendix_ref_after: Texts = Field(default_factory=list)  # "Phụ lục" after it
    appendix_named_body: Texts = Field(default_factory=list)  # "cho tập thể" before a body named beside them


class Check(Model):
    """A plausibility check: a figure (or the sum of several, or a ratio to `per`) above or below
    a threshold, for some unit types, warned with the ruleset's own Vietnamese message."""

    figure: Name | None = None
    sum: list[Name] = Field(default_factory=list)
    per: Name | None = None
    above: Number | None = None
    below: Number | None = None
    unit_types: list[UnitType] = Field(default_factory=list)
    message: Text

    @field_validator("figure", "per")
    @classmethod
    def _figure_exists(cls, value, info: ValidationInfo):
        return value if value is None else _known(value, names_of(info, "figures"), "số liệu", "'figures'")

    @field_validator("sum")
    @classmethod
    def _figures_exist(cls, value, info: ValidationInfo):
        return _all_known(value, names_of(info, "figures"), "số liệu", "'figures'")

    @model_validator(mode="after")
    def _complete(self):
        if (self.figure is None) == (not self.sum):
            raise problem("kiểm tra cần đúng một trong 'figure' (một số liệu) hoặc 'sum' (cộng nhiều số liệu)")
        if self.above is None and self.below is None:
            raise problem("kiểm tra cần ngưỡng 'above' (cảnh báo khi lớn hơn) hoặc 'below' (khi nhỏ hơn)")
        named = {self.figure, self.per, *self.sum, "value"} - {None}
        for placeholder in re.findall(r"\{(\w+)\}", self.message):
            if placeholder not in named:
                raise problem(f"message: '{{{placeholder}}}' không phải số liệu của kiểm tra này "
                              f"(dùng được: {', '.join('{' + n + '}' for n in sorted(named))})")
        return self


class Plausibility(Model):
    max_cstdcs_share_of_ldtt: Number | None = Field(None, alias="max_cstdcs_share_of_lđtt", ge=0)
    percent_min: Number | None = None
    percent_max: Number | None = None
    ratio_tolerance: Number | None = Field(None, ge=0)
    max_ratio_sum: Number | None = None
    checks: list[Check] = Field(default_factory=list)


class FiguresPart(Model):
    """What a figures file (`include:`d by a rules file) may hold."""

    figures: dict[Name, Figure] = Field(default_factory=dict)
    unit_words: UnitWords | None = None
    context: FigureContext | None = None
    plausibility: Plausibility | None = None


class Ruleset(FiguresPart):
    id: Name
    title: Text | None = None
    period: Period | None = None
    include: list[Text] = Field(default_factory=list)
    deadlines: Deadlines | None = None
    topic: Topic | None = None
    language: Language | None = None
    # Official names whose words never count as context (result, plan, history, target...).
    protected_names: Phrases = Field(default_factory=list)
    # This ruleset's own short forms, beside the shared rules/abbreviations.yaml (a district's or a
    # sector's: "XDNTM: xây dựng nông thôn mới"); whole words, any case, in reports and rules alike.
    abbreviations: dict[Text, Text] = Field(default_factory=dict)
    sections: list[Section] = Field(default_factory=list)
    items: list[Item] = Field(min_length=1)

    @field_validator("protected_names")
    @classmethod
    def _names_plain(cls, value):
        for phrase in value:
            if not isinstance(phrase, str):
                raise problem(f"'{phrase.phrase}': tên được bảo vệ viết như trong văn bản (không dùng dạng "
                              f"{{phrase: ..., not_after: ...}})")
            if phrase.startswith(("re:", "^")):
                raise problem(f"'{phrase}': tên được bảo vệ viết như trong văn bản (không dùng 're:' hay '^'; "
                              f"'...' thay cho vài từ thì được)")
        return value


# --- the abbreviations file -------------------------------------------------------------------

class AbbreviationsFile(Model):
    """rules/abbreviations.yaml: short forms and spelling variants expanded before matching."""

    abbreviations: dict[Text, Text] = Field(default_factory=dict)
    variants: dict[Text, Text] = Field(default_factory=dict)


# --- the roster -----------------------------------------------------------------------------

ROSTER_COLUMNS = ("id", "name", "type", "cluster", "aliases")


class RosterRow(Model):
    id: Text
    name: Text
    type: UnitType
    cluster: str | None = None
    aliases: str | None = None


def figure_kinds(raw: dict) -> dict[str, str]:
    """Each declared figure's kind (count | percent | money): what decides how it is shown."""
    figures = raw.get("figures") if isinstance(raw, dict) else None
    if not isinstance(figures, dict):
        return {}
    return {str(k): str((v or {}).get("kind", "count")) for k, v in figures.items() if isinstance(v, dict)}
