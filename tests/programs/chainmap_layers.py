# collections.ChainMap: layered configuration (command line over environment over defaults).
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 10}
env = {"user": "admin"}
cli = {"size": 12}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["size"], len(config), "user" in config)
print(list(config), list(config.keys()), list(config.items()), list(config.values()))
print(config.get("missing"), config.get("missing", "n/a"))
config["color"] = "blue"
print(cli, config)
local = config.new_child()
local["size"] = 99
print(local["size"], config["size"], local.parents["size"], len(local.maps))
print(local)
del local["size"]
print(local["size"])
try:
    del local["user"]
except KeyError as e:
    print("KeyError:", e)
try:
    config["nope"]
except KeyError as e:
    print("KeyError:", e)
for k, v in sorted(config.items()):
    print(f"  {k} = {v}")
print(bool(ChainMap()), ChainMap() == ChainMap({}), config.pop("color"), cli)
snapshot = config.copy()
snapshot["extra"] = 1
print(snapshot.setdefault("user", "x"), snapshot.setdefault("new", "n"), "extra" in config, config == {"size": 12, "user": "admin", "color": "red"})
snapshot.update({"size": 1})
print(snapshot["size"], config["size"], ChainMap() == {})
