"""Reading one template file: TOML front matter between +++ lines, then a jinja2 body."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.base.langs import LANGS
from app.base.messages import Message, say, text_in
from app.base.platforms import PLATFORM_IDS, Platform
from app.base.safe_read import FileTooBigError, NotRegularFileError, read_regular
from app.templates.fields import RESERVED_NAMES, Field, FieldSpecError, make_field, resolve_choices

CATEGORIES = (
    "apology",
    "partial_refund",
    "support_redirect",
    "discount_refusal",
    "inspection_cancel",
    "partial_sale",
    "thanks",
    "shipping_notice",
    "rating_reminder",
    "support_notice",
    "support_request",
    "address_check",
    "enclosed_letter",
    "out_of_stock",
    "hold_refusal",
    "bundle",
    "checking",
    "return_warranty",
    "listing_question",
    "price_offer",
    "listing_for_buyer",
    "payment_reminder",
    "cancel_request",
    "late_shipment",
    "delivery_trouble",
    "returned_parcel",
    "wrong_item",
    "return_accept",
    "refund_done",
    "after_rating",
    "rating_reply",
)
ADDRESSEES = ("buyer", "support")
MAX_FILE_BYTES = 256 * 1024
FENCE = "+++"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_KNOWN_KEYS = frozenset(
    {"title", "category", "platforms", "tags", "addressee", "fields", "example", "amazon_message"}
)
# Amazon treats a reply to the buyer and a message the seller starts differently.
AMAZON_MESSAGES = ("reply", "proactive")
_TOML_LINE = re.compile(r"at line (\d+)")


class TemplateFileError(ValueError):
    """A template file that cannot be used, with the line the problem is on.

    ``message`` is a Message (English as a str, Japanese too); ``str(error)`` is English.
    """

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message

    def message_in(self, lang: str) -> str:
        return text_in(self.message, lang)


@dataclass(frozen=True)
class Template:
    id: str
    lang: str
    title: str
    category: str
    platforms: tuple[str, ...]
    tags: tuple[str, ...]
    addressee: str
    fields: tuple[Field, ...]
    example: Mapping[str, Any]
    body: str
    path: Path
    source: str
    body_line: int = 1  # the file line the body starts on, for error messages
    field_specs: Mapping[str, Any] = field(default_factory=dict)
    amazon_message: str = "reply"

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.lang)

    @property
    def unwritten(self) -> bool:
        """An empty body: the twin of a new template, not written in this language yet."""
        return not self.body.strip()

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def example_for(self, currency: str) -> dict[str, Any]:
        """The example values, with per-currency amounts ({ JPY = 3000, USD = 20 }) picked."""
        values: dict[str, Any] = {}
        for name, value in self.example.items():
            if isinstance(value, Mapping) and value and all(_is_currency(k) for k in value):
                value = value.get(currency, next(iter(value.values())))
            values[name] = value
        return values


def _is_currency(key: str) -> bool:
    return len(key) == 3 and key.isupper()


def read_template_text(path: Path) -> str:
    """The file as text, or a TemplateFileError that says what is wrong with the bytes."""
    return decode_template(path, read_template_bytes(path))


def read_template_bytes(path: Path) -> bytes:
    """The file's bytes, if it is a regular file small enough to be a template."""
    try:
        return read_regular(path, MAX_FILE_BYTES)
    except FileTooBigError as error:
        raise TemplateFileError(
            path, 1, say("file_too_big", size=error.size, limit=MAX_FILE_BYTES)
        ) from None
    except NotRegularFileError as error:
        raise TemplateFileError(path, 1, say("not_regular", kind=error.kind)) from None
    except OSError as error:
        raise TemplateFileError(path, 1, say("cannot_read", reason=error.strerror)) from None


def decode_template(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise TemplateFileError(path, line, say("not_utf8")) from None


def parse_template(path: Path, source: str = "builtin", text: str | None = None) -> Template:
    """Parse ``path`` (or ``text`` said to come from it); raises TemplateFileError.

    Whatever else goes wrong on one file (nesting deep enough to exhaust the parser's
    recursion, a bug in a library) is a TemplateFileError too: one file never stops
    the rest from loading.
    """
    try:
        return _parse_template(path, source, text)
    except TemplateFileError:
        raise
    except RecursionError:
        raise TemplateFileError(path, 1, say("too_deep", detail="RecursionError")) from None
    except Exception as error:
        detail = f"{type(error).__name__}: {error}"[:200]
        raise TemplateFileError(path, 1, say("load_failed", detail=detail)) from None


def _parse_template(path: Path, source: str, text: str | None) -> Template:
    lang = path.parent.name
    if lang not in LANGS:
        raise TemplateFileError(path, 1, say("wrong_lang_folder", folder=lang))
    if not ID_PATTERN.match(path.stem):
        raise TemplateFileError(path, 1, say("bad_file_name"))
    if text is None:
        text = read_template_text(path)
    front, body, body_line = split_front_matter(path, text)
    data = _parse_toml(path, front)
    lines = text.split("\n")
    meta_values = _check_front_matter(path, data, lines)
    fields = _discover_fields(path, body, body_line, data.get("fields", {}), lang, lines)
    return Template(
        id=path.stem,
        lang=lang,
        body=body,
        path=path,
        source=source,
        body_line=body_line,
        fields=fields,
        field_specs=data.get("fields", {}),
        **meta_values,
    )


def split_front_matter(path: Path, text: str) -> tuple[str, str, int]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise TemplateFileError(path, 1, say("no_opening_fence", fence=FENCE))
    for index in range(1, len(lines)):
        if lines[index].strip() == FENCE:
            front = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :]).strip("\n") + "\n"
            return front, body, index + 2
    raise TemplateFileError(path, 1, say("no_closing_fence", fence=FENCE))


def _parse_toml(path: Path, front: str) -> dict[str, Any]:
    import tomllib  # a start whose templates are all in the parse cache never parses

    try:
        return tomllib.loads(front)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) + 1 if found else 1
        message = _TOML_LINE.sub("", str(error)).replace("(, column", "(column").strip()
        raise TemplateFileError(path, line, say("front_matter_syntax", detail=message)) from None


def _line_of_key(lines: list[str], key: str) -> int:
    return next((n for n, line in enumerate(lines, 1) if line.lstrip().startswith(key)), 1)


def _check_front_matter(path: Path, data: dict[str, Any], lines: list[str]) -> dict[str, Any]:
    def fail(key: str, message: Message) -> TemplateFileError:
        return TemplateFileError(path, _line_of_key(lines, key), message)

    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        name = sorted(unknown)[0]
        raise fail(name, say("unknown_key", name=name))
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise fail("title", say("no_title"))
    category = data.get("category")
    if category not in CATEGORIES:
        raise fail("category", say("unknown_category", value=category))
    platforms = data.get("platforms", "all")
    if platforms == "all":
        platforms = list(PLATFORM_IDS)
    if not isinstance(platforms, list) or not platforms:
        raise fail("platforms", say("platforms_not_list"))
    bad = [p for p in platforms if p not in PLATFORM_IDS]
    if bad:
        raise fail("platforms", say("unknown_platform", name=bad[0]))
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail("tags", say("tags_not_words"))
    addressee = data.get("addressee", "buyer")
    if addressee not in ADDRESSEES:
        raise fail("addressee", say("bad_addressee"))
    example = data.get("example", {})
    if not isinstance(example, dict):
        raise fail("example", say("example_not_table"))
    amazon_message = data.get("amazon_message", "reply")
    if amazon_message not in AMAZON_MESSAGES:
        raise fail("amazon_message", say("bad_amazon_message"))
    return {
        "title": title.strip(),
        "category": category,
        "platforms": tuple(platforms),
        "tags": tuple(tags),
        "addressee": addressee,
        "example": example,
        "amazon_message": amazon_message,
    }


def _discover_fields(
    path: Path, body: str, body_line: int, specs: Any, lang: str, lines: list[str]
) -> tuple[Field, ...]:
    # jinja2 loads only to parse: a start whose templates come from the parse cache skips it.
    from jinja2 import TemplateSyntaxError, meta, nodes

    from app.rendering.jinja_env import ENV, names_in_order
    from app.rendering.jinja_messages import syntax_message

    try:
        ast = ENV.parse(body)
    except TemplateSyntaxError as error:
        line = body_line + (error.lineno or 1) - 1
        raise TemplateFileError(path, line, syntax_message(error.message)) from None
    # Unknown filters would only fail at render time; find them now, without compiling.
    for node in ast.find_all((nodes.Filter, nodes.Test)):
        known = ENV.filters if isinstance(node, nodes.Filter) else ENV.tests
        if node.name not in known:
            key = "unknown_filter" if isinstance(node, nodes.Filter) else "unknown_test"
            line = body_line + node.lineno - 1
            raise TemplateFileError(path, line, say(key, name=node.name))
    if not isinstance(specs, dict):
        raise TemplateFileError(path, 1, say("fields_not_table"))
    names = set(meta.find_undeclared_variables(ast)) - RESERVED_NAMES
    fields = []
    for name in names_in_order(ast, names):
        try:
            fields.append(make_field(name, specs.get(name), lang))
        except FieldSpecError as error:
            line = _line_of_key(lines, f"[fields.{name}]")
            raise TemplateFileError(path, line, error.message) from None
    return tuple(fields)


def example_values(template: Template, platform: Platform) -> dict[str, Any]:
    """The template's example order as it fits ``platform``: its currency's amounts, and
    a carrier (or other choice) the platform really offers."""
    values = template.example_for(platform.currency)
    for spec in template.fields:
        offered = [key for key, _labels in resolve_choices(spec, platform.carriers)]
        if spec.type == "choice" and offered and values.get(spec.name) not in offered:
            values[spec.name] = offered[0]
    return values
