"""User settings: a rebindable keymap and the place to come back to.

- `keymap.toml` in the user config directory (`~/.config/parley/` on Linux) maps binding ids to
  keys, for example `"app.quit" = "ctrl+q"` under `[keymap]`; `?` lists every binding.
- The last pane, selection, filter and sort are saved per store on exit and restored on start.
- `settings.json` beside the keymap keeps preferences that are not per store (the theme).
"""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

from store.db.paths import config_dir, state_file


def keymap_file() -> Path:
    return config_dir() / "keymap.toml"


def load_keymap() -> dict[str, str]:
    return load_keymap_checked()[0]


def load_keymap_checked() -> tuple[dict[str, str], str | None]:
    """The keymap, and a one-line warning naming the file when it could not be used.

    A broken keymap must not keep the app from starting, but it must not be ignored silently
    either: the user edited it and expects their keys."""
    path = keymap_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except tomllib.TOMLDecodeError as exc:
        return {}, f"{path}: ignored, not valid TOML ({exc})"
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{path}: ignored, cannot be read ({exc})"
    table = data.get("keymap", data)
    if not isinstance(table, dict):
        return {}, f"{path}: ignored, [keymap] is not a table"
    keymap = {str(k): v for k, v in table.items() if isinstance(v, str)}
    bad = [str(k) for k, v in table.items() if not isinstance(v, str)]
    warning = f"{path}: ignored entries whose key is not a string: {', '.join(bad)}" if bad else None
    return keymap, warning


def unknown_ids(keymap: dict[str, str], known: set[str]) -> str | None:
    """A warning naming the keymap's binding ids that no binding has (typos)."""
    unknown = sorted(k for k in keymap if k not in known)
    if not unknown:
        return None
    return f"{keymap_file()}: unknown binding ids (see ? for the list): {', '.join(unknown)}"


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> dict:
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(key: str, value: object) -> None:
    data = load_settings()
    data[key] = value
    try:
        from store.db.storage import atomic_write
        atomic_write(settings_file(), json.dumps(data, indent=1).encode("utf-8"), sync_dir=False)
    except OSError:
        pass           # a preference is a convenience; never fail for it


def load_state(store: Path) -> dict:
    try:
        data = json.loads(state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entry = data.get(str(Path(store).resolve()))
    return entry if isinstance(entry, dict) else {}


def save_state(store: Path, state: dict) -> None:
    path = state_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[str(Path(store).resolve())] = state
    try:
        from store.db.storage import atomic_write
        atomic_write(path, json.dumps(data, indent=1).encode("utf-8"), sync_dir=False)
    except OSError:
        pass           # the place is a convenience; never fail on exit for it
