#!/usr/bin/env python3
# SPDX-License-Identifier: BSL-1.0
"""Generates the constexpr C++ tables of IANA's SMTP Enhanced Status Codes
registry (RFC 5248) from one edition of it.

Two layouts are read: IANA's XML export (parsed with xml.etree.ElementTree)
and IANA's registry page as plain text with every run of white space folded
to one space. The generator is strict: a field it does not know, a field
that is missing, a duplicate or malformed code, or a basic-code text,
reference or usage statement it cannot classify stops it with exit status 1
and one line on stderr naming the record and the field. White space is
normalized; the wording is otherwise kept exactly as the registry has it.

Usage:
  generate_tables.py --input FILE [--output FILE] [--names-output FILE]
"""

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

PROG = "generate_tables.py"
COLUMNS = 80
IANA_NS = "{http://www.iana.org/assignments}"

# Capacities of the C++ types in include/smtp_status/registry_types.hpp.
MAX_BASIC_CODES = 16
MAX_REFERENCES = 2
MAX_SUBMITTERS = 4

CLASS_LEVEL = "class"
SUBJECT_LEVEL = "subject"
CODE_LEVEL = "code"

# The three registries of RFC 5248, in the order both layouts give them.
SUB_REGISTRIES = [
    ("Class Sub-Codes", CLASS_LEVEL),
    ("Subject Sub-Codes", SUBJECT_LEVEL),
    ("Enumerated Status Codes", CODE_LEVEL),
]

# The fields of a record, in registry order, by the XML element names.
RECORD_FIELDS = {
    CLASS_LEVEL: ["code", "summary", "description", "reference", "submitter",
                  "change_controller"],
    SUBJECT_LEVEL: ["code", "summary", "description", "reference",
                    "submitter", "change_controller"],
    CODE_LEVEL: ["code", "sample", "basic_code", "description", "reference",
                 "submitter", "change_controller"],
}

# The labels of the folded text layout and the field each one names. The
# 2008 page spells some labels two ways.
TEXT_LABELS = {
    "Code": "code",
    "Summary": "summary",
    "Sample Text": "sample",
    "Associated basic status code": "basic_code",
    "Description": "description",
    "Reference": "reference",
    "Defined": "reference",
    "Submitter": "submitter",
    "Change Controller": "change_controller",
    "Change controller": "change_controller",
}

# Document status words after a reference, matched without regard to case
# and kept as written: "Standards track", "Standards Track", ...
TRACKS = {
    "standards track": "standards",
    "experimental track": "experimental",
    "best current practice": "best_current_practice",
}

CLASS_BITS = {2: 1, 4: 2, 5: 4}

# Sentences of enumerated-code descriptions that state which classes a code
# is meant for, each phrasing recognised explicitly. A sentence matches a
# pattern as a whole.
USAGE_PATTERNS = [
    (r"This code is only useful for permanent failures\.", (5,)),
    (r"This is useful only as a permanent error\.", (5,)),
    (r"This code should be used as a permanent failure\.", (5,)),
    (r"This is useful only as a persistent transient error\.", (4,)),
    (r"This code should be used as a persistent transient failure\.", (4,)),
    (r"This is useful for both permanent and persistent transient errors\.",
     (4, 5)),
    (r"This code may represent a permanent failure or a persistent transient "
     r"failure\.", (4, 5)),
    (r"This may be useful as a permanent or persistent temporary "
     r"notification\.", (4, 5)),
    (r"This may be a permanent error if [^.]+ or a transient error if "
     r"[^.]+\.", (4, 5)),
    (r"This status code should be used for positive delivery reports\.",
     (2,)),
    # X.6.4: a warning sent on success, which may also be a permanent error.
    (r"This is a warning sent to the sender when message delivery was "
     r"successfully but when [^.]+\.", (2,)),
    (r"This may also be a permanent error if [^.]+\.", (5,)),
    # X.7.7 names all three classes.
    (r"This may be useful as a permanent, transient persistent, or "
     r"successful delivery code\.", (2, 4, 5)),
    # X.7.13 is read as a statement of permanent use: the failure lasts
    # until a person re-enables the account, which is RFC 3463's meaning of
    # a permanent failure (resending the message unchanged cannot succeed),
    # and the basic code the registry gives, 525, is of class 5.
    (r"This informs the client that the failure is permanent until the user "
     r"contacts their system administrator to get the account re-enabled\.",
     (5,)),
]

# Sentences that use the words of usage statements without stating a usage.
NOT_USAGE = {
    # X.7.13: the authentication succeeded; the code reports what follows.
    "This error code occurs after a successful authentication to a "
    "disabled account.",
    # X.7.15 and X.7.16 describe the condition, not the class to use; their
    # basic codes allow both 4XX and 5XX.
    "This condition might be temporary, for example the server is operating "
    "in a mode where only higher priority messages are accepted for "
    "transfer and delivery, while lower priority messages are rejected.",
    "This condition might be temporary, for example the server is operating "
    "in a mode where only higher priority messages below certain size are "
    "accepted for transfer and delivery.",
}

DEPRECATION_PATTERN = (r"This is a duplicate of X\.([0-9]{1,3})\.([0-9]{1,3}) "
                       r"and is thus deprecated\.")

# Words that make a sentence a candidate usage or deprecation statement.
USAGE_WORDS = re.compile(
    r"\b(permanent\w*|transient\w*|temporar\w*|persistent\w*|success\w*|"
    r"positive|deprecat\w*|duplicate)\b", re.IGNORECASE)

# Names of the constants in smtp_status::codes where the sample text gives
# an awkward, clashing or empty name, keyed by code and sample text.
NAME_OVERRIDES = {
    ("X.6.8", "UTF-8 string reply is required, but not permitted by the SMTP "
     "client"): "utf8_reply_required",
    ("X.6.10", ""): "utf8_reply_required_deprecated",
    ("X.6.7", "Non-ASCII addresses not permitted for that sender/recipient"):
        "non_ascii_addresses_not_permitted",
    ("X.6.9", "UTF-8 header message cannot be transferred to one or more "
     "recipients, so the message must be rejected"): "utf8_header_rejected",
    ("X.7.11", "Encryption required for requested authentication "
     "mechanism"): "encryption_required_for_mechanism",
    ("X.7.12", "A password transition is needed"):
        "password_transition_needed",
}

CPP_KEYWORDS = {
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor",
    "bool", "break", "case", "catch", "char", "class", "compl", "concept",
    "const", "consteval", "constexpr", "constinit", "const_cast", "continue",
    "co_await", "co_return", "co_yield", "decltype", "default", "delete",
    "do", "double", "dynamic_cast", "else", "enum", "explicit", "export",
    "extern", "false", "float", "for", "friend", "goto", "if", "inline",
    "int", "long", "mutable", "namespace", "new", "noexcept", "not",
    "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected",
    "public", "register", "reinterpret_cast", "requires", "return", "short",
    "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
    "switch", "template", "this", "thread_local", "throw", "true", "try",
    "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual",
    "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
}


class GeneratorError(Exception):
    """An input the generator refuses, with the one-line reason."""


def fail(record, field, what):
    raise GeneratorError("record %s: field '%s': %s" % (record, field, what))


def fail_registry(field, what):
    raise GeneratorError("registry: field '%s': %s" % (field, what))


def normalize(text):
    """Folds every run of white space, line breaks included, to one space."""
    return " ".join((text or "").split())


DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Record:
    """One record, with raw field texts gathered from either layout."""

    def __init__(self, level, name):
        self.level = level
        self.name = name  # The code as written, for messages.
        self.fields = {}  # Field name -> normalized text.
        # Reference items: (kind, id) pairs with the text after each.
        self.ref_lead = ""
        self.ref_items = []
        self.date = ""
        self.updated = ""


class Edition:
    def __init__(self):
        self.title = ""
        self.created = ""
        self.updated = ""
        self.source = ""
        self.records = {CLASS_LEVEL: [], SUBJECT_LEVEL: [], CODE_LEVEL: []}


# ---------------------------------------------------------------------------
# The XML layout.


def local_name(tag):
    if not isinstance(tag, str):
        return None  # A comment or processing instruction.
    if not tag.startswith(IANA_NS):
        return tag  # Reported as unknown by the callers.
    return tag[len(IANA_NS):]


def element_children(element):
    return [c for c in element if isinstance(c.tag, str)]


def plain_text(element, record, field):
    """The text of an element that may hold no markup."""
    if element_children(element):
        fail(record, field, "unexpected markup <%s>"
             % local_name(element_children(element)[0].tag))
    return normalize(element.text)


def xref_token(xref, record, field):
    """The (kind, id) of an <xref>: ('rfc', 3463) or ('draft', name)."""
    kind = xref.get("type")
    data = xref.get("data") or ""
    if kind == "rfc":
        m = re.fullmatch(r"rfc([1-9][0-9]{0,4})", data)
        if not m:
            fail(record, field, "cannot classify reference '%s'" % data)
        return ("rfc", int(m.group(1)))
    if kind == "draft":
        if not re.fullmatch(r"draft-[a-z0-9][a-z0-9.-]*", data):
            fail(record, field, "cannot classify reference '%s'" % data)
        return ("draft", data)
    fail(record, field, "cannot classify reference of type '%s'" % kind)


def rich_text(element, record, field):
    """Description text with each <xref> written as the text layout does:
    [RFC6376]."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if local_name(child.tag) != "xref":
            fail(record, field, "unexpected markup <%s>"
                 % local_name(child.tag))
        kind, ident = xref_token(child, record, field)
        parts.append("[RFC%d]" % ident if kind == "rfc" else "[%s]" % ident)
        parts.append(child.tail or "")
    return normalize("".join(parts))


def read_xml(data, source):
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise GeneratorError("%s: malformed XML: %s" % (source, e))
    if root.tag != IANA_NS + "registry":
        where = ("outside IANA's namespace" if not root.tag.startswith(IANA_NS)
                 else "instead of IANA's <registry>")
        raise GeneratorError("%s: wrong root element <%s> %s"
                             % (source, local_name(root.tag).split("}")[-1],
                                where))
    edition = Edition()
    edition.source = source
    seen = {}
    sub_registries = []
    for child in element_children(root):
        name = local_name(child.tag)
        if name in ("title", "created", "updated"):
            if name in seen:
                fail_registry(name, "duplicate field")
            seen[name] = plain_text(child, "registry", name)
        elif name == "registry":
            sub_registries.append(child)
        elif name == "people":
            pass  # IANA's list of people, empty in this registry.
        else:
            fail_registry(name, "unknown field")
    for name in ("title", "created", "updated"):
        if name not in seen:
            fail_registry(name, "missing")
        if name != "title" and not DATE_RE.fullmatch(seen[name]):
            fail_registry(name, "malformed date '%s'" % seen[name])
    edition.title = seen["title"]
    edition.created = seen["created"]
    edition.updated = seen["updated"]
    if len(sub_registries) != len(SUB_REGISTRIES):
        fail_registry("registry", "expected %d registries, found %d"
                      % (len(SUB_REGISTRIES), len(sub_registries)))
    for sub, (title, level) in zip(sub_registries, SUB_REGISTRIES):
        read_xml_sub_registry(sub, title, level, edition)
    return edition


def read_xml_sub_registry(sub, title, level, edition):
    found_title = None
    position = 0
    for child in element_children(sub):
        name = local_name(child.tag)
        if name == "title":
            found_title = plain_text(child, title, "title")
        elif name in ("xref", "registration_rule", "expert", "note"):
            pass  # The registry's own metadata, the same in every edition.
        elif name == "record":
            position += 1
            edition.records[level].append(
                read_xml_record(child, level, title, position))
        else:
            fail_registry(name, "unknown field in '%s'" % title)
    if found_title != title:
        fail_registry("title", "expected registry '%s', found '%s'"
                      % (title, found_title))


def read_xml_record(element, level, title, position):
    children = element_children(element)
    code_elements = [c for c in children if local_name(c.tag) == "code"]
    name = ("#%d of '%s'" % (position, title))
    if code_elements:
        name = plain_text(code_elements[0], name, "code") or name
    record = Record(level, name)
    for attribute, value in sorted(element.attrib.items()):
        if attribute not in ("date", "updated"):
            fail(name, attribute, "unknown attribute")
        if not DATE_RE.fullmatch(value):
            fail(name, attribute, "malformed date '%s'" % value)
        setattr(record, attribute, value)
    expected = RECORD_FIELDS[level]
    order = []
    for child in children:
        field = local_name(child.tag)
        if field not in expected:
            fail(name, field, "unknown field")
        if field in record.fields:
            fail(name, field, "duplicate field")
        order.append(field)
        if field == "description":
            record.fields[field] = rich_text(child, name, field)
        elif field == "reference":
            record.fields[field] = ""
            record.ref_lead = child.text or ""
            for xref in child:
                if not isinstance(xref.tag, str):
                    continue
                if local_name(xref.tag) != "xref":
                    fail(name, field, "unexpected markup <%s>"
                         % local_name(xref.tag))
                record.ref_items.append(
                    [xref_token(xref, name, field), xref.tail or ""])
        else:
            record.fields[field] = plain_text(child, name, field)
    for field in expected:
        if field not in record.fields:
            fail(name, field, "missing")
    if order != expected:
        fail(name, order[[i for i, f in enumerate(order)
                          if f != expected[i]][0]],
             "out of order, expected %s" % ", ".join(expected))
    return record


# ---------------------------------------------------------------------------
# The folded text layout.

TEXT_LABEL_RE = re.compile(
    r"(?:^| )(%s):(?= |$)" % "|".join(
        re.escape(k) for k in sorted(TEXT_LABELS, key=len, reverse=True)))


def unknown_label(value):
    """The label before the first colon in a field's value: the shortest run
    of words ending there that starts with a capital."""
    words = value[:value.index(":")].split(" ")
    for i in range(len(words) - 1, -1, -1):
        if words[i][:1].isupper():
            return " ".join(words[i:])
    return words[-1]


def read_text(data, source):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise GeneratorError("%s: not UTF-8: %s" % (source, e))
    text = normalize(text)
    edition = Edition()
    edition.source = source
    head = re.match(r"(?P<title>.+?) \(last updated (?P<updated>[^)]*)\) "
                    r"Registries included below: ", text)
    if not head:
        if " Registries included below: " not in text:
            fail_registry("title", "missing")
        fail_registry("updated", "missing")
    edition.title = head.group("title")
    edition.updated = head.group("updated")
    if not DATE_RE.fullmatch(edition.updated):
        fail_registry("updated", "malformed date '%s'" % edition.updated)
    body, sep, trailer = text.partition(" References ---------- ")
    if not sep:
        fail_registry("references", "missing")
    created = re.search(r"\(created ([^)]*)\)$", trailer)
    if not created:
        fail_registry("created", "missing")
    edition.created = created.group(1)
    if not DATE_RE.fullmatch(edition.created):
        fail_registry("created", "malformed date '%s'" % edition.created)
    sections = body.split(" Registry Name: ")
    listed = " ".join("- " + t for t, _ in SUB_REGISTRIES)
    if sections[0][head.end():] != listed:
        fail_registry("registries", "expected '%s', found '%s'"
                      % (listed, sections[0][head.end():]))
    if len(sections) - 1 != len(SUB_REGISTRIES):
        fail_registry("registry", "expected %d registries, found %d"
                      % (len(SUB_REGISTRIES), len(sections) - 1))
    for section, (title, level) in zip(sections[1:], SUB_REGISTRIES):
        read_text_section(section, title, level, edition)
    return edition


def read_text_section(section, title, level, edition):
    m = re.fullmatch(r"(?P<title>.+?) Reference: \S+ Registration Procedures:"
                     r" .+? Registry:(?: (?P<body>.*))?", section)
    if not m or m.group("title") != title:
        fail_registry("title", "expected registry '%s', found '%s'"
                      % (title, section[:len(title) + 20]))
    body = m.group("body") or ""
    if body and not body.startswith("Code: "):
        fail_registry("registry", "'%s' does not start with a record"
                      % title)
    records = re.split(r"(?:^| )(?=Code: )", body)
    position = 0
    for chunk in records:
        if not chunk:
            continue
        position += 1
        edition.records[level].append(
            read_text_record(chunk, level, title, position))


def read_text_record(chunk, level, title, position):
    labels = list(TEXT_LABEL_RE.finditer(chunk))
    values = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(chunk)
        values.append((m.group(1), chunk[m.end():end].strip()))
    name = "#%d of '%s'" % (position, title)
    if values and values[0][0] == "Code" and values[0][1]:
        name = values[0][1].split(" ")[0]
    record = Record(level, name)
    expected = RECORD_FIELDS[level]
    order = []
    for label, value in values:
        field = TEXT_LABELS[label]
        if field not in expected:
            fail(name, field, "unknown field")
        if field in record.fields:
            fail(name, field, "duplicate field")
        if ":" in value:
            fail(name, unknown_label(value), "unknown field")
        order.append(field)
        record.fields[field] = value
        if field == "reference":
            split_text_reference(record, value)
    for field in expected:
        if field not in record.fields:
            fail(name, field, "missing")
    if order != expected:
        fail(name, order[[i for i, f in enumerate(order)
                          if f != expected[i]][0]],
             "out of order, expected %s" % ", ".join(expected))
    record.fields["reference"] = ""
    return record


def split_text_reference(record, value):
    """Splits "[RFC3463] (Standards Track)" into the reference items."""
    pieces = re.split(r"\[([^\]]*)\]", value)
    record.ref_lead = pieces[0]
    for i in range(1, len(pieces), 2):
        ident = pieces[i]
        m = re.fullmatch(r"RFC([1-9][0-9]{0,4})", ident)
        if m:
            token = ("rfc", int(m.group(1)))
        elif re.fullmatch(r"draft-[a-z0-9][a-z0-9.-]*", ident):
            token = ("draft", ident)
        else:
            fail(record.name, "reference",
                 "cannot classify reference '%s'" % ident)
        record.ref_items.append([token, pieces[i + 1]])


# ---------------------------------------------------------------------------
# Interpretation of the fields, the same for both layouts.


def parse_code(record):
    code = record.fields["code"]
    if record.level == CLASS_LEVEL:
        m = re.fullmatch(r"([245])\.XXX\.YYY", code)
        if not m:
            fail(record.name, "code", "malformed code")
        return int(m.group(1)), 0, 0
    sub = r"(0|[1-9][0-9]{0,2})"
    if record.level == SUBJECT_LEVEL:
        m = re.fullmatch(r"X\.%s\.YYY" % sub, code)
        if not m:
            fail(record.name, "code", "malformed code")
        return 0, int(m.group(1)), 0
    m = re.fullmatch(r"X\.%s\.%s" % (sub, sub), code)
    if not m:
        fail(record.name, "code", "malformed code")
    return 0, int(m.group(1)), int(m.group(2))


def parse_basic_codes(record):
    """The "Associated basic status code" field: form, listed reply codes,
    NXX wildcards and "(other NXX or MXX codes are allowed)"."""
    raw = record.fields["basic_code"]
    result = {"raw": raw, "form": "listed", "codes": [], "wildcards": 0,
              "others": 0}
    if raw in ("", "."):
        result["form"] = "blank"
        return result
    if raw == "Any":
        result["form"] = "any"
        return result
    if raw == "Not given":
        result["form"] = "not_given"
        return result

    def cannot(item):
        fail(record.name, "basic_code", "cannot classify '%s'" % item)

    listed = raw
    m = re.fullmatch(r"(.*?) \(other (.+) codes are allowed\)", raw)
    if m:
        listed = m.group(1)
        for item in re.split(r", | or ", m.group(2)):
            if not re.fullmatch(r"[245]XX", item):
                cannot(item)
            result["others"] |= CLASS_BITS[int(item[0])]
    for item in re.split(r", |/| or ", listed):
        if re.fullmatch(r"[245][0-5][0-9]", item):
            if int(item) in result["codes"]:
                fail(record.name, "basic_code", "duplicate reply code %s"
                     % item)
            result["codes"].append(int(item))
        elif re.fullmatch(r"[245]XX", item):
            result["wildcards"] |= CLASS_BITS[int(item[0])]
        else:
            cannot(item)
    if len(result["codes"]) > MAX_BASIC_CODES:
        fail(record.name, "basic_code", "more than %d reply codes"
             % MAX_BASIC_CODES)
    return result


def parse_references(record):
    if record.ref_lead.strip():
        fail(record.name, "reference",
             "cannot classify '%s'" % normalize(record.ref_lead))
    if not record.ref_items:
        fail(record.name, "reference", "missing")
    if len(record.ref_items) > MAX_REFERENCES:
        fail(record.name, "reference", "more than %d references"
             % MAX_REFERENCES)
    references = []
    for i, ((kind, ident), tail) in enumerate(record.ref_items):
        tail = normalize(tail)
        last = i + 1 == len(record.ref_items)
        m = re.fullmatch(r"(?:, (?P<q>Sections? [0-9]+(?:\.[0-9]+)*))?"
                         r"(?: ?\((?P<t>[^()]*)\))?(?P<sep>;?)", tail)
        if not m or bool(m.group("sep")) == last:
            fail(record.name, "reference", "cannot classify '%s'" % tail)
        track_text = m.group("t") or ""
        track = "not_stated"
        if track_text:
            track = TRACKS.get(track_text.lower())
            if track is None:
                fail(record.name, "reference",
                     "cannot classify '(%s)'" % track_text)
        references.append({"kind": kind, "id": ident,
                           "qualifier": m.group("q") or "", "track": track,
                           "track_text": track_text})
    return references


def split_submitters(record):
    raw = record.fields["submitter"]
    if not raw:
        return []
    names = raw.split(", ")
    for name in names:
        if not re.fullmatch(r"[A-Z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)*",
                            name):
            fail(record.name, "submitter", "cannot classify '%s'" % raw)
    if len(names) > MAX_SUBMITTERS:
        fail(record.name, "submitter", "more than %d submitters"
             % MAX_SUBMITTERS)
    return names


def split_sentences(text):
    return [s for s in re.split(r"(?<=[.!?)])\s+(?=[A-Z(])", text) if s]


def parse_usage(record):
    """The classes the description says the code is meant for, and the code
    it duplicates when it says it is deprecated."""
    bits = 0
    duplicate = None
    for sentence in split_sentences(record.fields["description"]):
        matched = False
        for pattern, classes in USAGE_PATTERNS:
            if re.fullmatch(pattern, sentence):
                for c in classes:
                    bits |= CLASS_BITS[c]
                matched = True
                break
        if matched or sentence in NOT_USAGE:
            continue
        m = re.fullmatch(DEPRECATION_PATTERN, sentence)
        if m:
            duplicate = (int(m.group(1)), int(m.group(2)))
            continue
        if USAGE_WORDS.search(sentence):
            fail(record.name, "description",
                 "cannot classify usage statement '%s'" % sentence)
    return bits, duplicate


def build_entries(edition):
    """Interprets every record; returns the three sorted lists of entries."""
    result = {}
    for _, level in SUB_REGISTRIES:
        entries = []
        seen = {}
        for record in edition.records[level]:
            class_digit, subject, detail = parse_code(record)
            key = (class_digit, subject, detail)
            if key in seen:
                fail(record.name, "code", "duplicate code")
            seen[key] = record
            text_field = "sample" if level == CODE_LEVEL else "summary"
            entry = {
                "level": level, "class_digit": class_digit,
                "subject": subject, "detail": detail,
                "code": record.fields["code"],
                "text": record.fields[text_field],
                "text_field": text_field,
                "basic": None, "description": record.fields["description"],
                "references": parse_references(record),
                "submitter": record.fields["submitter"],
                "submitters": split_submitters(record),
                "change_controller": record.fields["change_controller"],
                "stated_use": 0, "deprecated": False, "duplicate_of": (0, 0),
                "date": record.date, "updated": record.updated,
            }
            if level == CODE_LEVEL:
                entry["basic"] = parse_basic_codes(record)
                bits, duplicate = parse_usage(record)
                entry["stated_use"] = bits
                if duplicate:
                    entry["deprecated"] = True
                    entry["duplicate_of"] = duplicate
            entries.append(entry)
        entries.sort(key=lambda e: (e["class_digit"], e["subject"],
                                    e["detail"]))
        result[level] = entries
    codes = {(e["subject"], e["detail"]): e for e in result[CODE_LEVEL]}
    for e in result[CODE_LEVEL]:
        if e["deprecated"] and e["duplicate_of"] not in codes:
            fail(e["code"], "description", "duplicate of X.%d.%d, which is "
                 "not registered" % e["duplicate_of"])
    if len(result[CODE_LEVEL]) > 32767:
        fail(result[CODE_LEVEL][-1]["code"], "code",
             "too many codes for a 16-bit index")
    return result


def read_edition(path):
    source = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise GeneratorError("%s: cannot read: %s" % (path, e.strerror))
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<"):
        return read_xml(data, source)
    return read_text(data, source)


# ---------------------------------------------------------------------------
# C++ output, laid out as clang-format lays it out.


def cpp_string(text):
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"')


class Str:
    """A string literal, split into adjacent literals when it is too wide."""

    def __init__(self, text):
        self.text = text

    def flat(self):
        return cpp_string(self.text)

    def render(self, col, suffix):
        flat = self.flat() + suffix
        if col + len(flat) <= COLUMNS:
            return [flat]
        width = COLUMNS - col - 2  # Room between the quotes.
        words = re.findall(r"\S+ *", self.text)
        pieces, current = [], ""
        for word in words:
            if current and len(cpp_string(current + word)) - 2 > width:
                pieces.append(current)
                current = ""
            current += word
        pieces.append(current)
        lines = [cpp_string(p) for p in pieces]
        if col + len(lines[-1]) + len(suffix) > COLUMNS:
            last = pieces[-1]
            cut = last.rstrip().rfind(" ")
            lines[-1:] = [cpp_string(last[:cut + 1]),
                          cpp_string(last[cut + 1:])]
        lines[-1] += suffix
        return [lines[0]] + [" " * col + line for line in lines[1:]]


class View:
    """A std::string_view written as `detail::sv("text", length)`, or `{}`
    when empty. The explicit length spares the compiler a constexpr strlen
    per string, and the function an overload resolution per string: half
    the time to compile a table."""

    CALL = "detail::sv("

    def __init__(self, text):
        self.text = text
        self.braced = not text

    def flat(self):
        if not self.text:
            return "{}"
        return "%s%s, %d)" % (self.CALL, cpp_string(self.text),
                              len(self.text))

    def render(self, col, suffix):
        flat = self.flat() + suffix
        if col + len(flat) <= COLUMNS:
            return [flat]
        inner = col + len(self.CALL)
        lines = Str(self.text).render(inner, ",")
        return ([self.CALL + lines[0]] + lines[1:] +
                [" " * inner + "%d)" % len(self.text) + suffix])


class Atom:
    """A scalar written as is: a number, an enumerator, class_set{4}."""

    def __init__(self, text, comment=""):
        self.text = ("/*%s=*/" % comment if comment else "") + text
        self.braced = "{" in text

    def flat(self):
        return self.text

    def render(self, col, suffix):
        return [self.text + suffix]


class List:
    """A braced list: on one line when it fits; else one element per line
    when it holds braces, bin-packed when it holds none, as clang-format
    lays out braced lists."""

    def __init__(self, items):
        self.items = items
        self.braced = True

    def flat(self):
        return "{" + ", ".join(i.flat() for i in self.items) + "}"

    def render(self, col, suffix):
        flat = self.flat() + suffix
        if col + len(flat) <= COLUMNS:
            return [flat]
        inner = col + 1
        nested = any(i.braced for i in self.items)
        lines = []
        if nested:
            for n, item in enumerate(self.items):
                last = n + 1 == len(self.items)
                part = item.render(inner, "}" + suffix if last else ",")
                if n == 0:
                    lines.append("{" + part[0])
                else:
                    lines.append(" " * inner + part[0])
                lines.extend(part[1:])
            return lines
        # Bin-packed: as many elements on a line as fit; an element that
        # takes several lines starts a line and the next element starts
        # another.
        current, current_col, fresh = "{", col, False
        for n, item in enumerate(self.items):
            last = n + 1 == len(self.items)
            item_suffix = "}" + suffix if last else ","
            text = item.flat() + item_suffix
            sep = "" if current in ("{", "") else " "
            if (not fresh and current_col + len(current) + len(sep) +
                    len(text) <= COLUMNS):
                current += sep + text
                continue
            if current not in ("{", ""):
                lines.append(current)
                current, current_col, sep = "", inner, ""
            part = item.render(current_col + len(current), item_suffix)
            current += part[0]
            fresh = len(part) > 1
            if fresh:
                lines.append(current)
                lines.extend(part[1:])
                current, current_col = "", inner
        if current:
            lines.append(current)
        return [lines[0]] + [l if l.startswith(" ") else " " * inner + l
                             for l in lines[1:]]


def class_set(bits):
    return Atom("class_set{%d}" % bits)


LEVEL_ENUM = {CLASS_LEVEL: "entry_level::class_code",
              SUBJECT_LEVEL: "entry_level::subject_code",
              CODE_LEVEL: "entry_level::enumerated_code"}


def entry_value(e):
    # Every element of the reference and submitter arrays is written out:
    # GCC 12 refuses, in constant expressions, to read an element of a
    # std::array<std::string_view, N> that the initializer left implicit.
    basic = e["basic"]
    if basic is None:
        basic_value = List([])
    else:
        codes = [Atom(str(c)) for c in basic["codes"]]
        basic_value = List([
            View(basic["raw"]), Atom("basic_code_form::" + basic["form"]),
            List([List(codes)]) if codes else List([]),
            Atom(str(len(codes))), class_set(basic["wildcards"]),
            class_set(basic["others"])])
    refs = []
    for r in e["references"]:
        refs.append(List([
            Atom("reference_kind::" + r["kind"]),
            Atom(str(r["id"]) if r["kind"] == "rfc" else "0"),
            View(r["id"] if r["kind"] == "draft" else ""),
            View(r["qualifier"]), Atom("document_track::" + r["track"]),
            View(r["track_text"])]))
    return List([
        Atom(LEVEL_ENUM[e["level"]]),
        Atom(str(e["class_digit"]), "class_digit"),
        Atom(str(e["subject"]), "subject"),
        Atom(str(e["detail"]), "detail"),
        View(e["code"]), View(e["text"]), basic_value, View(e["description"]),
        List([List(refs + [List([])] * (MAX_REFERENCES - len(refs)))]),
        Atom(str(len(refs)), "reference_count"),
        View(e["submitter"]),
        List([List([View(s) for s in e["submitters"]] +
                   [View("")] * (MAX_SUBMITTERS - len(e["submitters"])))]),
        Atom(str(len(e["submitters"])), "submitter_count"),
        View(e["change_controller"]),
        Atom("class_set{%d}" % e["stated_use"], "stated_use"),
        Atom("true" if e["deprecated"] else "false", "deprecated"),
        Atom(str(e["duplicate_of"][0]), "duplicate_of_subject"),
        Atom(str(e["duplicate_of"][1]), "duplicate_of_detail"),
        View(e["date"]), View(e["updated"])])


def doc_comment(text, indent=""):
    """A `///` comment wrapped at the column limit."""
    prefix = indent + "/// "
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(prefix) + len(current) + 1 + len(word) > COLUMNS:
            lines.append(prefix + current)
            current = word
        else:
            current = word if not current else current + " " + word
    lines.append(prefix + current)
    return lines


def emit_array(out, doc, name, entries):
    out.extend(doc_comment(doc))
    out.append("inline constexpr registry_entry %s[] = {" % name)
    for e in entries:
        out.extend("    " + line if n == 0 else line for n, line in
                   enumerate(entry_value(e).render(4, ",")))
    out.append("};")
    out.append("")


def emit_index(out, name, codes, subjects, details):
    index = [-1] * (subjects * details)
    for position, e in enumerate(codes):
        index[e["subject"] * details + e["detail"]] = position
    out.extend(doc_comment(
        "The position in `%s_codes` of X.s.d at `s * %d + d`, or -1."
        % (name, details)))
    out.append("inline constexpr std::int16_t %s_index[] = {" % name)
    out.extend(index_lines(index))
    out.append("};")
    out.append("")


def index_lines(values):
    """The values in aligned columns, as clang-format lays out a long list of
    numbers: the fewest lines that fit, then the fewest columns."""
    texts = [str(v) + "," for v in values]

    def widths(columns):
        return [max(len(t) for t in texts[j::columns]) for j in range(columns)]

    def fits(columns):
        return 4 + sum(widths(columns)) + columns - 1 <= COLUMNS

    most = 1
    while most < len(texts) and fits(most + 1):
        most += 1
    rows = -(-len(texts) // most)
    columns = most
    while columns > 1 and -(-len(texts) // (columns - 1)) == rows:
        columns -= 1
    width = widths(columns)
    lines = []
    for i in range(0, len(texts), columns):
        row = texts[i:i + columns]
        cells = [t.ljust(width[j]) for j, t in enumerate(row[:-1])]
        lines.append("    " + " ".join(cells + [row[-1]]))
    return lines


def banner(edition, what):
    text = ("%s, generated by tools/generate_tables.py from %s, IANA registry "
            "edition %s. Do not edit." % (what, edition.source,
                                           edition.updated))
    return (["// SPDX-License-Identifier: BSL-1.0"] +
            [line.replace("///", "//", 1) for line in doc_comment(text)])


def edition_prefix(edition):
    return "iana_" + edition.updated.replace("-", "_")


def table_header(edition, entries):
    name = edition_prefix(edition)
    guard = "SMTP_STATUS_GENERATED_%s_HPP_INCLUDED" % name.upper()
    codes = entries[CODE_LEVEL]
    subjects = max(e["subject"] for e in codes) + 1 if codes else 0
    details = max(e["detail"] for e in codes) + 1 if codes else 0
    out = banner(edition, "smtp_status: the registry's records as constexpr "
                 "tables")
    out += ["", "#ifndef " + guard, "#define " + guard, "",
            "#include <cstdint>", "",
            '#include "smtp_status/registry_types.hpp"', "",
            "namespace smtp_status::tables {", ""]
    emit_array(out, "The class sub-codes of IANA's registry, edition %s, "
               "by class." % edition.updated,
               name + "_classes", entries[CLASS_LEVEL])
    emit_array(out, "The subject sub-codes of IANA's registry, edition %s, "
               "by subject." % edition.updated,
               name + "_subjects", entries[SUBJECT_LEVEL])
    emit_array(out, "The enumerated status codes of IANA's registry, "
               "edition %s, by subject and detail." % edition.updated,
               name + "_codes", codes)
    emit_index(out, name, codes, subjects, details)
    meta = List([View("IANA " + edition.updated), View(edition.title),
                 View(edition.created), View(edition.updated),
                 View(edition.source)])
    out.extend(doc_comment("IANA's registry of SMTP enhanced status codes, "
                           "edition %s." % edition.updated))
    out.append("inline constexpr registry_table %s = {" % name)
    fields = [meta, Atom(name + "_classes"),
              Atom(str(len(entries[CLASS_LEVEL])), "class_count"),
              Atom(name + "_subjects"),
              Atom(str(len(entries[SUBJECT_LEVEL])), "subject_count"),
              Atom(name + "_codes"), Atom(str(len(codes)), "code_count"),
              Atom(name + "_index"), Atom(str(subjects), "index_subjects"),
              Atom(str(details), "index_details")]
    for value in fields:
        lines = value.render(4, ",")
        out.append("    " + lines[0])
        out.extend(lines[1:])
    out += ["};", "", "}  // namespace smtp_status::tables", "",
            "#endif  // " + guard]
    return "\n".join(out) + "\n"


def derive_name(entry):
    key = (entry["code"], entry["text"])
    if key in NAME_OVERRIDES:
        return NAME_OVERRIDES[key]
    if not entry["text"]:
        fail(entry["code"], "sample", "empty, no name can be derived")
    name = re.sub(r"'", "", entry["text"].lower())
    name = re.sub(r"[^a-z0-9]+", "_", name).strip("_")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or name in CPP_KEYWORDS:
        fail(entry["code"], "sample", "cannot derive a name from '%s'"
             % entry["text"])
    return name


def constant_lines(name, subject, detail):
    """One constant, broken where clang-format breaks it when too wide."""
    head = "inline constexpr subject_detail"
    value = "*subject_detail::from_parts(%d, %d);" % (subject, detail)
    if len(head) + len(name) + len(value) + 4 <= COLUMNS:
        return ["%s %s = %s" % (head, name, value)]
    if len(head) + len(name) + 3 <= COLUMNS:
        return ["%s %s =" % (head, name), "    " + value]
    return [head, "    %s =" % name, "        " + value]


def names_header(edition, entries):
    guard = "SMTP_STATUS_GENERATED_NAMES_HPP_INCLUDED"
    out = banner(edition, "smtp_status: named constants for the enumerated "
                 "codes")
    out += ["", "#ifndef " + guard, "#define " + guard, "",
            '#include "smtp_status/status_code.hpp"', "",
            "namespace smtp_status::codes {", ""]
    taken = {}
    for e in entries[CODE_LEVEL]:
        name = derive_name(e)
        if name in taken:
            fail(e["code"], "sample", "name '%s' clashes with %s"
                 % (name, taken[name]))
        taken[name] = e["code"]
        if e["deprecated"]:
            doc = "%s, deprecated: a duplicate of X.%d.%d." % (
                (e["code"],) + e["duplicate_of"])
        else:
            doc = '%s "%s".' % (e["code"], e["text"])
        out.extend(doc_comment(doc))
        out += constant_lines(name, e["subject"], e["detail"])
    out += ["", "}  // namespace smtp_status::codes", "",
            "#endif  // " + guard]
    return "\n".join(out) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    parser = argparse.ArgumentParser(
        prog=PROG, description="Generates the constexpr tables of IANA's "
        "SMTP Enhanced Status Codes registry from its XML or folded text.")
    parser.add_argument("--input", required=True,
                        help="the registry edition, XML or folded text")
    parser.add_argument("--output", help="the table header to write")
    parser.add_argument("--names-output",
                        help="the header of named constants to write")
    args = parser.parse_args(argv)
    if not args.output and not args.names_output:
        parser.error("nothing to write: give --output or --names-output")
    try:
        edition = read_edition(args.input)
        entries = build_entries(edition)
        outputs = []
        if args.output:
            outputs.append((args.output, table_header(edition, entries)))
        if args.names_output:
            outputs.append((args.names_output, names_header(edition,
                                                            entries)))
    except GeneratorError as e:
        sys.stderr.write("%s: %s\n" % (PROG, e))
        return 1
    for path, text in outputs:
        try:
            write(path, text)
        except OSError as e:
            sys.stderr.write("%s: %s: cannot write: %s\n"
                             % (PROG, path, e.strerror))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
