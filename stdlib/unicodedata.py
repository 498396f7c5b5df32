"""unicodedata: the Unicode database of CPython 3.11 (Unicode 14.0.0), read from the
runtime's tables (`runtime/src/text_tables.rs`): categories, combining classes, names,
normalization, and the decimal values the `str` methods know."""

unidata_version = "14.0.0"

_FORMS = {"NFC": 0, "NFD": 1, "NFKC": 2, "NFKD": 3}


def _char(name, chr_):
    if len(chr_) != 1:
        raise TypeError(
            f"{name}() argument must be a unicode character, not str"
        )


def normalize(form, unistr):
    if form not in _FORMS:
        raise ValueError("invalid normalization form")
    return __natrix_text_table__(_FORMS[form], unistr)


def is_normalized(form, unistr):
    return normalize(form, unistr) == unistr


def category(chr):
    _char("category", chr)
    return __natrix_text_table__(4, chr)


def name(chr, *default):
    _char("name", chr)
    found = __natrix_text_table__(5, chr)
    if found == "":
        if default:
            return default[0]
        raise ValueError("no such name")
    return found


def lookup(name):
    found = __natrix_text_table__(6, name.upper())
    if found == "":
        raise KeyError(f"undefined character name '{name}'")
    return found


def combining(chr):
    _char("combining", chr)
    return int(__natrix_text_table__(7, chr))


def decimal(chr, *default):
    _char("decimal", chr)
    if chr.isdecimal():
        return int(chr)
    if default:
        return default[0]
    raise ValueError("not a decimal")
