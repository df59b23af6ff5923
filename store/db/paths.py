"""Where the store lives: --store, else $PARLEY_STORE, else the user data directory."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_data_dir

APP = "parley"


def default_store() -> Path:
    env = os.environ.get("PARLEY_STORE")
    if env:
        return Path(env).expanduser()
    return Path(user_data_dir(APP)) / "store.json"


def demo_store() -> Path:
    return Path(user_cache_dir(APP)) / "demo-store.json"


def config_dir() -> Path:
    return Path(user_config_dir(APP))


def state_file() -> Path:
    return Path(user_data_dir(APP)) / "state.json"
