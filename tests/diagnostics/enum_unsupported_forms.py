from enum import Enum, Flag


class Permission(Flag):
    READ = 1
    WRITE = 2


Color = Enum("Color", "RED GREEN")
print(Permission.READ, Color)
