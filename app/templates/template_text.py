"""A template body as a seller reads it: text, value chips, "only when" passages, and
locked blocks for any logic the text view cannot show.

``parse_body`` splits a jinja body into parts and ``join`` puts it back; joining the
parts of any body gives that body again, character for character, because every piece
of source that is not plain text or a simple value is kept verbatim in the part that
shows it. Typed text is escaped on the way back, so ``{{`` in a sentence stays text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.base.deadline_names import LABELS as DEADLINE_LABELS
from app.templates.fields import RESERVED_NAMES

# The tags jinja knows; inside raw blocks nothing is a tag (see _tokens).
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_RAW_END = re.compile(r"\{%-?\s*endraw\s*-?%\}")
_WORD = re.compile(r"\{%[-+]?\s*(\w+)")
_NAME = r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)?"  # a field, or platform.* / deadlines.*
_CHIP = re.compile(r"\{\{ *(" + _NAME + r") *(?:\| *([a-z_]+)(?:\( *\"[a-z]+\" *\))? *)?\}\}\Z")
_IF_FLAG = re.compile(r"\{% *if +([a-z_][a-z0-9_]*) *%\}\Z")
_ENDIF = re.compile(r"\{% *endif *%\}\Z")
_OPENERS = frozenset(
    {"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "trans", "raw"}
)
# What a template reads from the marketplace (``platform.*``) by the seller's words;
# ``message_place`` is shown as a chip, ``platform.id`` is logic and stays locked.
PLATFORM_VALUES: dict[str, tuple[str, str]] = {
    "name": ("販売サイト名", "Marketplace name"),
    "operator": ("運営", "Marketplace operator"),
    "support_name": ("問い合わせ窓口", "Support desk"),
    "support_path": ("問い合わせの手順", "How to reach support"),
    "buyer_help_path": ("購入者向けヘルプの場所", "Buyers' help page"),
    "message_place": ("メッセージの場所", "Where buyers write"),
    "seller_message_place": ("出品者が書く場所", "Where the seller writes"),
    "return_path": ("返品の手順", "How to return"),
    "partial_refund_route": ("一部返金の方法", "Partial refund route"),
    "rating_word": ("評価の呼び名", "Word for ratings"),
    "return_path_fba": ("FBAの返品の手順", "FBA return steps"),
    "support_note": ("問い合わせの補足", "Support note"),
    "fba_returns": ("FBAの返品", "FBA returns"),
    "seller_cancel": ("出品者からのキャンセル", "Seller cancellation"),
    "charge_timing": ("請求のタイミング", "When the buyer is charged"),
    "refund_route": ("返金の方法", "Refund route"),
}
# Offered in the value list: the ones every marketplace fills.
_SOME_ONLY = {"return_path_fba", "support_note", "fba_returns", "seller_cancel", "charge_timing"}
PLATFORM_OFFERED = tuple(k for k in PLATFORM_VALUES if k not in {*_SOME_ONLY, "refund_route"})
_ESCAPES = {"{{": "{{ '{{' }}", "{%": "{{ '{%' }}", "{#": "{{ '{#' }}"}
_NEEDS_ESCAPE = re.compile(r"\{[{%#]")


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Chip:
    """One value, printed where it stands: ``{{ refund_amount | money }}``."""

    name: str
    source: str


@dataclass(frozen=True)
class Locked:
    """Logic the text view shows as it is written (per-platform branches, loops)."""

    source: str


Inline = Text | Chip | Locked


@dataclass(frozen=True)
class OnlyWhen:
    """Whole lines shown only when the bool field ``flag`` is on.

    ``opening`` is the ``{% if flag %}`` line with its line break; ``closing`` is the line
    break before ``{% endif %}`` and the tag. The break after the tag is ordinary text.
    """

    flag: str
    inner: tuple[Inline, ...]
    opening: str
    closing: str


Part = Inline | OnlyWhen


def shared_value_label(name: str, lang: str) -> str | None:
    """The words for a ``platform.*`` or ``deadlines.*`` value; None for any other name."""
    head, _dot, key = name.partition(".")
    if head == "platform" and key in PLATFORM_VALUES:
        return PLATFORM_VALUES[key][0 if lang == "ja" else 1]
    if head == "deadlines" and key in DEADLINE_LABELS:
        return DEADLINE_LABELS[key][0 if lang == "ja" else 1]
    return None


def chip_source(name: str, field_type: str, lang: str) -> str:
    """The source a new chip writes: amounts and dates formatted, a buyer's name with 様."""
    if name.startswith("deadlines."):
        return f"{{{{ {name} | date }}}}"
    if field_type == "money":
        return f"{{{{ {name} | money }}}}"
    if field_type == "date":
        return f"{{{{ {name} | date }}}}"
    if name == "buyer_name" and lang == "ja":
        return f"{{{{ {name} | sama }}}}"
    return f"{{{{ {name} }}}}"


def only_when(flag: str, inner: Sequence[Inline]) -> OnlyWhen:
    """A new "only when" passage around whole lines."""
    return OnlyWhen(flag, tuple(inner), f"{{% if {flag} %}}\n", "\n{% endif %}")


def escape_text(text: str) -> str:
    """Typed text as jinja source: a ``{{`` the seller wrote prints as ``{{``."""
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[m.group()], text)


def join(parts: Sequence[Part]) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, Text):
            out.append(escape_text(part.text))
        elif isinstance(part, Chip | Locked):
            out.append(part.source)
        else:
            out.extend((part.opening, join(part.inner), part.closing))
    return "".join(out)


@dataclass(frozen=True)
class _Token:
    start: int
    source: str
    tag: bool

    @property
    def end(self) -> int:
        return self.start + len(self.source)

    def word(self) -> str:
        found = _WORD.match(self.source) if self.tag else None
        return found.group(1) if found else ""


def _tokens(body: str) -> list[_Token]:
    tokens: list[_Token] = []
    at = 0
    while at < len(body):
        found = _TAG.search(body, at)
        if found is None:
            tokens.append(_Token(at, body[at:], False))
            break
        if found.start() > at:
            tokens.append(_Token(at, body[at : found.start()], False))
        end = found.end()
        if _Token(0, found.group(), True).word() == "raw":
            closing = _RAW_END.search(body, end)
            end = closing.end() if closing else len(body)
        tokens.append(_Token(found.start(), body[found.start() : end], True))
        at = end
    return tokens


def _opens(token: _Token) -> bool:
    word = token.word()
    if word == "set":
        return "=" not in token.source  # {% set x %}…{% endset %} holds a block
    return word in _OPENERS and word != "raw"  # a raw block is already one token


def _matching_end(tokens: list[_Token], first: int) -> int | None:
    depth = 0
    for index in range(first, len(tokens)):
        token = tokens[index]
        if not token.tag:
            continue
        if _opens(token):
            depth += 1
        elif token.word().startswith("end"):
            depth -= 1
            if depth == 0:
                return index
    return None


def parse_body(body: str, is_flag: Callable[[str], bool] = lambda _name: True) -> list[Part]:
    """The body as parts; ``is_flag(name)`` says whether a field is a tick box (bool)."""
    tokens = _tokens(body)
    parts: list[Part] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not token.tag:
            parts.append(Text(token.source))
        elif token.source.startswith("{{"):
            parts.append(_chip(token.source))
        elif not _opens(token):
            parts.append(Locked(token.source))
        else:
            end = _matching_end(tokens, index)
            if end is None:  # unbalanced: keep the rest exactly as written
                parts.append(Locked(body[token.start :]))
                break
            parts.append(_block(body, tokens, index, end, is_flag))
            index = end
        index += 1
    return parts


def _chip(source: str) -> Inline:
    found = _CHIP.match(source)
    if found is None:
        return Locked(source)
    name = found.group(1)
    shared = "." in name
    if (shared and shared_value_label(name, "en") is None) or name in RESERVED_NAMES:
        return Locked(source)
    return Chip(name, source)


def _block(
    body: str, tokens: list[_Token], first: int, last: int, is_flag: Callable[[str], bool]
) -> Part:
    opening, closing = tokens[first], tokens[last]
    whole = Locked(body[opening.start : closing.end])
    flag = _IF_FLAG.match(opening.source)
    inner = body[opening.end : closing.start]
    if (
        flag is None
        or not is_flag(flag.group(1))
        or not _ENDIF.match(closing.source)
        or any(t.tag and not t.source.startswith("{{") for t in tokens[first + 1 : last])
        or (opening.start > 0 and body[opening.start - 1] != "\n")
        or not body.startswith("\n", closing.end)
        or len(inner) < 3
        or not (inner.startswith("\n") and inner.endswith("\n"))
    ):
        return whole
    inside = tuple(p for p in parse_body(inner[1:-1]) if not isinstance(p, OnlyWhen))
    return OnlyWhen(flag.group(1), inside, opening.source + "\n", "\n" + closing.source)


def split_file(text: str) -> tuple[str, str] | None:
    """A file's text as (front matter with both fences and the line break, body);
    None when it has no closing fence. ``head + body`` is the text again."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "+++":
        return None
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        offset += len(line) + 1
        if line.strip() == "+++":
            return text[:offset], text[offset:]
    return None


def fields_in(parts: Sequence[Part]) -> list[str]:
    """The field names the chips and passages use, in order of first use (not the
    marketplace's values or deadlines, which no form asks for)."""
    names: list[str] = []
    for part in parts:
        found: list[str] = []
        if isinstance(part, Chip) and "." not in part.name:
            found = [part.name]
        elif isinstance(part, OnlyWhen):
            found = [part.flag, *fields_in(part.inner)]
        for name in found:
            if name not in names:
                names.append(name)
    return names
