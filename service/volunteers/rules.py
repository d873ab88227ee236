"""What a digital volunteer knows and how they teach, kept as skill tags (pure; no I/O).

The volunteer has no column for devices; the skills list (JSON) is where what someone can do lives, the
staff console shows it and the matcher reads it as skill text. So the form's device and teaching-style
checkboxes become fixed skill tags (「iPhone」, 「講座・相談会」…) and are taken back out of the skills when
the form is filled in again.
"""

from __future__ import annotations

# form value → the skill tag stored (Japanese: what staff read and requests are written in)
DEVICES: dict[str, str] = {
    "iphone": "iPhone",
    "android": "Android",
    "raku_raku": "らくらくホン",
    "tablet": "タブレット",
    "pc": "パソコン",
}
TEACHING: dict[str, str] = {
    "one_to_one": "個別に教える",  # ActivityFormat.one_to_one
    "class": "講座・相談会で教える",  # ActivityFormat.group_class
}
_TAG_TO_DEVICE = {tag: key for key, tag in DEVICES.items()}
_TAG_TO_TEACHING = {tag: key for key, tag in TEACHING.items()}


def digital_tags(devices: list[str], teaching: list[str]) -> list[str]:
    """Returns the skill tags for the checked devices and teaching styles (unknown values are ignored)."""
    return [DEVICES[d] for d in DEVICES if d in devices] + [TEACHING[f] for f in TEACHING if f in teaching]


def merge_skills(skills: list[str], devices: list[str], teaching: list[str]) -> list[str]:
    """Returns the typed skills followed by the device and teaching tags, without repeats."""
    typed = [s for s in skills if s not in _TAG_TO_DEVICE and s not in _TAG_TO_TEACHING]
    return list(dict.fromkeys(typed + digital_tags(devices, teaching)))


def split_skills(skills: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Returns (typed skills, device keys, teaching keys) from stored skills: the inverse of merge_skills."""
    typed = [s for s in skills if s not in _TAG_TO_DEVICE and s not in _TAG_TO_TEACHING]
    devices = [_TAG_TO_DEVICE[s] for s in skills if s in _TAG_TO_DEVICE]
    teaching = [_TAG_TO_TEACHING[s] for s in skills if s in _TAG_TO_TEACHING]
    return typed, devices, teaching
