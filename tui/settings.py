"""User settings: a rebindable keymap and the place to come back to.

- `keymap.toml` in the user config directory (`~/.config/parley/` on Linux) maps binding ids to
  keys, for example `"app.quit" = "ctrl+q"` under `[keymap]`; `?` lists every binding.
- The last pane, selection, filter and sort are saved per store on exit and restored on start.
"""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

from store.db.paths import config_dir, state_file


def keymap_file() -> Path:
    return config_dir() / "keymap.toml"


def load_keymap() -> dict[str, str]:
    path = keymap_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}      # a broken keymap must not keep the app from starting
    table = data.get("keymap", data)
    return {str(k): str(v) for k, v in table.items() if isinstance(v, str)}


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
